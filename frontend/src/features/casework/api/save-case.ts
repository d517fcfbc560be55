import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';
import { today } from '@/lib/clock';
import { dayUntilToday, optional, type SaveRequest } from '@/lib/form';
import { ifMatch } from '@/lib/format';
import { invalidateMenteeRecords } from '@/lib/mentee-records';

export type NewCase = components['schemas']['NewCase'];
export type CaseChange = components['schemas']['CaseChange'];
export type Case = components['schemas']['Case'];

/** The rules of the case form: opened, changed or closed. */
export const caseSchema = (t: TFunction) =>
  z
    .object({
      projectId: z.string(),
      leadMentorId: z.string().min(1, t('validation.required')),
      assistantIds: z.array(z.string()),
      startedOn: dayUntilToday(t, { required: true }),
      endedOn: dayUntilToday(t),
      closingReason: z.string(),
    })
    .refine((v) => !v.endedOn || v.endedOn >= v.startedOn, {
      path: ['endedOn'],
      message: t('validation.endBeforeStart'),
    })
    .refine((v) => Boolean(v.endedOn) === Boolean(v.closingReason), {
      path: ['closingReason'],
      message: t('validation.endAndReason'),
    });

export type CaseValues = z.infer<ReturnType<typeof caseSchema>>;

/** A new case starts today, led by the caller; closing one ends it today. */
export const caseFormValues = ({
  existing,
  closing,
  projectId,
  myPersonId,
}: {
  existing?: Case;
  closing?: boolean;
  projectId: string;
  myPersonId?: string | null;
}): CaseValues => ({
  projectId: existing?.projectId ?? projectId,
  leadMentorId: existing?.leadMentor.id ?? myPersonId ?? '',
  assistantIds: existing?.assistants.map((a) => a.id) ?? [],
  startedOn: existing?.startedOn ?? today(),
  endedOn: existing?.endedOn ?? (closing ? today() : ''),
  closingReason: existing?.closingReason ?? '',
});

/** Opens a case for the mentee (POST), or changes or closes one (PUT). */
export const useSaveCase = (menteeId: string, existing?: Case) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ values, idempotencyKey }: SaveRequest<CaseValues>) => {
      if (existing) {
        const change = {
          leadMentorId: values.leadMentorId,
          assistantIds: values.assistantIds,
          startedOn: values.startedOn,
          endedOn: optional(values.endedOn),
          closingReason: optional(values.closingReason),
        } as CaseChange;
        return unwrap(
          api.PUT('/api/v1/cases/{id}', {
            params: { path: { id: existing.id }, header: ifMatch(existing.version) },
            body: change,
          }),
        );
      }
      const body: NewCase = {
        projectId: values.projectId,
        menteeId,
        leadMentorId: values.leadMentorId,
        assistantIds: values.assistantIds,
        startedOn: values.startedOn,
      };
      return unwrap(
        api.POST('/api/v1/cases', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }),
      );
    },
    onSuccess: () => invalidateMenteeRecords(queryClient, menteeId),
  });
};
