import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { toQuery, type StatisticsFilters } from '../utils/filters';

export const getKeyResultsQueryOptions = (filters: StatisticsFilters) =>
  queryOptions({
    queryKey: ['statistics', 'key-results', filters],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/statistics/key-results', { params: { query: toQuery(filters) } }))).data,
    placeholderData: keepPreviousData,
  });

export const useKeyResults = (filters: StatisticsFilters, enabled = true) =>
  useQuery({ ...getKeyResultsQueryOptions(filters), enabled });
