import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components, operations } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';

export type Employer = components['schemas']['Employer'];
export type EmployerFilters = NonNullable<operations['listEmployers']['parameters']['query']>;

export const getEmployersQueryOptions = (filters: EmployerFilters) =>
  queryOptions({
    queryKey: ['employers', filters],
    queryFn: async () => (await unwrap(api.GET('/api/v1/employers', { params: { query: filters } }))).data,
    placeholderData: keepPreviousData,
  });

export const useEmployers = (filters: EmployerFilters) => useQuery(getEmployersQueryOptions(filters));
