import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';
import { ifMatch } from '@/lib/format';
import { invalidateMenteeRecords } from './invalidate';

export type ActivityInput = components['schemas']['ActivityInput'];
export type Activity = components['schemas']['Activity'];

export const useSaveActivity = (menteeId: string, existing?: { id: string; version: number }) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: ActivityInput; idempotencyKey: string }) => {
      if (existing) {
        return unwrap(
          api.PUT('/api/v1/activities/{id}', {
            params: { path: { id: existing.id }, header: ifMatch(existing.version) },
            body,
          }),
        );
      }
      return unwrap(
        api.POST('/api/v1/activities', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }),
      );
    },
    onSuccess: () => invalidateMenteeRecords(queryClient, menteeId),
  });
};
