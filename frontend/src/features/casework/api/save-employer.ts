import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';
import { ifMatch } from '@/lib/format';

export type EmployerInput = components['schemas']['EmployerInput'];

export const useSaveEmployer = (existing?: { id: string; version: number }) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: EmployerInput; idempotencyKey: string }) => {
      if (existing) {
        await unwrap(
          api.PUT('/api/v1/employers/{id}', {
            params: { path: { id: existing.id }, header: ifMatch(existing.version) },
            body,
          }),
        );
        return;
      }
      await unwrap(
        api.POST('/api/v1/employers', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['employers'] }),
  });
};
