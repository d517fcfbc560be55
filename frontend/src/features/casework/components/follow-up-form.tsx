import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ApiErrorAlert } from '@/components/ui/api-error-alert';
import { useCodeOptions } from '@/lib/code-lists';
import { applyServerErrors } from '@/lib/form';
import { today } from '@/lib/format';
import { useRecordFollowUp, type FollowUp, type FollowUpResultInput } from '../api/record-follow-up';

/** Records whether the placed mentee is still in the job or training. */
export function FollowUpForm({
  menteeId,
  followUp,
  onDone,
  onCancel,
  onReload,
}: {
  menteeId: string;
  followUp: FollowUp;
  onDone: () => void;
  onCancel: () => void;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const results = useCodeOptions('followUpResult');
  const required = t('validation.required');
  const schema = z.object({
    checkedOn: z
      .string()
      .min(1, required)
      .refine((v) => v <= today(), t('validation.notInFuture')),
    result: z.string().min(1, required),
    note: z.string().max(2000, t('validation.tooLong', { max: 2000 })),
  });
  type Values = z.infer<typeof schema>;
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      checkedOn: followUp.checkedOn ?? today(),
      result: followUp.result ?? '',
      note: followUp.note ?? '',
    },
  });
  const record = useRecordFollowUp(menteeId, { id: followUp.id, version: followUp.version });
  const errors = form.formState.errors;
  const submit = form.handleSubmit(async (values) => {
    try {
      await record.mutateAsync({
        checkedOn: values.checkedOn,
        result: values.result as FollowUpResultInput['result'],
        note: values.note || undefined,
      });
      onDone();
    } catch (error) {
      applyServerErrors(error, form.setError);
    }
  });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <ApiErrorAlert error={record.error} onReload={onReload} />
        <TextInput
          type="date"
          label={t('records.checkedOn')}
          required
          {...form.register('checkedOn')}
          error={errors.checkedOn?.message}
        />
        <Controller
          control={form.control}
          name="result"
          render={({ field }) => (
            <Select
              label={t('records.result')}
              required
              data={results}
              value={field.value || null}
              onChange={(v) => field.onChange(v ?? '')}
              error={errors.result?.message}
            />
          )}
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
          <Button type="submit" loading={record.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
