import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/ui/form/date-field';
import { RecordForm } from '@/components/ui/form/record-form';
import { TextareaField, TextField } from '@/components/ui/form/text-field';
import { useRecordForm } from '@/components/ui/form/use-record-form';
import { referralFormValues, referralSchema, useSaveReferral, type Referral } from '../api/save-referral';

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
  const record = useRecordForm({
    schema: referralSchema(t),
    defaultValues: referralFormValues(existing),
    mutation: useSaveReferral({ menteeId, projectId, existing }),
    onSaved: onDone,
  });
  const control = record.form.control;
  return (
    <RecordForm record={record} onCancel={onCancel} onReload={onReload}>
      <DateField control={control} name="referredOn" label={t('records.date')} required notAfterToday />
      <TextField control={control} name="provider" label={t('records.provider')} required />
      <TextField control={control} name="topic" label={t('records.topic')} required />
      <TextareaField control={control} name="note" label={t('records.note')} />
    </RecordForm>
  );
}
