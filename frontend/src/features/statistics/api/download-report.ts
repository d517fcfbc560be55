import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { saveFile } from '@/lib/download';

export const REPORT_FORMATS = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;
export type ReportFormat = keyof typeof REPORT_FORMATS;

/** Downloads a frozen report as a spreadsheet or a PDF document. */
export const useDownloadReport = () =>
  useMutation({
    mutationFn: async ({ id, format }: { id: string; format: ReportFormat }) => {
      const { data, response } = await unwrap(
        api.GET('/api/v1/statistics/reports/{id}', {
          params: { path: { id } },
          headers: { Accept: REPORT_FORMATS[format] },
          parseAs: 'blob',
        }),
      );
      saveFile(data, response, `amm-report-${id}.${format}`);
    },
  });
