import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/ui/form/date-field';
import { RecordForm } from '@/components/ui/form/record-form';
import { SelectField } from '@/components/ui/form/select-field';
import { TextareaField, TextField } from '@/components/ui/form/text-field';
import { useRecordForm } from '@/components/ui/form/use-record-form';
import {
  REFERRAL_OUTCOMES,
  referralFormValues,
  referralSchema,
  useSaveReferral,
  type Referral,
} from '../api/save-referral';
import { ServiceField } from './service-field';

/**
 * Records that the mentee was sent on to another integration service: one of the directory (searched on the
 * server) or one named as text, and what became of it.
 */
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
      <ServiceField
        control={control}
        name="serviceId"
        label={t('records.service')}
        description={t('records.serviceHint')}
        chosenLabel={existing?.serviceId ? existing.provider : undefined}
        onPicked={(before) => {
          // the name of the service chosen before is no name of the new one: the server names it
          if (before !== undefined && record.form.getValues('provider') === before) {
            record.form.setValue('provider', '');
          }
        }}
      />
      <TextField
        control={control}
        name="provider"
        label={t('records.provider')}
        description={t('records.providerHint')}
      />
      <TextField control={control} name="topic" label={t('records.topic')} required />
      <SelectField
        control={control}
        name="outcome"
        label={t('records.outcome')}
        allowDeselect={false}
        data={REFERRAL_OUTCOMES.map((outcome) => ({
          value: outcome,
          label: t(`records.outcomes.${outcome}`),
        }))}
      />
      <TextareaField control={control} name="note" label={t('records.note')} />
    </RecordForm>
  );
}
