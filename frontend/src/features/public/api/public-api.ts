import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';

export type Office = components['schemas']['Office'];
export type IntegrationService = components['schemas']['IntegrationService'];
export type ServiceSearchResult = components['schemas']['ServiceSearchResult'];
export type ServiceKind = components['schemas']['ServiceKind'];
export type Breakdown = components['schemas']['Breakdown'];

export const SERVICE_KINDS: ServiceKind[] = [
  'jobcenter',
  'employment_agency',
  'recognition_counselling',
  'iq_network',
  'migration_counselling',
  'language_course',
  'immigration_office',
];

export const getOfficesQueryOptions = () =>
  queryOptions({
    queryKey: ['public', 'offices'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/public/offices'))).data,
    staleTime: 5 * 60_000,
  });

/** Every office of every project, for the public map and list. */
export const useOffices = () => useQuery(getOfficesQueryOptions());

export type ServiceSearch = { postalCode?: string; district?: string; kind?: string; language?: string };

/** The directory's services for a search (all filters optional). */
export const useServices = (search: ServiceSearch) =>
  useQuery({
    queryKey: ['public', 'services', search],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/public/services', {
            params: {
              query: {
                postalCode: search.postalCode || undefined,
                district: search.district || undefined,
                kind: (search.kind || undefined) as ServiceKind | undefined,
                language: search.language || undefined,
              },
            },
          }),
        )
      ).data,
    staleTime: 60_000,
  });

/** The district of a Saxon postal code (400 for others). */
export const usePostalCodeArea = (postalCode: string | undefined) =>
  useQuery({
    queryKey: ['public', 'postal-code', postalCode],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/public/postal-codes/{postalCode}', {
            params: { path: { postalCode: postalCode! } },
          }),
        )
      ).data,
    enabled: Boolean(postalCode),
    staleTime: Infinity,
  });

/** The published key results by district (under disclosure control). */
export const getDistrictResultsQueryOptions = () =>
  queryOptions({
    queryKey: ['public', 'key-results', 'districts'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/public/key-results/districts'))).data,
    staleTime: 60 * 60_000,
  });

export const useDistrictResults = () => useQuery(getDistrictResultsQueryOptions());

/** The projects serving a district, each with its main office (from the offices of the map). */
export function projectsServing(offices: Office[] | undefined, district: string | undefined): Office[] {
  if (!offices || !district) return [];
  return offices.filter((office) => office.main && office.districts.includes(district));
}
