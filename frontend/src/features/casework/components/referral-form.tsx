import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ApiErrorAlert } from '@/components/ui/api-error-alert';
import { applyServerErrors } from '@/lib/form';
import { today } from '@/lib/format';
import { useSaveReferral, type Referral } from '../api/save-referral';

/** Records that the mentee was sent on to another integration service. */
export function ReferralForm({
  menteeId,
  projectId,
  existing,
  onDone,
  onCancel,
  onReload,
}: {
  menteeId: string;
  projectId: string;
  existing?: Referral;
  onDone: () => void;
  onCancel: () => void;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const required = t('validation.required');
  const schema = z.object({
    referredOn: z
      .string()
      .min(1, required)
      .refine((v) => v <= today(), t('validation.notInFuture')),
    provider: z
      .string()
      .trim()
      .min(1, required)
      .max(200, t('validation.tooLong', { max: 200 })),
    topic: z
      .string()
      .trim()
      .min(1, required)
      .max(200, t('validation.tooLong', { max: 200 })),
    note: z.string().max(2000, t('validation.tooLong', { max: 2000 })),
  });
  type Values = z.infer<typeof schema>;
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      referredOn: existing?.referredOn ?? today(),
      provider: existing?.provider ?? '',
      topic: existing?.topic ?? '',
      note: existing?.note ?? '',
    },
  });
  const save = useSaveReferral(
    menteeId,
    existing ? { id: existing.id, version: existing.version } : undefined,
  );
  const errors = form.formState.errors;
  const submit = form.handleSubmit(async (values) => {
    try {
      await save.mutateAsync({
        body: {
          projectId: existing?.projectId ?? projectId,
          menteeId,
          referredOn: values.referredOn,
          provider: values.provider,
          topic: values.topic,
          note: values.note || undefined,
        },
        idempotencyKey,
      });
      onDone();
    } catch (error) {
      applyServerErrors(error, form.setError);
    }
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <ApiErrorAlert error={save.error} onReload={onReload} />
        <TextInput
          type="date"
          label={t('records.date')}
          required
          {...form.register('referredOn')}
          error={errors.referredOn?.message}
        />
        <TextInput
          label={t('records.provider')}
          required
          {...form.register('provider')}
          error={errors.provider?.message}
        />
        <TextInput
          label={t('records.topic')}
          required
          {...form.register('topic')}
          error={errors.topic?.message}
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
