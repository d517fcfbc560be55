import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { useMe } from '@/lib/me';

export const getAllProjectsQueryOptions = () =>
  queryOptions({
    queryKey: ['statistics', 'projects'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/projects'))).data,
    staleTime: 5 * 60_000,
  });

/**
 * The projects whose figures the user may ask for: every project for the coordination entity and the
 * ministry, the own projects for project staff.
 */
export function useProjectOptions(seesAllProjects: boolean): { value: string; label: string }[] {
  const me = useMe();
  const all = useQuery({ ...getAllProjectsQueryOptions(), enabled: seesAllProjects });
  const projects = seesAllProjects ? (all.data ?? []) : (me.data?.projects ?? []);
  return projects
    .map((project) => ({ value: project.id, label: project.name }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
