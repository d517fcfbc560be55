import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { toQuery, type Dimension, type StatisticsFilters } from '../utils/filters';

export const getBreakdownQueryOptions = (dimension: Dimension, filters: StatisticsFilters) =>
  queryOptions({
    queryKey: ['statistics', 'breakdown', dimension, filters],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/statistics/breakdown', { params: { query: { ...toQuery(filters), dimension } } }),
        )
      ).data,
    placeholderData: keepPreviousData,
  });

export const useBreakdown = (dimension: Dimension, filters: StatisticsFilters, enabled = true) =>
  useQuery({ ...getBreakdownQueryOptions(dimension, filters), enabled });
