import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export const getMeQueryOptions = () =>
  queryOptions({
    queryKey: ['me'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/me'))).data,
  });

export const useMe = () => useQuery(getMeQueryOptions());
