import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';

export type ReportSummary = components['schemas']['ReportSummary'];

export const getReportsQueryOptions = () =>
  queryOptions({
    queryKey: ['statistics', 'reports'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/statistics/reports'))).data,
  });

export const useReports = () => useQuery(getReportsQueryOptions());
