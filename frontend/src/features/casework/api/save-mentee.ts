import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';
import { today } from '@/lib/clock';
import { COUNSELLING, CURRENT_CONSENT_TEXT_VERSION, type ConsentScope } from '@/lib/consent';
import { dayUntilToday, email, optional, phone, text, type SaveRequest } from '@/lib/form';
import { ifMatch } from '@/lib/format';
import type { Mentee } from './get-mentee';

export type MenteeInput = components['schemas']['MenteeInput'];

/**
 * The rules of the mentee form. A registration takes the mentee's consent declaration, with counselling among
 * its scopes (without it the project may not process their data at all); a change of the mentee does not touch
 * the consent, which has its own declarations and withdrawals.
 */
export const menteeSchema = (t: TFunction, { registering = true } = {}) =>
  z.object({
    projectId: z.string(),
    firstName: text(t, 100, { required: true }),
    lastName: text(t, 100, { required: true }),
    birthDate: dayUntilToday(t),
    phone: phone(t),
    email: email(t),
    address: text(t, 300),
    languages: z
      .array(z.string().regex(/^[a-z]{2,3}$/, t('validation.languageCode')))
      .max(20, t('fieldErrors.too_many', { max: 20 })),
    notes: text(t, 4000),
    gender: z.string().min(1, t('validation.required')),
    yearOfBirth: z
      .number()
      .int(t('fieldErrors.whole_number'))
      .min(1900, t('fieldErrors.range', { min: 1900, max: 2100 }))
      .max(2100, t('fieldErrors.range', { min: 1900, max: 2100 }))
      .nullable(),
    nationality: z.string(),
    residenceStatus: z.string(),
    qualification: z.string(),
    recognitionStatus: z.string(),
    germanLevel: z.string(),
    district: z.string(),
    referralSource: z.string(),
    consentScopes: registering
      ? z
          .array(z.string())
          .min(1, t('validation.required'))
          .refine((scopes) => scopes.includes(COUNSELLING), t('consent.counsellingNeeded'))
      : z.array(z.string()),
    consentTextVersion: registering ? text(t, 40, { required: true }) : z.string(),
    consentGivenOn: registering ? dayUntilToday(t, { required: true }) : z.string(),
  });

export type MenteeValues = z.infer<ReturnType<typeof menteeSchema>>;

/** The form's names for fields the API nests. */
export const MENTEE_FIELD_NAMES = {
  'consent.givenOn': 'consentGivenOn',
  'consent.scopes': 'consentScopes',
  'consent.textVersion': 'consentTextVersion',
} as const satisfies Record<string, keyof MenteeValues>;

/** The form's values for a new mentee (consent given today, to the current text), or for the loaded one. */
export const menteeFormValues = (mentee?: Mentee): MenteeValues => ({
  projectId: mentee?.projectId ?? '',
  firstName: mentee?.firstName ?? '',
  lastName: mentee?.lastName ?? '',
  birthDate: mentee?.birthDate ?? '',
  phone: mentee?.phone ?? '',
  email: mentee?.email ?? '',
  address: mentee?.address ?? '',
  languages: mentee?.languages ?? [],
  notes: mentee?.notes ?? '',
  gender: mentee?.gender ?? '',
  yearOfBirth: mentee?.yearOfBirth ?? null,
  nationality: mentee?.nationality ?? '',
  residenceStatus: mentee?.residenceStatus ?? '',
  qualification: mentee?.qualification ?? '',
  recognitionStatus: mentee?.recognitionStatus ?? '',
  germanLevel: mentee?.germanLevel ?? '',
  district: mentee?.district ?? '',
  referralSource: mentee?.referralSource ?? '',
  consentScopes: [],
  consentTextVersion: mentee ? '' : CURRENT_CONSENT_TEXT_VERSION,
  consentGivenOn: mentee ? '' : today(),
});

/** The request body: with the consent declaration when registering, without it when changing. */
export function menteeBody(values: MenteeValues, registering: boolean): MenteeInput {
  return {
    projectId: optional(values.projectId),
    firstName: values.firstName,
    lastName: values.lastName,
    birthDate: optional(values.birthDate),
    phone: optional(values.phone),
    email: optional(values.email),
    address: optional(values.address),
    languages: values.languages,
    notes: optional(values.notes),
    gender: values.gender,
    // the server takes the year from the date of birth when there is one
    yearOfBirth: values.birthDate ? undefined : optional(values.yearOfBirth),
    nationality: optional(values.nationality),
    residenceStatus: optional(values.residenceStatus),
    qualification: optional(values.qualification),
    recognitionStatus: optional(values.recognitionStatus),
    germanLevel: optional(values.germanLevel),
    district: optional(values.district),
    referralSource: optional(values.referralSource),
    consent: registering
      ? {
          scopes: values.consentScopes as ConsentScope[],
          textVersion: values.consentTextVersion.trim(),
          givenOn: values.consentGivenOn,
        }
      : undefined,
  } as MenteeInput;
}

/** Registers a mentee (POST) or changes one (PUT with the version it was loaded at); answers the mentee's id. */
export const useSaveMentee = (existing?: { id: string; version: number }) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ values, idempotencyKey }: SaveRequest<MenteeValues>) => {
      const body = menteeBody(values, !existing);
      if (existing) {
        await unwrap(
          api.PUT('/api/v1/mentees/{id}', {
            params: { path: { id: existing.id }, header: ifMatch(existing.version) },
            body,
          }),
        );
        return existing.id;
      }
      const created = await unwrap(
        api.POST('/api/v1/mentees', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }),
      );
      return created.data.id;
    },
    onSuccess: (id) => {
      void queryClient.invalidateQueries({ queryKey: ['mentee', id] });
      void queryClient.invalidateQueries({ queryKey: ['mentees'] });
    },
  });
};
