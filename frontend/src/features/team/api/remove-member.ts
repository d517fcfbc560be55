import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { getMembersQueryOptions } from '@/lib/members';

export const useRemoveMember = (projectId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (personId: string) =>
      unwrap(
        api.DELETE('/api/v1/projects/{projectId}/members/{personId}', {
          params: { path: { projectId, personId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: getMembersQueryOptions(projectId).queryKey }),
  });
};
