import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';
import { email, optional, phone, text, type SaveRequest } from '@/lib/form';
import { ifMatch } from '@/lib/format';
import type { IntegrationService, ServiceAudience, ServiceKind } from './get-services';

export type ServiceInput = components['schemas']['IntegrationServiceInput'];

const POSTAL_CODE = /^\d{5}$/;
const LANGUAGE = /^[a-z]{2,3}$/;

/** A number within bounds; null (left empty) is refused as required. */
const coordinate = (t: TFunction, min: number, max: number) =>
  z
    .number({ error: t('validation.required') })
    .nullable()
    .refine((value): boolean => value !== null, t('validation.required'))
    .refine((value) => value === null || (value >= min && value <= max), t('validation.range', { min, max }));

/** An http(s) address, or '' for none. */
const website = (t: TFunction) =>
  z
    .string()
    .trim()
    .max(500, t('validation.tooLong', { max: 500 }))
    .refine((value) => value === '' || /^https?:\/\/\S+$/.test(value), t('validation.url'));

/** The rules of the service form (as the server's: the server decides the rest, such as whose districts). */
export const serviceSchema = (t: TFunction) =>
  z.object({
    name: text(t, 200, { required: true }),
    provider: text(t, 200, { required: true }),
    kind: z.string().min(1, t('validation.required')),
    description: text(t, 2000),
    street: text(t, 200, { required: true }),
    postalCode: z
      .string()
      .trim()
      .refine((value) => POSTAL_CODE.test(value), t('validation.postalCode')),
    city: text(t, 100, { required: true }),
    latitude: coordinate(t, 47.2, 55.1),
    longitude: coordinate(t, 5.8, 15.1),
    phone: phone(t),
    email: email(t),
    website: website(t),
    openingHours: text(t, 500),
    districts: z.array(z.string()).min(1, t('validation.required')).max(13),
    languages: z
      .array(z.string())
      .max(30, t('validation.tooMany', { max: 30 }))
      .refine((values) => values.every((value) => LANGUAGE.test(value)), t('validation.languageCode')),
    targetGroups: z.array(z.string()),
    demo: z.boolean(),
  });

export type ServiceValues = z.infer<ReturnType<typeof serviceSchema>>;

/** The form's names for the nested fields of the API (address, position, contact). */
export const SERVICE_FIELD_NAMES = {
  'address.street': 'street',
  'address.postalCode': 'postalCode',
  'address.city': 'city',
  'position.latitude': 'latitude',
  'position.longitude': 'longitude',
  'contact.phone': 'phone',
  'contact.email': 'email',
  'contact.website': 'website',
  'contact.openingHours': 'openingHours',
} as const satisfies Record<string, keyof ServiceValues>;

/** A new service (in the caller's only district, when they maintain one), or the loaded one. */
export const serviceFormValues = (
  existing: IntegrationService | undefined,
  maintained: readonly string[],
): ServiceValues => ({
  name: existing?.name ?? '',
  provider: existing?.provider ?? '',
  kind: existing?.kind ?? '',
  description: existing?.description ?? '',
  street: existing?.address.street ?? '',
  postalCode: existing?.address.postalCode ?? '',
  city: existing?.address.city ?? '',
  latitude: existing?.position.latitude ?? null,
  longitude: existing?.position.longitude ?? null,
  phone: existing?.contact.phone ?? '',
  email: existing?.contact.email ?? '',
  website: existing?.contact.website ?? '',
  openingHours: existing?.contact.openingHours ?? '',
  districts: existing?.districts ?? (maintained.length === 1 ? [...maintained] : []),
  languages: existing?.languages ?? [],
  targetGroups: existing?.targetGroups ?? [],
  demo: existing?.demo ?? false,
});

export const serviceInput = (values: ServiceValues): ServiceInput => ({
  name: values.name,
  provider: values.provider,
  kind: values.kind as ServiceKind,
  description: optional(values.description),
  address: { street: values.street, postalCode: values.postalCode, city: values.city },
  position: { latitude: values.latitude!, longitude: values.longitude! },
  contact: {
    phone: optional(values.phone),
    email: optional(values.email),
    website: optional(values.website),
    openingHours: optional(values.openingHours),
  },
  districts: values.districts,
  languages: values.languages,
  targetGroups: values.targetGroups as ServiceAudience[],
  demo: values.demo,
});

/** Adds a service to the directory (POST), or replaces its data (PUT with the version the user changed). */
export const useSaveService = (existing?: IntegrationService) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ values }: SaveRequest<ServiceValues>) => {
      const body = serviceInput(values);
      if (existing) {
        await unwrap(
          api.PUT('/api/v1/services/{id}', {
            params: { path: { id: existing.id }, header: ifMatch(existing.version) },
            body,
          }),
        );
        return;
      }
      await unwrap(api.POST('/api/v1/services', { body }));
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['directory'] });
      void queryClient.invalidateQueries({ queryKey: ['public', 'services'] });
    },
  });
};
