import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';
import type { SaveRequest } from '@/lib/form';
import { getReportsQueryOptions } from './get-reports';

export type ReportRequest = components['schemas']['ReportRequest'];

/** The rules of the form that issues a report: a quarter that is over (`latest` is the last one). */
export const reportSchema = (t: TFunction, latest: { year: number; quarter: number }) =>
  z
    .object({
      year: z.string().min(1, t('validation.required')),
      quarter: z.string().min(1, t('validation.required')),
    })
    .refine(
      ({ year, quarter }) =>
        Number(year) < latest.year || (Number(year) === latest.year && Number(quarter) <= latest.quarter),
      { path: ['quarter'], message: t('statistics.reports.notOver') },
    );

export type ReportValues = z.infer<ReturnType<typeof reportSchema>>;

/** Issues (freezes) the report of a completed quarter; issuing it again makes a new version. */
export const useIssueReport = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ values, idempotencyKey }: SaveRequest<ReportValues>) =>
      (
        await unwrap(
          api.POST('/api/v1/statistics/reports', {
            params: { header: { 'Idempotency-Key': idempotencyKey } },
            body: { year: Number(values.year), quarter: Number(values.quarter) },
          }),
        )
      ).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: getReportsQueryOptions().queryKey }),
  });
};
