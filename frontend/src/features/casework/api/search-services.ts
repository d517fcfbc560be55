import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';

export type DirectoryService = components['schemas']['IntegrationService'];

export const searchServicesQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['directory', 'services', { q }],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/public/services', { params: { query: { q: q || undefined } }, cache: 'no-store' }),
        )
      ).data,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

/** Services of the directory whose name, provider or description contain every word of `q` (the server searches). */
export const useServiceSearch = (q: string) => useQuery(searchServicesQueryOptions(q));
