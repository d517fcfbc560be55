import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';
import { today } from '@/lib/clock';
import { dayUntilToday, optional, text, type SaveRequest } from '@/lib/form';
import { ifMatch } from '@/lib/format';
import { invalidateMenteeRecords } from '@/lib/mentee-records';

export type ReferralInput = components['schemas']['ReferralInput'];
export type Referral = components['schemas']['Referral'];
export type ReferralOutcome = components['schemas']['ReferralOutcome'];

/** What became of a referral, in the order it happens. */
export const REFERRAL_OUTCOMES = [
  'waiting',
  'accepted',
  'completed',
  'declined',
] as const satisfies readonly ReferralOutcome[];

/** The rules of the referral form. */
export const referralSchema = (t: TFunction) =>
  z
    .object({
      referredOn: dayUntilToday(t, { required: true }),
      serviceId: z.string(),
      provider: text(t, 200),
      topic: text(t, 200, { required: true }),
      note: text(t, 2000),
      outcome: z.enum(REFERRAL_OUTCOMES),
    })
    // a service of the directory, or who it was as text
    .refine((values) => values.serviceId !== '' || values.provider !== '', {
      message: t('validation.serviceOrProvider'),
      path: ['provider'],
    });

export type ReferralValues = z.infer<ReturnType<typeof referralSchema>>;

export const referralFormValues = (existing?: Referral): ReferralValues => ({
  referredOn: existing?.referredOn ?? today(),
  serviceId: existing?.serviceId ?? '',
  provider: existing?.provider ?? '',
  topic: existing?.topic ?? '',
  note: existing?.note ?? '',
  outcome: existing?.outcome ?? 'waiting',
});

/** Records that the mentee was sent on to another service (POST), or changes that record (PUT). */
export const useSaveReferral = ({
  menteeId,
  projectId,
  existing,
}: {
  menteeId: string;
  projectId: string;
  existing?: Referral;
}) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ values, idempotencyKey }: SaveRequest<ReferralValues>) => {
      const body: ReferralInput = {
        projectId: existing?.projectId ?? projectId,
        menteeId,
        referredOn: values.referredOn,
        serviceId: optional(values.serviceId),
        // the server names the service by default
        provider: optional(values.provider),
        topic: values.topic,
        note: optional(values.note),
        outcome: values.outcome,
      };
      if (existing) {
        return unwrap(
          api.PUT('/api/v1/referrals/{id}', {
            params: { path: { id: existing.id }, header: ifMatch(existing.version) },
            body,
          }),
        );
      }
      return unwrap(
        api.POST('/api/v1/referrals', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }),
      );
    },
    onSuccess: () => invalidateMenteeRecords(queryClient, menteeId),
  });
};
