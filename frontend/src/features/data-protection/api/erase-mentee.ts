import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';
import { ifMatch } from '@/lib/format';
import { forgetMentee, invalidateMenteeRecords } from '@/lib/mentee-records';

export type Anonymisation = components['schemas']['Anonymisation'];

/** Answers an erasure request by anonymisation, in every project; cannot be undone. */
export const useAnonymiseMentee = (menteeId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      (await unwrap(api.POST('/api/v1/mentees/{id}/anonymisation', { params: { path: { id: menteeId } } })))
        .data,
    onSuccess: () => invalidateMenteeRecords(queryClient, menteeId),
  });
};

/**
 * Deletes a mentee entered by mistake (the registering project's lead, shortly after the registration); the
 * server answers 409 deletion-not-allowed otherwise, and the mentee is anonymised instead.
 */
export const useDeleteMentee = (menteeId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (version: number) => {
      await unwrap(
        api.DELETE('/api/v1/mentees/{id}', {
          params: { path: { id: menteeId }, header: ifMatch(version) },
        }),
      );
    },
    onSuccess: () => forgetMentee(queryClient, menteeId),
  });
};
