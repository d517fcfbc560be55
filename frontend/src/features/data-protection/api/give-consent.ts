import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';
import { today } from '@/lib/clock';
import { CURRENT_CONSENT_TEXT_VERSION, type ConsentScope } from '@/lib/consent';
import { dayUntilToday, text, type SaveRequest } from '@/lib/form';
import { invalidateMenteeRecords } from '@/lib/mentee-records';

export type NewConsent = components['schemas']['NewConsent'];

/** The rules of a new consent declaration. */
export const declarationSchema = (t: TFunction) =>
  z.object({
    scopes: z.array(z.string()).min(1, t('validation.required')),
    textVersion: text(t, 40, { required: true }),
    givenOn: dayUntilToday(t, { required: true }),
  });

export type DeclarationValues = z.infer<ReturnType<typeof declarationSchema>>;

/** A new declaration: to the current text, given today; the scopes in force are ticked already. */
export const declarationFormValues = (inForce: readonly ConsentScope[]): DeclarationValues => ({
  scopes: [...inForce],
  textVersion: CURRENT_CONSENT_TEXT_VERSION,
  givenOn: today(),
});

/** Records a consent declaration; answers the new state. */
export const useGiveConsent = (menteeId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ values }: SaveRequest<DeclarationValues>) =>
      (
        await unwrap(
          api.POST('/api/v1/mentees/{id}/consents', {
            params: { path: { id: menteeId } },
            body: {
              scopes: values.scopes as ConsentScope[],
              textVersion: values.textVersion.trim(),
              givenOn: values.givenOn,
            },
          }),
        )
      ).data,
    onSuccess: () => invalidateMenteeRecords(queryClient, menteeId),
  });
};
