import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { saveFile } from '@/lib/download';
import { toQuery, type Dimension, type StatisticsFilters } from '../utils/filters';

export const EXPORT_FORMATS = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** Downloads a breakdown as a table file (the same figures as on screen). */
export const useExportBreakdown = () =>
  useMutation({
    mutationFn: async ({
      format,
      dimension,
      filters,
    }: {
      format: ExportFormat;
      dimension: Dimension;
      filters: StatisticsFilters;
    }) => {
      const { data, response } = await unwrap(
        api.GET('/api/v1/statistics/breakdown', {
          params: { query: { ...toQuery(filters), dimension } },
          headers: { Accept: EXPORT_FORMATS[format] },
          parseAs: 'blob',
        }),
      );
      saveFile(data, response, `amm-${dimension}-${filters.from}-${filters.to}.${format}`);
    },
  });
