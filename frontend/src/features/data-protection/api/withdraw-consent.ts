import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';
import { today } from '@/lib/clock';
import type { ConsentScope } from '@/lib/consent';
import { dayUntilToday, type SaveRequest } from '@/lib/form';
import { invalidateMenteeRecords } from '@/lib/mentee-records';

export type ConsentWithdrawn = components['schemas']['ConsentWithdrawn'];

/** The rules of a withdrawal. */
export const withdrawalSchema = (t: TFunction) =>
  z.object({
    scopes: z.array(z.string()).min(1, t('validation.required')),
    withdrawnOn: dayUntilToday(t, { required: true }),
  });

export type WithdrawalValues = z.infer<ReturnType<typeof withdrawalSchema>>;

export const withdrawalFormValues = (): WithdrawalValues => ({ scopes: [], withdrawnOn: today() });

/**
 * Records a withdrawal. Withdrawing counselling withdraws every scope, closes the open cases and anonymises the
 * mentee (the answer says so).
 */
export const useWithdrawConsent = (menteeId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ values }: SaveRequest<WithdrawalValues>) =>
      (
        await unwrap(
          api.POST('/api/v1/mentees/{id}/consents/withdrawal', {
            params: { path: { id: menteeId } },
            body: { scopes: values.scopes as ConsentScope[], withdrawnOn: values.withdrawnOn },
          }),
        )
      ).data,
    onSuccess: () => invalidateMenteeRecords(queryClient, menteeId),
  });
};
