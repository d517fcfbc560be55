import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ApiErrorAlert } from '@/components/ui/api-error-alert';
import { useCodeOptions } from '@/lib/code-lists';
import { applyServerErrors } from '@/lib/form';
import { today } from '@/lib/format';
import { useSavePlacement, type Placement, type PlacementInput } from '../api/save-placement';
import { EmployerSelect } from './employer-select';

/** Records a placement into work or training (its follow-ups follow), or changes one. */
export function PlacementForm({
  menteeId,
  projectId,
  existing,
  onDone,
  onCancel,
  onReload,
}: {
  menteeId: string;
  projectId: string;
  existing?: Placement;
  onDone: () => void;
  onCancel: () => void;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const types = useCodeOptions('placementType');
  const endReasons = useCodeOptions('placementEndReason');
  const required = t('validation.required');
  const schema = z
    .object({
      type: z.string().min(1, required),
      employerId: z.string().nullable(),
      startedOn: z.string().min(1, required),
      endedOn: z.string(),
      endReason: z.string().nullable(),
      weeklyHours: z.number().gt(0).max(60, t('validation.weeklyHours')).nullable(),
      occupation: z.string().max(200, t('validation.tooLong', { max: 200 })),
    })
    .refine((v) => v.type === 'self_employment' || Boolean(v.employerId), {
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
  type Values = z.infer<typeof schema>;
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      type: existing?.type ?? 'employment',
      employerId: existing?.employer?.id ?? null,
      startedOn: existing?.startedOn ?? today(),
      endedOn: existing?.endedOn ?? '',
      endReason: existing?.endReason ?? null,
      weeklyHours: existing?.weeklyHours ?? null,
      occupation: existing?.occupation ?? '',
    },
  });
  const save = useSavePlacement(
    menteeId,
    existing ? { id: existing.id, version: existing.version } : undefined,
  );
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async (values) => {
    const body = {
      projectId: existing?.projectId ?? projectId,
      menteeId,
      employerId: values.employerId ?? undefined,
      type: values.type,
      startedOn: values.startedOn,
      endedOn: values.endedOn || undefined,
      endReason: values.endReason ?? undefined,
      weeklyHours: values.weeklyHours ?? undefined,
      occupation: values.occupation || undefined,
    } as PlacementInput;
    try {
      await save.mutateAsync({ body, idempotencyKey });
      onDone();
    } catch (error) {
      applyServerErrors(error, form.setError);
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <ApiErrorAlert error={save.error} onReload={onReload} />
        <Controller
          control={form.control}
          name="type"
          render={({ field }) => (
            <Select
              label={t('records.placementType')}
              required
              allowDeselect={false}
              data={types}
              value={field.value}
              onChange={(v) => field.onChange(v ?? '')}
              error={errors.type?.message}
            />
          )}
        />
        <Controller
          control={form.control}
          name="employerId"
          render={({ field }) => (
            <EmployerSelect
              projectId={existing?.projectId ?? projectId}
              value={field.value}
              onChange={field.onChange}
              error={errors.employerId?.message}
            />
          )}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t('records.startedOn')}
            required
            {...form.register('startedOn')}
            error={errors.startedOn?.message}
          />
          <TextInput
            label={t('records.occupation')}
            {...form.register('occupation')}
            error={errors.occupation?.message}
          />
          <Controller
            control={form.control}
            name="weeklyHours"
            render={({ field }) => (
              <NumberInput
                label={t('records.weeklyHours')}
                min={1}
                max={60}
                decimalScale={1}
                value={field.value ?? ''}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : null)}
                error={errors.weeklyHours?.message}
              />
            )}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={t('records.endedOn')}
            {...form.register('endedOn')}
            error={errors.endedOn?.message}
          />
          <Controller
            control={form.control}
            name="endReason"
            render={({ field }) => (
              <Select
                label={t('records.endReason')}
                clearable
                data={endReasons}
                value={field.value}
                onChange={field.onChange}
                error={errors.endReason?.message}
              />
            )}
          />
        </SimpleGrid>
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
