import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components, operations } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';

export type Enquiry = components['schemas']['EmployerEnquiry'];
export type EnquiryStatus = components['schemas']['EnquiryStatus'];
export type EnquiryFilters = NonNullable<operations['listEmployerEnquiries']['parameters']['query']>;

/** The statuses of an enquiry in the order the inbox works through them. */
export const ENQUIRY_STATUSES = ['new', 'contacted', 'closed'] as const satisfies readonly EnquiryStatus[];

export const getEnquiriesQueryOptions = (filters: EnquiryFilters) =>
  queryOptions({
    queryKey: ['employer-enquiries', filters],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/employer-enquiries', { params: { query: filters } }))).data,
  });

/** The employers' enquiries to the caller's projects, newest first. */
export const useEnquiries = (filters: EnquiryFilters) => useQuery(getEnquiriesQueryOptions(filters));
