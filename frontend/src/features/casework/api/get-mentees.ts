import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components, operations } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';

export type MenteeSummary = components['schemas']['MenteeSummary'];
export type MenteeFilters = NonNullable<operations['listMentees']['parameters']['query']>;

export const getMenteesQueryOptions = (filters: MenteeFilters) =>
  queryOptions({
    queryKey: ['mentees', filters],
    queryFn: async () => (await unwrap(api.GET('/api/v1/mentees', { params: { query: filters } }))).data,
    placeholderData: keepPreviousData,
  });

export const useMentees = (filters: MenteeFilters) => useQuery(getMenteesQueryOptions(filters));
