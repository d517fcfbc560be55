import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';
import { today } from '@/lib/clock';
import { optional, text, type SaveRequest } from '@/lib/form';
import { ifMatch } from '@/lib/format';
import { invalidateMenteeRecords } from '@/lib/mentee-records';

export type PlacementInput = components['schemas']['PlacementInput'];
export type Placement = components['schemas']['Placement'];

/** The rules of the placement form; the start may lie up to a year ahead (a contract signed early). */
export const placementSchema = (t: TFunction) =>
  z
    .object({
      type: z.string().min(1, t('validation.required')),
      employerId: z.string(),
      startedOn: z.string().min(1, t('validation.required')),
      endedOn: z.string(),
      endReason: z.string(),
      weeklyHours: z
        .number()
        .gt(0, t('fieldErrors.not_greater', { min: 0 }))
        .max(60, t('validation.weeklyHours'))
        .nullable(),
      occupation: text(t, 200),
    })
    .refine((v) => v.type === 'self_employment' || v.employerId !== '', {
      path: ['employerId'],
      message: t('validation.employerNeeded'),
    })
    .refine((v) => !v.endedOn || v.endedOn >= v.startedOn, {
      path: ['endedOn'],
      message: t('validation.endBeforeStart'),
    })
    .refine((v) => Boolean(v.endedOn) === Boolean(v.endReason), {
      path: ['endReason'],
      message: t('validation.endAndReason'),
    });

export type PlacementValues = z.infer<ReturnType<typeof placementSchema>>;

export const placementFormValues = (existing?: Placement): PlacementValues => ({
  type: existing?.type ?? 'employment',
  employerId: existing?.employer?.id ?? '',
  startedOn: existing?.startedOn ?? today(),
  endedOn: existing?.endedOn ?? '',
  endReason: existing?.endReason ?? '',
  weeklyHours: existing?.weeklyHours ?? null,
  occupation: existing?.occupation ?? '',
});

/** Records a placement (POST; the server plans its follow-ups), or changes one (PUT). */
export const useSavePlacement = ({
  menteeId,
  projectId,
  existing,
}: {
  menteeId: string;
  projectId: string;
  existing?: Placement;
}) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ values, idempotencyKey }: SaveRequest<PlacementValues>) => {
      const body = {
        projectId: existing?.projectId ?? projectId,
        menteeId,
        employerId: optional(values.employerId),
        type: values.type,
        startedOn: values.startedOn,
        endedOn: optional(values.endedOn),
        endReason: optional(values.endReason),
        weeklyHours: optional(values.weeklyHours),
        occupation: optional(values.occupation),
      } as PlacementInput;
      if (existing) {
        return unwrap(
          api.PUT('/api/v1/placements/{id}', {
            params: { path: { id: existing.id }, header: ifMatch(existing.version) },
            body,
          }),
        );
      }
      return unwrap(
        api.POST('/api/v1/placements', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }),
      );
    },
    onSuccess: () => invalidateMenteeRecords(queryClient, menteeId),
  });
};
