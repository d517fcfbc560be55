import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';
import { getReportsQueryOptions } from './get-reports';

export type ReportRequest = components['schemas']['ReportRequest'];

/** Issues (freezes) the report of a completed quarter; issuing it again makes a new version. */
export const useIssueReport = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: ReportRequest; idempotencyKey: string }) =>
      (
        await unwrap(
          api.POST('/api/v1/statistics/reports', {
            params: { header: { 'Idempotency-Key': idempotencyKey } },
            body,
          }),
        )
      ).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: getReportsQueryOptions().queryKey }),
  });
};
