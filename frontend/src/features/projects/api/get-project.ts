import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export const getProjectQueryOptions = (projectId: string) =>
  queryOptions({
    queryKey: ['project', projectId],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/projects/{id}', { params: { path: { id: projectId } } }))).data,
  });

export const useProject = (projectId: string) => useQuery(getProjectQueryOptions(projectId));
