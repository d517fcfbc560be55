import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';
import { getMembersQueryOptions } from './get-members';

export type NewMember = components['schemas']['NewMember'];

export const useAddMember = (projectId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewMember) =>
      (
        await unwrap(
          api.POST('/api/v1/projects/{projectId}/members', {
            params: { path: { projectId } },
            body,
          }),
        )
      ).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: getMembersQueryOptions(projectId).queryKey }),
  });
};
