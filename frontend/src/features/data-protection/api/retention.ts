import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';

export type RetentionPlan = components['schemas']['RetentionPlan'];
export type RetentionOutcome = components['schemas']['RetentionOutcome'];

export const getRetentionPlanQueryOptions = () =>
  queryOptions({
    queryKey: ['retention-plan'],
    queryFn: async () => (await unwrap(api.GET('/api/v1/data-protection/retention'))).data,
  });

/** The retention rules' dry run: what a run would do now (nothing is changed). */
export const useRetentionPlan = () => useQuery(getRetentionPlanQueryOptions());

/** Runs the retention rules now, as the nightly schedule does. */
export const useRunRetention = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => (await unwrap(api.POST('/api/v1/data-protection/retention/runs'))).data,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['retention-plan'] });
      void queryClient.invalidateQueries({ queryKey: ['mentees'] });
    },
  });
};
