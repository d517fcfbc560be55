import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';

export type Member = components['schemas']['Member'];

export const getMembersQueryOptions = (projectId: string) =>
  queryOptions({
    queryKey: ['members', projectId],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/projects/{projectId}/members', { params: { path: { projectId } } })))
        .data,
  });

export const useMembers = (projectId: string) => useQuery(getMembersQueryOptions(projectId));
