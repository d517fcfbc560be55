import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ApiErrorAlert } from '@/components/ui/api-error-alert';
import { useCodeOptions } from '@/lib/code-lists';
import { applyServerErrors } from '@/lib/form';
import { today } from '@/lib/format';
import { useSaveActivity, type Activity, type ActivityInput } from '../api/save-activity';
import { EmployerSelect } from './employer-select';

/** Logs a contact with the mentee (and an employer or authority), or changes one. */
export function ActivityForm({
  menteeId,
  projectId,
  existing,
  onDone,
  onCancel,
  onReload,
}: {
  menteeId: string;
  projectId: string;
  existing?: Activity;
  onDone: () => void;
  onCancel: () => void;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const channels = useCodeOptions('channel');
  const topics = useCodeOptions('topic');
  const required = t('validation.required');
  const schema = z.object({
    occurredOn: z
      .string()
      .min(1, required)
      .refine((v) => v <= today(), t('validation.notInFuture')),
    durationMinutes: z
      .number({ error: required })
      .int()
      .min(1, t('validation.duration'))
      .max(1440, t('validation.duration')),
    channel: z.string().min(1, required),
    topics: z.array(z.string()),
    employerId: z.string().nullable(),
    authority: z.string().max(200, t('validation.tooLong', { max: 200 })),
    note: z.string().max(4000, t('validation.tooLong', { max: 4000 })),
  });
  type Values = z.infer<typeof schema>;
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      occurredOn: existing?.occurredOn ?? today(),
      durationMinutes: existing?.durationMinutes ?? 30,
      channel: existing?.channel ?? 'in_person',
      topics: existing?.topics ?? [],
      employerId: existing?.employer?.id ?? null,
      authority: existing?.authority ?? '',
      note: existing?.note ?? '',
    },
  });
  const save = useSaveActivity(
    menteeId,
    existing ? { id: existing.id, version: existing.version } : undefined,
  );
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async (values) => {
    const body = {
      projectId: existing?.projectId ?? projectId,
      menteeId,
      employerId: values.employerId ?? undefined,
      authority: values.authority || undefined,
      occurredOn: values.occurredOn,
      durationMinutes: values.durationMinutes,
      channel: values.channel,
      topics: values.topics,
      note: values.note || undefined,
    } as ActivityInput;
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
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            type="date"
            label={t('records.date')}
            required
            {...form.register('occurredOn')}
            error={errors.occurredOn?.message}
          />
          <Controller
            control={form.control}
            name="durationMinutes"
            render={({ field }) => (
              <NumberInput
                label={t('records.durationMinutes')}
                required
                min={1}
                max={1440}
                allowDecimal={false}
                value={field.value}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : undefined)}
                error={errors.durationMinutes?.message}
              />
            )}
          />
          <Controller
            control={form.control}
            name="channel"
            render={({ field }) => (
              <Select
                label={t('records.channel')}
                required
                allowDeselect={false}
                data={channels}
                value={field.value}
                onChange={(v) => field.onChange(v ?? '')}
                error={errors.channel?.message}
              />
            )}
          />
        </SimpleGrid>
        <Controller
          control={form.control}
          name="topics"
          render={({ field }) => (
            <MultiSelect
              label={t('records.topics')}
              data={topics}
              value={field.value}
              onChange={field.onChange}
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
        <TextInput
          label={t('records.authority')}
          {...form.register('authority')}
          error={errors.authority?.message}
        />
        <Textarea
          label={t('records.note')}
          autosize
          minRows={2}
          {...form.register('note')}
          error={errors.note?.message}
        />
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
