import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { components } from '@/api/generated/schema';
import { api, unwrap } from '@/lib/api-client';
import { email, optional, phone, text, type SaveRequest } from '@/lib/form';
import { ifMatch } from '@/lib/format';
import type { Employer } from './get-employers';

export type EmployerInput = components['schemas']['EmployerInput'];

/** The rules of the employer form. */
export const employerSchema = (t: TFunction) =>
  z.object({
    projectId: z.string(),
    name: text(t, 200, { required: true }),
    sector: z.string(),
    sizeClass: z.string(),
    district: z.string(),
    contactName: text(t, 200),
    contactPhone: phone(t),
    contactEmail: email(t),
    notes: text(t, 4000),
  });

export type EmployerValues = z.infer<ReturnType<typeof employerSchema>>;

/** The form's names for the fields of the employer's contact person. */
export const EMPLOYER_FIELD_NAMES = {
  'contact.name': 'contactName',
  'contact.phone': 'contactPhone',
  'contact.email': 'contactEmail',
} as const satisfies Record<string, keyof EmployerValues>;

/** A new employer belongs to the first of the caller's projects unless they choose another. */
export const employerFormValues = (existing: Employer | undefined, firstProjectId: string | undefined) => ({
  projectId: existing?.projectId ?? firstProjectId ?? '',
  name: existing?.name ?? '',
  sector: existing?.sector ?? '',
  sizeClass: existing?.sizeClass ?? '',
  district: existing?.district ?? '',
  contactName: existing?.contact.name ?? '',
  contactPhone: existing?.contact.phone ?? '',
  contactEmail: existing?.contact.email ?? '',
  notes: existing?.notes ?? '',
});

/** Adds an employer to a project (POST), or changes one (PUT). */
export const useSaveEmployer = (existing?: Employer) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ values, idempotencyKey }: SaveRequest<EmployerValues>) => {
      const body = {
        projectId: existing?.projectId ?? optional(values.projectId),
        name: values.name,
        sector: optional(values.sector),
        sizeClass: optional(values.sizeClass),
        district: optional(values.district),
        contact: {
          name: optional(values.contactName),
          phone: optional(values.contactPhone),
          email: optional(values.contactEmail),
        },
        notes: optional(values.notes),
      } as EmployerInput;
      if (existing) {
        await unwrap(
          api.PUT('/api/v1/employers/{id}', {
            params: { path: { id: existing.id }, header: ifMatch(existing.version) },
            body,
          }),
        );
        return;
      }
      await unwrap(
        api.POST('/api/v1/employers', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['employers'] }),
  });
};
