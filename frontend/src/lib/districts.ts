import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';

export type District = components['schemas']['District'];

export const getDistrictsQueryOptions = () =>
  queryOptions({
    queryKey: ['districts'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/districts'))).data,
    staleTime: Infinity,
  });

export const useDistricts = () => useQuery(getDistrictsQueryOptions());

/** District names by AGS code. */
export function districtNames(districts: District[] | undefined): Map<string, string> {
  return new Map((districts ?? []).map((d) => [d.ags, d.name]));
}
