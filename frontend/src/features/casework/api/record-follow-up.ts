import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';
import { ifMatch } from '@/lib/format';
import { invalidateMenteeRecords } from './invalidate';

export type FollowUp = components['schemas']['FollowUp'];
export type FollowUpResultInput = components['schemas']['FollowUpResultInput'];

export const useRecordFollowUp = (menteeId: string, followUp: { id: string; version: number }) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: FollowUpResultInput) =>
      unwrap(
        api.PUT('/api/v1/follow-ups/{id}', {
          params: { path: { id: followUp.id }, header: ifMatch(followUp.version) },
          body,
        }),
      ),
    onSuccess: () => invalidateMenteeRecords(queryClient, menteeId),
  });
};
