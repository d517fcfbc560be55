import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';
import { today } from '@/lib/clock';
import { dayUntilToday, optional, text, type SaveRequest } from '@/lib/form';
import { ifMatch } from '@/lib/format';
import { invalidateMenteeRecords } from '@/lib/mentee-records';

export type ActivityInput = components['schemas']['ActivityInput'];
export type Activity = components['schemas']['Activity'];

/** The rules of the activity form (a Kontakt, in the German UI). */
export const activitySchema = (t: TFunction) =>
  z.object({
    occurredOn: dayUntilToday(t, { required: true }),
    durationMinutes: z
      .number({ error: t('validation.required') })
      .int(t('fieldErrors.whole_number'))
      .min(1, t('validation.duration'))
      .max(1440, t('validation.duration')),
    channel: z.string().min(1, t('validation.required')),
    topics: z.array(z.string()),
    employerId: z.string(),
    authority: text(t, 200),
    note: text(t, 4000),
  });

export type ActivityValues = z.infer<ReturnType<typeof activitySchema>>;

/** A new activity happened today, for half an hour, in person. */
export const activityFormValues = (existing?: Activity): ActivityValues => ({
  occurredOn: existing?.occurredOn ?? today(),
  durationMinutes: existing?.durationMinutes ?? 30,
  channel: existing?.channel ?? 'in_person',
  topics: existing?.topics ?? [],
  employerId: existing?.employer?.id ?? '',
  authority: existing?.authority ?? '',
  note: existing?.note ?? '',
});

/** Logs an activity of the mentee in the project (POST), or changes one (PUT). */
export const useSaveActivity = ({
  menteeId,
  projectId,
  existing,
}: {
  menteeId: string;
  projectId: string;
  existing?: Activity;
}) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ values, idempotencyKey }: SaveRequest<ActivityValues>) => {
      const body = {
        projectId: existing?.projectId ?? projectId,
        menteeId,
        employerId: optional(values.employerId),
        authority: optional(values.authority),
        occurredOn: values.occurredOn,
        durationMinutes: values.durationMinutes,
        channel: values.channel,
        topics: values.topics,
        note: optional(values.note),
      } as ActivityInput;
      if (existing) {
        return unwrap(
          api.PUT('/api/v1/activities/{id}', {
            params: { path: { id: existing.id }, header: ifMatch(existing.version) },
            body,
          }),
        );
      }
      return unwrap(
        api.POST('/api/v1/activities', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }),
      );
    },
    onSuccess: () => invalidateMenteeRecords(queryClient, menteeId),
  });
};
