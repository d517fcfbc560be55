import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ApiErrorAlert } from '@/components/ui/api-error-alert';
import { useCodeOptions } from '@/lib/code-lists';
import { useDistricts } from '@/lib/districts';
import { applyServerErrors } from '@/lib/form';
import { today } from '@/lib/format';
import { useMe } from '@/lib/me';
import type { Mentee } from '../api/get-mentee';
import { useSaveMentee, type MenteeInput } from '../api/save-mentee';

/** Registers a mentee, or changes one (then {@code mentee} holds the loaded record). */
export function MenteeForm({
  mentee,
  onSaved,
  onCancel,
  onReload,
}: {
  mentee?: Mentee;
  onSaved: (id: string) => void;
  onCancel: () => void;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const me = useMe();
  const districts = useDistricts();
  const options = {
    gender: useCodeOptions('gender'),
    nationality: useCodeOptions('nationality'),
    residenceStatus: useCodeOptions('residenceStatus'),
    qualification: useCodeOptions('qualification'),
    recognitionStatus: useCodeOptions('recognitionStatus'),
    germanLevel: useCodeOptions('germanLevel'),
    referralSource: useCodeOptions('referralSource'),
    consentScope: useCodeOptions('consentScope'),
  };
  const required = t('validation.required');
  const optionalDate = z
    .string()
    .refine((value) => value === '' || value <= today(), t('validation.notInFuture'))
    .optional();
  const schema = z.object({
    projectId: z.string().optional(),
    firstName: z
      .string()
      .trim()
      .min(1, required)
      .max(100, t('validation.tooLong', { max: 100 })),
    lastName: z
      .string()
      .trim()
      .min(1, required)
      .max(100, t('validation.tooLong', { max: 100 })),
    birthDate: optionalDate,
    phone: z
      .string()
      .trim()
      .refine((value) => value === '' || /^\+?[0-9 ()/-]{5,40}$/.test(value), t('validation.phone'))
      .optional(),
    email: z
      .string()
      .trim()
      .refine((value) => value === '' || z.email().safeParse(value).success, t('validation.email'))
      .optional(),
    address: z
      .string()
      .max(300, t('validation.tooLong', { max: 300 }))
      .optional(),
    languages: z.array(z.string().regex(/^[a-z]{2,3}$/, t('validation.languageCode'))).max(20),
    notes: z
      .string()
      .max(4000, t('validation.tooLong', { max: 4000 }))
      .optional(),
    gender: z.string().min(1, required),
    yearOfBirth: z.number().int().min(1900).max(2100).nullable().optional(),
    nationality: z.string().nullable().optional(),
    residenceStatus: z.string().nullable().optional(),
    qualification: z.string().nullable().optional(),
    recognitionStatus: z.string().nullable().optional(),
    germanLevel: z.string().nullable().optional(),
    district: z.string().nullable().optional(),
    referralSource: z.string().nullable().optional(),
    consentGivenOn: optionalDate,
    consentScopes: z.array(z.string()),
    consentWithdrawnOn: optionalDate,
  });
  type Values = z.infer<typeof schema>;
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      projectId: mentee?.projectId ?? undefined,
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
      nationality: mentee?.nationality ?? null,
      residenceStatus: mentee?.residenceStatus ?? null,
      qualification: mentee?.qualification ?? null,
      recognitionStatus: mentee?.recognitionStatus ?? null,
      germanLevel: mentee?.germanLevel ?? null,
      district: mentee?.district ?? null,
      referralSource: mentee?.referralSource ?? null,
      consentGivenOn: mentee?.consent.givenOn ?? '',
      consentScopes: mentee?.consent.scopes ?? [],
      consentWithdrawnOn: mentee?.consent.withdrawnOn ?? '',
    },
  });
  const save = useSaveMentee(mentee ? { id: mentee.id, version: mentee.version } : undefined);
  const ownProjects = (me.data?.projects ?? []).filter((p) => p.role !== 'integration');
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async (values) => {
    const body = {
      projectId: values.projectId || undefined,
      firstName: values.firstName,
      lastName: values.lastName,
      birthDate: values.birthDate || undefined,
      phone: values.phone || undefined,
      email: values.email || undefined,
      address: values.address || undefined,
      languages: values.languages,
      notes: values.notes || undefined,
      gender: values.gender,
      yearOfBirth: values.birthDate ? undefined : (values.yearOfBirth ?? undefined),
      nationality: values.nationality ?? undefined,
      residenceStatus: values.residenceStatus ?? undefined,
      qualification: values.qualification ?? undefined,
      recognitionStatus: values.recognitionStatus ?? undefined,
      germanLevel: values.germanLevel ?? undefined,
      district: values.district ?? undefined,
      referralSource: values.referralSource ?? undefined,
      consent: {
        givenOn: values.consentGivenOn || undefined,
        scopes: values.consentScopes,
        withdrawnOn: values.consentWithdrawnOn || undefined,
      },
    } as MenteeInput;
    try {
      onSaved(await save.mutateAsync({ body, idempotencyKey }));
    } catch (error) {
      applyServerErrors(error, form.setError);
    }
  });

  const select = (
    name: keyof Values,
    label: string,
    data: { value: string; label: string }[],
    extra = {},
  ) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Select
          label={label}
          data={data}
          clearable
          value={(field.value as string | null | undefined) ?? null}
          onChange={(value) => field.onChange(value)}
          error={errors[name]?.message as string | undefined}
          {...extra}
        />
      )}
    />
  );

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <ApiErrorAlert error={save.error} onReload={onReload} />
        {!mentee && ownProjects.length > 1 && (
          <Controller
            control={form.control}
            name="projectId"
            render={({ field }) => (
              <Select
                label={t('mentees.project')}
                required
                data={ownProjects.map((p) => ({ value: p.id, label: p.name }))}
                value={field.value ?? null}
                onChange={(value) => field.onChange(value ?? undefined)}
                error={errors.projectId?.message}
              />
            )}
          />
        )}
        <Fieldset legend={t('mentees.personal')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('mentees.firstName')}
              required
              {...form.register('firstName')}
              error={errors.firstName?.message}
            />
            <TextInput
              label={t('mentees.lastName')}
              required
              {...form.register('lastName')}
              error={errors.lastName?.message}
            />
            <TextInput
              type="date"
              label={t('mentees.birthDate')}
              {...form.register('birthDate')}
              error={errors.birthDate?.message}
            />
            <TextInput
              label={t('mentees.phone')}
              type="tel"
              {...form.register('phone')}
              error={errors.phone?.message}
            />
            <TextInput
              label={t('mentees.email')}
              type="email"
              {...form.register('email')}
              error={errors.email?.message}
            />
            <TextInput
              label={t('mentees.address')}
              {...form.register('address')}
              error={errors.address?.message}
            />
            <Controller
              control={form.control}
              name="languages"
              render={({ field }) => (
                <TagsInput
                  label={t('mentees.languages')}
                  description={t('mentees.languagesHint')}
                  value={field.value}
                  onChange={(value) => field.onChange(value.map((code) => code.trim().toLowerCase()))}
                  error={errors.languages?.message ?? errors.languages?.[0]?.message}
                />
              )}
            />
          </SimpleGrid>
          <Textarea
            mt="sm"
            label={t('mentees.notes')}
            autosize
            minRows={2}
            {...form.register('notes')}
            error={errors.notes?.message}
          />
        </Fieldset>
        <Fieldset legend={t('mentees.reporting')}>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            {select('gender', t('mentees.gender'), options.gender, { required: true, clearable: false })}
            <Controller
              control={form.control}
              name="yearOfBirth"
              render={({ field }) => (
                <NumberInput
                  label={t('mentees.yearOfBirth')}
                  description={t('mentees.yearOfBirthHint')}
                  min={1900}
                  max={2100}
                  allowDecimal={false}
                  value={field.value ?? ''}
                  onChange={(value) => field.onChange(typeof value === 'number' ? value : null)}
                  error={errors.yearOfBirth?.message}
                />
              )}
            />
            {select('nationality', t('mentees.nationality'), options.nationality, { searchable: true })}
            {select('residenceStatus', t('mentees.residenceStatus'), options.residenceStatus)}
            {select('qualification', t('mentees.qualification'), options.qualification)}
            {select('recognitionStatus', t('mentees.recognitionStatus'), options.recognitionStatus)}
            {select('germanLevel', t('mentees.germanLevel'), options.germanLevel)}
            {select(
              'district',
              t('mentees.district'),
              (districts.data ?? []).map((d) => ({ value: d.ags, label: d.name })),
              { searchable: true },
            )}
            {select('referralSource', t('mentees.referralSource'), options.referralSource)}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('mentees.consent')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              type="date"
              label={t('mentees.consentGivenOn')}
              {...form.register('consentGivenOn')}
              error={errors.consentGivenOn?.message}
            />
            <Controller
              control={form.control}
              name="consentScopes"
              render={({ field }) => (
                <MultiSelect
                  label={t('mentees.consentScopes')}
                  data={options.consentScope}
                  value={field.value}
                  onChange={field.onChange}
                />
              )}
            />
            <TextInput
              type="date"
              label={t('mentees.consentWithdrawnOn')}
              {...form.register('consentWithdrawnOn')}
              error={errors.consentWithdrawnOn?.message}
            />
          </SimpleGrid>
        </Fieldset>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
