import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components, operations } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';

export type IntegrationService = components['schemas']['IntegrationService'];
export type ServiceKind = components['schemas']['ServiceKind'];
export type ServiceAudience = components['schemas']['ServiceAudience'];
export type ServiceSearch = NonNullable<operations['searchServices']['parameters']['query']>;

export const SERVICE_KINDS = [
  'jobcenter',
  'employment_agency',
  'recognition_counselling',
  'iq_network',
  'migration_counselling',
  'language_course',
  'immigration_office',
] as const satisfies readonly ServiceKind[];

export const SERVICE_AUDIENCES = [
  'immigrants',
  'refugees',
  'women',
  'young_people',
  'skilled_workers',
  'employers',
] as const satisfies readonly ServiceAudience[];

export const getDirectoryQueryOptions = (search: ServiceSearch) =>
  queryOptions({
    queryKey: ['directory', 'services', search],
    queryFn: async () =>
      // past the browser's cache of public answers (five minutes): a change shows at once
      (await unwrap(api.GET('/api/v1/public/services', { params: { query: search }, cache: 'no-store' })))
        .data,
    placeholderData: keepPreviousData,
  });

/** The directory's services for a search (the same search the public uses, at most 200 by name). */
export const useDirectory = (search: ServiceSearch) => useQuery(getDirectoryQueryOptions(search));

export const getMaintainedDistrictsQueryOptions = () =>
  queryOptions({
    queryKey: ['directory', 'maintained-districts'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/services/maintained-districts'))).data,
  });

/** The districts whose services the caller maintains: all for the coordination entity, a lead's projects'. */
export const useMaintainedDistricts = () => useQuery(getMaintainedDistrictsQueryOptions());

/** Whether the caller may change or remove a service: it serves only districts they maintain. */
export function maintains(maintained: readonly string[] | undefined, service: IntegrationService): boolean {
  return maintained !== undefined && service.districts.every((district) => maintained.includes(district));
}
