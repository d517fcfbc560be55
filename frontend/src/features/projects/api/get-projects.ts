import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';

export type Project = components['schemas']['Project'];

export const getProjectsQueryOptions = (district?: string) =>
  queryOptions({
    queryKey: ['projects', { district: district ?? null }],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/projects', { params: { query: district ? { district } : {} } }))).data,
  });

export const useProjects = (district?: string) => useQuery(getProjectsQueryOptions(district));
