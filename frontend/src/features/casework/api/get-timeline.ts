import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';

export type Timeline = components['schemas']['Timeline'];

export const getTimelineQueryOptions = (menteeId: string) =>
  queryOptions({
    queryKey: ['timeline', menteeId],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/mentees/{id}/timeline', { params: { path: { id: menteeId } } }))).data,
  });

export const useTimeline = (menteeId: string) => useQuery(getTimelineQueryOptions(menteeId));
