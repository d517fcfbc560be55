import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';

export type Mentee = components['schemas']['Mentee'];

export const getMenteeQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['mentee', id],
    queryFn: async () => (await unwrap(api.GET('/api/v1/mentees/{id}', { params: { path: { id } } }))).data,
  });

export const useMentee = (id: string) => useQuery(getMenteeQueryOptions(id));
