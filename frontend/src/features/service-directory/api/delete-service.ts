import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { ifMatch } from '@/lib/format';
import type { IntegrationService } from './get-services';

/** Removes a service from the directory (the version the user saw in If-Match). */
export const useDeleteService = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (service: IntegrationService) =>
      unwrap(
        api.DELETE('/api/v1/services/{id}', {
          params: { path: { id: service.id }, header: ifMatch(service.version) },
        }),
      ),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['directory'] });
      void queryClient.invalidateQueries({ queryKey: ['public', 'services'] });
    },
  });
};
