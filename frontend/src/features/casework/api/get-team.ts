import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** The project's team, for choosing a lead mentor. */
export const getTeamQueryOptions = (projectId: string) =>
  queryOptions({
    queryKey: ['members', projectId],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/projects/{projectId}/members', { params: { path: { projectId } } })))
        .data,
  });

export const useTeam = (projectId: string | undefined) =>
  useQuery({ ...getTeamQueryOptions(projectId ?? ''), enabled: Boolean(projectId) });
