import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export const getProjectNamesQueryOptions = () =>
  queryOptions({
    queryKey: ['project-names'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/projects'))).data,
    staleTime: 5 * 60_000,
  });

/** The projects' names by id (the public directory), to name the projects of audit events. */
export function useProjectNames(): ReadonlyMap<string, string> {
  const projects = useQuery(getProjectNamesQueryOptions()).data;
  return new Map((projects ?? []).map((project) => [project.id, project.name]));
}
