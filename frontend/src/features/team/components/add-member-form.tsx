import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RecordForm } from '@/components/ui/form/record-form';
import { SelectField } from '@/components/ui/form/select-field';
import { TextField } from '@/components/ui/form/text-field';
import { useRecordForm } from '@/components/ui/form/use-record-form';
import { TEAM_ROLES } from '@/lib/authorization';
import { NEW_MEMBER, newMemberSchema, useAddMember } from '../api/add-member';

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
  const record = useRecordForm({
    schema: newMemberSchema(t),
    defaultValues: NEW_MEMBER,
    mutation: useAddMember(projectId),
    onSaved: (added) =>
      onDone({
        name: added.member.name,
        created: added.account.created,
        username: added.account.username,
        initialPassword: added.account.initialPassword,
      }),
  });
  const control = record.form.control;
  return (
    <RecordForm
      record={record}
      onCancel={onCancel}
      submitLabel={t('team.submit')}
      cancelLabel={t('team.cancel')}
    >
      <TextField
        control={control}
        name="email"
        label={t('team.email')}
        type="email"
        required
        autoComplete="off"
      />
      <Group grow>
        <TextField control={control} name="firstName" label={t('team.firstName')} required />
        <TextField control={control} name="lastName" label={t('team.lastName')} required />
      </Group>
      <SelectField
        control={control}
        name="role"
        label={t('team.role')}
        required
        allowDeselect={false}
        data={TEAM_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      />
    </RecordForm>
  );
}
