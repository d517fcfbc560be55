import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';

export type Member = components['schemas']['Member'];

/** The people of a project's team: shown by the team panel, chosen from as lead mentor of a case. */
export const getMembersQueryOptions = (projectId: string) =>
  queryOptions({
    queryKey: ['members', projectId],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/projects/{projectId}/members', { params: { path: { projectId } } })))
        .data,
  });

export const useMembers = (projectId: string | undefined) =>
  useQuery({ ...getMembersQueryOptions(projectId ?? ''), enabled: Boolean(projectId) });
