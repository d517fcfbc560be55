import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ApiError, errorMessageKey } from '@/lib/api-client';
import { useAddMember } from '../api/add-member';

export type AddedResult = {
  name: string;
  created: boolean;
  username: string;
  initialPassword?: string | null;
};

export function AddMemberForm({
  projectId,
  onDone,
  onCancel,
}: {
  projectId: string;
  onDone: (result: AddedResult) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const schema = z.object({
    email: z.string().trim().min(1, t('validation.required')).email(t('validation.email')).max(254),
    firstName: z
      .string()
      .trim()
      .min(1, t('validation.required'))
      .max(100, t('validation.tooLong', { max: 100 })),
    lastName: z
      .string()
      .trim()
      .min(1, t('validation.required'))
      .max(100, t('validation.tooLong', { max: 100 })),
    role: z.enum(['mentor', 'project_lead']),
  });
  type Values = z.infer<typeof schema>;
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { email: '', firstName: '', lastName: '', role: 'mentor' },
  });
  const addMember = useAddMember(projectId);
  const serverError = addMember.error instanceof ApiError ? addMember.error : undefined;
  const fieldError = (field: keyof Values) =>
    form.formState.errors[field]?.message ?? serverError?.fieldError(field);

  const submit = form.handleSubmit(async (values) => {
    const added = await addMember.mutateAsync(values);
    onDone({
      name: added.member.name,
      created: added.account.created,
      username: added.account.username,
      initialPassword: added.account.initialPassword,
    });
  });

  return (
    <form onSubmit={(event) => void submit(event).catch(() => undefined)} noValidate>
      <Stack gap="sm">
        {addMember.isError && (
          <Alert color="red" role="alert">
            {t(errorMessageKey(addMember.error))}
          </Alert>
        )}
        <TextInput
          label={t('team.email')}
          type="email"
          required
          autoComplete="off"
          {...form.register('email')}
          error={fieldError('email')}
        />
        <Group grow>
          <TextInput
            label={t('team.firstName')}
            required
            {...form.register('firstName')}
            error={fieldError('firstName')}
          />
          <TextInput
            label={t('team.lastName')}
            required
            {...form.register('lastName')}
            error={fieldError('lastName')}
          />
        </Group>
        <Controller
          control={form.control}
          name="role"
          render={({ field }) => (
            <Select
              label={t('team.role')}
              required
              allowDeselect={false}
              data={[
                { value: 'mentor', label: t('roles.mentor') },
                { value: 'project_lead', label: t('roles.project_lead') },
              ]}
              value={field.value}
              onChange={(value) => field.onChange(value ?? 'mentor')}
              error={fieldError('role')}
            />
          )}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('team.cancel')}
          </Button>
          <Button type="submit" loading={addMember.isPending}>
            {t('team.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
