import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/ui/form/date-field';
import { NumberField } from '@/components/ui/form/number-field';
import { RecordForm } from '@/components/ui/form/record-form';
import { CodeField, CodesField } from '@/components/ui/form/select-field';
import { TextareaField, TextField } from '@/components/ui/form/text-field';
import { useRecordForm } from '@/components/ui/form/use-record-form';
import { activityFormValues, activitySchema, useSaveActivity, type Activity } from '../api/save-activity';
import { EmployerField } from './employer-field';

/** Logs an activity with the mentee (and an employer or authority), or changes one. */
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
  const record = useRecordForm({
    schema: activitySchema(t),
    defaultValues: activityFormValues(existing),
    mutation: useSaveActivity({ menteeId, projectId, existing }),
    onSaved: onDone,
  });
  const control = record.form.control;
  return (
    <RecordForm record={record} onCancel={onCancel} onReload={onReload}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <DateField control={control} name="occurredOn" label={t('records.date')} required notAfterToday />
        <NumberField
          control={control}
          name="durationMinutes"
          label={t('records.durationMinutes')}
          required
          min={1}
          max={1440}
        />
        <CodeField
          control={control}
          name="channel"
          label={t('records.channel')}
          list="channel"
          required
          allowDeselect={false}
        />
      </SimpleGrid>
      <CodesField control={control} name="topics" label={t('records.topics')} list="topic" />
      <EmployerField control={control} name="employerId" projectId={existing?.projectId ?? projectId} />
      <TextField control={control} name="authority" label={t('records.authority')} />
      <TextareaField control={control} name="note" label={t('records.note')} />
    </RecordForm>
  );
}
