import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CodeCheckboxesField } from '@/components/ui/form/checkbox-group-field';
import { DateField } from '@/components/ui/form/date-field';
import { RecordForm } from '@/components/ui/form/record-form';
import { TextField } from '@/components/ui/form/text-field';
import { useRecordForm } from '@/components/ui/form/use-record-form';
import type { ConsentScope } from '@/lib/consent';
import { declarationFormValues, declarationSchema, useGiveConsent } from '../api/give-consent';

/** Records a new consent declaration: the scopes the mentee signed, the text's version and the day. */
export function DeclarationForm({
  menteeId,
  inForce,
  onDone,
  onCancel,
}: {
  menteeId: string;
  inForce: readonly ConsentScope[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const record = useRecordForm({
    schema: declarationSchema(t),
    defaultValues: declarationFormValues(inForce),
    mutation: useGiveConsent(menteeId),
    onSaved: onDone,
  });
  const control = record.form.control;
  return (
    <RecordForm record={record} onCancel={onCancel} submitLabel={t('consent.record')}>
      <CodeCheckboxesField
        control={control}
        name="scopes"
        label={t('consent.scopes')}
        description={t('consent.scopesHint')}
        list="consentScope"
        required
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextField
          control={control}
          name="textVersion"
          label={t('consent.textVersion')}
          description={t('consent.textVersionHint')}
          required
        />
        <DateField control={control} name="givenOn" label={t('consent.givenOn')} notAfterToday required />
      </SimpleGrid>
    </RecordForm>
  );
}
