import { useMutation, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';

// The employers' enquiry form, apart from the other public calls: only its page loads the code of a mutation.

export type EnquiryInput = components['schemas']['EmployerEnquiryInput'];

/** A fresh enquiry form: its signed time must be a few seconds old when the enquiry is sent. */
export const useEnquiryForm = () =>
  useQuery({
    queryKey: ['public', 'enquiry-form'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/public/employer-enquiries/form'))).data,
    staleTime: Infinity,
    gcTime: 0,
  });

export const useSendEnquiry = () =>
  useMutation({
    mutationFn: async (body: EnquiryInput) =>
      (await unwrap(api.POST('/api/v1/public/employer-enquiries', { body }))).data,
  });
