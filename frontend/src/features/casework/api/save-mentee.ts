import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';
import { ifMatch } from '@/lib/format';

export type MenteeInput = components['schemas']['MenteeInput'];

/** Registers a mentee (POST) or changes one (PUT with the version it was loaded at). */
export const useSaveMentee = (existing?: { id: string; version: number }) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: MenteeInput; idempotencyKey: string }) => {
      if (existing) {
        await unwrap(
          api.PUT('/api/v1/mentees/{id}', {
            params: { path: { id: existing.id }, header: ifMatch(existing.version) },
            body,
          }),
        );
        return existing.id;
      }
      const created = await unwrap(
        api.POST('/api/v1/mentees', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }),
      );
      return created.data.id;
    },
    onSuccess: (id) => {
      void queryClient.invalidateQueries({ queryKey: ['mentee', id] });
      void queryClient.invalidateQueries({ queryKey: ['mentees'] });
    },
  });
};
