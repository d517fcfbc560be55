import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';
import { ifMatch } from '@/lib/format';
import { invalidateMenteeRecords } from './invalidate';

export type NewCase = components['schemas']['NewCase'];
export type CaseChange = components['schemas']['CaseChange'];
export type Case = components['schemas']['Case'];

export const useOpenCase = (menteeId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: NewCase; idempotencyKey: string }) =>
      unwrap(api.POST('/api/v1/cases', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body })),
    onSuccess: () => invalidateMenteeRecords(queryClient, menteeId),
  });
};

export const useChangeCase = (menteeId: string, existing: { id: string; version: number }) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CaseChange) =>
      unwrap(
        api.PUT('/api/v1/cases/{id}', {
          params: { path: { id: existing.id }, header: ifMatch(existing.version) },
          body,
        }),
      ),
    onSuccess: () => invalidateMenteeRecords(queryClient, menteeId),
  });
};
