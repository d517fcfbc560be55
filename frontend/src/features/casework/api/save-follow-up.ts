import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';
import { today } from '@/lib/clock';
import { dayUntilToday, optional, text, type SaveRequest } from '@/lib/form';
import { ifMatch } from '@/lib/format';
import { invalidateMenteeRecords } from '@/lib/mentee-records';

export type FollowUp = components['schemas']['FollowUp'];
export type FollowUpResultInput = components['schemas']['FollowUpResultInput'];

/** The rules of the follow-up form. */
export const followUpSchema = (t: TFunction) =>
  z.object({
    checkedOn: dayUntilToday(t, { required: true }),
    result: z.string().min(1, t('validation.required')),
    note: text(t, 2000),
  });

export type FollowUpValues = z.infer<ReturnType<typeof followUpSchema>>;

/** A follow-up is checked today, unless it was checked already. */
export const followUpFormValues = (followUp: FollowUp): FollowUpValues => ({
  checkedOn: followUp.checkedOn ?? today(),
  result: followUp.result ?? '',
  note: followUp.note ?? '',
});

/** Records whether the placed mentee is still there (PUT on the planned follow-up). */
export const useSaveFollowUp = (menteeId: string, followUp: { id: string; version: number }) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ values }: SaveRequest<FollowUpValues>) =>
      unwrap(
        api.PUT('/api/v1/follow-ups/{id}', {
          params: { path: { id: followUp.id }, header: ifMatch(followUp.version) },
          body: {
            checkedOn: values.checkedOn,
            result: values.result as FollowUpResultInput['result'],
            note: optional(values.note),
          },
        }),
      ),
    onSuccess: () => invalidateMenteeRecords(queryClient, menteeId),
  });
};
