import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export const getPublicKeyResultsQueryOptions = () =>
  queryOptions({
    queryKey: ['statistics', 'public-key-results'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/public/key-results'))).data,
    staleTime: 60 * 60_000,
  });

export const usePublicKeyResults = () => useQuery(getPublicKeyResultsQueryOptions());
