import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ApiErrorAlert } from '@/components/ui/api-error-alert';
import { useCodeOptions } from '@/lib/code-lists';
import { applyServerErrors } from '@/lib/form';
import { today } from '@/lib/format';
import { useMe } from '@/lib/me';
import { useTeam } from '../api/get-team';
import { useChangeCase, useOpenCase, type Case, type CaseChange, type NewCase } from '../api/save-case';

/** Opens a case for the mentee, or changes / closes an existing one. */
export function CaseForm({
  menteeId,
  projectId,
  existing,
  closing,
  onDone,
  onCancel,
  onReload,
}: {
  menteeId: string;
  projectId: string;
  existing?: Case;
  closing?: boolean;
  onDone: () => void;
  onCancel: () => void;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const me = useMe();
  const ownProjects = (me.data?.projects ?? []).filter((p) => p.role !== 'integration');
  const [project, setProject] = useState(existing?.projectId ?? projectId);
  const team = useTeam(project);
  const reasons = useCodeOptions('closingReason');
  const mentors = (team.data ?? [])
    .filter((m) => m.role === 'mentor' || m.role === 'project_lead')
    .map((m) => ({ value: m.personId, label: m.name }));
  const required = t('validation.required');
  const schema = z
    .object({
      leadMentorId: z.string().min(1, required),
      assistantIds: z.array(z.string()),
      startedOn: z
        .string()
        .min(1, required)
        .refine((v) => v <= today(), t('validation.notInFuture')),
      endedOn: z.string().refine((v) => v === '' || v <= today(), t('validation.notInFuture')),
      closingReason: z.string().nullable(),
    })
    .refine((v) => !v.endedOn || v.endedOn >= v.startedOn, {
      path: ['endedOn'],
      message: t('validation.endBeforeStart'),
    })
    .refine((v) => Boolean(v.endedOn) === Boolean(v.closingReason), {
      path: ['closingReason'],
      message: t('validation.endAndReason'),
    });
  type Values = z.infer<typeof schema>;
  const myPersonId = me.data?.personId ?? undefined;
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    values: {
      leadMentorId: existing?.leadMentor.id ?? myPersonId ?? '',
      assistantIds: existing?.assistants.map((a) => a.id) ?? [],
      startedOn: existing?.startedOn ?? today(),
      endedOn: existing?.endedOn ?? (closing ? today() : ''),
      closingReason: existing?.closingReason ?? null,
    },
    resetOptions: { keepDirtyValues: true },
  });
  const open = useOpenCase(menteeId);
  const change = useChangeCase(menteeId, { id: existing?.id ?? '', version: existing?.version ?? 0 });
  const mutation = existing ? change : open;
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async (values) => {
    try {
      if (existing) {
        await change.mutateAsync({
          leadMentorId: values.leadMentorId,
          assistantIds: values.assistantIds,
          startedOn: values.startedOn,
          endedOn: values.endedOn || undefined,
          closingReason: (values.closingReason ?? undefined) as CaseChange['closingReason'],
        });
      } else {
        const body: NewCase = {
          projectId: project,
          menteeId,
          leadMentorId: values.leadMentorId,
          assistantIds: values.assistantIds,
          startedOn: values.startedOn,
        };
        await open.mutateAsync({ body, idempotencyKey });
      }
      onDone();
    } catch (error) {
      applyServerErrors(error, form.setError);
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <ApiErrorAlert error={mutation.error} onReload={onReload} />
        {!existing && ownProjects.length > 1 && (
          <Select
            label={t('cases.project')}
            allowDeselect={false}
            data={ownProjects.map((p) => ({ value: p.id, label: p.name }))}
            value={project}
            onChange={(value) => setProject(value ?? projectId)}
          />
        )}
        <Controller
          control={form.control}
          name="leadMentorId"
          render={({ field }) => (
            <Select
              label={t('cases.leadMentor')}
              required
              searchable
              data={mentors}
              value={field.value || null}
              onChange={(value) => field.onChange(value ?? '')}
              error={errors.leadMentorId?.message}
            />
          )}
        />
        <Controller
          control={form.control}
          name="assistantIds"
          render={({ field }) => (
            <MultiSelect
              label={t('cases.assistants')}
              data={mentors}
              value={field.value}
              onChange={field.onChange}
            />
          )}
        />
        <TextInput
          type="date"
          label={t('cases.startedOn')}
          required
          {...form.register('startedOn')}
          error={errors.startedOn?.message}
        />
        {(existing || closing) && (
          <>
            <TextInput
              type="date"
              label={t('cases.endedOn')}
              {...form.register('endedOn')}
              error={errors.endedOn?.message}
            />
            <Controller
              control={form.control}
              name="closingReason"
              render={({ field }) => (
                <Select
                  label={t('cases.closingReason')}
                  clearable
                  data={reasons}
                  value={field.value}
                  onChange={field.onChange}
                  error={errors.closingReason?.message}
                />
              )}
            />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {existing ? t('common.save') : t('cases.open')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
