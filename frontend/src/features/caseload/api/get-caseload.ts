import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components, operations } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';

export type CaseloadEntry = components['schemas']['CaseloadEntry'];
export type CaseloadQuery = NonNullable<operations['getMyCaseload']['parameters']['query']>;

export const getCaseloadQueryOptions = (query: CaseloadQuery) =>
  queryOptions({
    queryKey: ['caseload', query],
    queryFn: async () => (await unwrap(api.GET('/api/v1/caseload', { params: { query } }))).data,
    placeholderData: keepPreviousData,
  });

export const useCaseload = (query: CaseloadQuery) => useQuery(getCaseloadQueryOptions(query));
