import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { today } from '@/lib/clock';
import { saveFile } from '@/lib/download';
import type { AuditFilters } from './get-audit-events';

/** Downloads the filtered trail as a CSV file for spreadsheets (the export is itself audited). */
export const useExportAudit = () =>
  useMutation({
    mutationFn: async (filters: AuditFilters) => {
      const { data, response } = await unwrap(
        api.GET('/api/v1/audit/export', {
          params: { query: filters },
          headers: { Accept: 'text/csv' },
          parseAs: 'blob',
        }),
      );
      saveFile(data, response, `protokoll-${today()}.csv`);
    },
  });
