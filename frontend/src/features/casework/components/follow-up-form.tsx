import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/ui/form/date-field';
import { RecordForm } from '@/components/ui/form/record-form';
import { CodeField } from '@/components/ui/form/select-field';
import { TextareaField } from '@/components/ui/form/text-field';
import { useRecordForm } from '@/components/ui/form/use-record-form';
import { followUpFormValues, followUpSchema, useSaveFollowUp, type FollowUp } from '../api/save-follow-up';

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
  const record = useRecordForm({
    schema: followUpSchema(t),
    defaultValues: followUpFormValues(followUp),
    mutation: useSaveFollowUp(menteeId, { id: followUp.id, version: followUp.version }),
    onSaved: onDone,
  });
  const control = record.form.control;
  return (
    <RecordForm record={record} onCancel={onCancel} onReload={onReload}>
      <DateField control={control} name="checkedOn" label={t('records.checkedOn')} required notAfterToday />
      <CodeField control={control} name="result" label={t('records.result')} list="followUpResult" required />
      <TextareaField control={control} name="note" label={t('records.note')} />
    </RecordForm>
  );
}
