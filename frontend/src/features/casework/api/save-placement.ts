import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';
import { ifMatch } from '@/lib/format';
import { invalidateMenteeRecords } from './invalidate';

export type PlacementInput = components['schemas']['PlacementInput'];
export type Placement = components['schemas']['Placement'];

export const useSavePlacement = (menteeId: string, existing?: { id: string; version: number }) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: PlacementInput; idempotencyKey: string }) => {
      if (existing) {
        return unwrap(
          api.PUT('/api/v1/placements/{id}', {
            params: { path: { id: existing.id }, header: ifMatch(existing.version) },
            body,
          }),
        );
      }
      return unwrap(
        api.POST('/api/v1/placements', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }),
      );
    },
    onSuccess: () => invalidateMenteeRecords(queryClient, menteeId),
  });
};
