import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { ifMatch } from '@/lib/format';
import type { Enquiry, EnquiryStatus } from './get-enquiries';

/** Marks an enquiry new, contacted or closed (the version the user saw in If-Match). */
export const useSetEnquiryStatus = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ enquiry, status }: { enquiry: Enquiry; status: EnquiryStatus }) =>
      unwrap(
        api.PUT('/api/v1/employer-enquiries/{id}/status', {
          params: { path: { id: enquiry.id }, header: ifMatch(enquiry.version) },
          body: { status },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['employer-enquiries'] }),
  });
};

/** Takes an enquiry over as an employer of its project; the server closes the enquiry. */
export const useConvertEnquiry = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (enquiry: Enquiry) =>
      (
        await unwrap(
          api.POST('/api/v1/employer-enquiries/{id}/employer', {
            params: { path: { id: enquiry.id }, header: ifMatch(enquiry.version) },
          }),
        )
      ).data,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['employer-enquiries'] });
      void queryClient.invalidateQueries({ queryKey: ['employers'] });
    },
  });
};
