import { Fieldset, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CodeCheckboxesField } from '@/components/ui/form/checkbox-group-field';
import { DateField } from '@/components/ui/form/date-field';
import { NumberField } from '@/components/ui/form/number-field';
import { RecordForm } from '@/components/ui/form/record-form';
import { CodeField, SelectField, TagsField } from '@/components/ui/form/select-field';
import { TextareaField, TextField } from '@/components/ui/form/text-field';
import { useRecordForm } from '@/components/ui/form/use-record-form';
import { worksOnCasesIn } from '@/lib/authorization';
import { useDistricts } from '@/lib/districts';
import { useMe } from '@/lib/me';
import type { Mentee } from '../api/get-mentee';
import { MENTEE_FIELD_NAMES, menteeFormValues, menteeSchema, useSaveMentee } from '../api/save-mentee';

/**
 * Registers a mentee with their consent declaration, or changes one (then `mentee` holds the loaded record; its
 * consent changes on the mentee page's consent section).
 */
export function MenteeForm({
  mentee,
  onSaved,
  onCancel,
  onReload,
}: {
  mentee?: Mentee;
  onSaved: (id: string) => void;
  onCancel: () => void;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const districts = useDistricts();
  const record = useRecordForm({
    schema: menteeSchema(t, { registering: !mentee }),
    defaultValues: menteeFormValues(mentee),
    mutation: useSaveMentee(mentee ? { id: mentee.id, version: mentee.version } : undefined),
    onSaved,
    fieldNames: MENTEE_FIELD_NAMES,
    labels: { projectId: t('mentees.project') },
  });
  const control = record.form.control;
  const ownProjects = (me.data?.projects ?? []).filter(worksOnCasesIn);

  return (
    <RecordForm record={record} onCancel={onCancel} onReload={onReload} gap="md">
      {!mentee && ownProjects.length > 1 && (
        <SelectField
          control={control}
          name="projectId"
          label={t('mentees.project')}
          required
          data={ownProjects.map((p) => ({ value: p.id, label: p.name }))}
        />
      )}
      <Fieldset legend={t('mentees.personal')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextField control={control} name="firstName" label={t('mentees.firstName')} required />
          <TextField control={control} name="lastName" label={t('mentees.lastName')} required />
          <DateField control={control} name="birthDate" label={t('mentees.birthDate')} notAfterToday />
          <TextField control={control} name="phone" label={t('mentees.phone')} type="tel" />
          <TextField control={control} name="email" label={t('mentees.email')} type="email" />
          <TextField control={control} name="address" label={t('mentees.address')} />
          <TagsField
            control={control}
            name="languages"
            label={t('mentees.languages')}
            description={t('mentees.languagesHint')}
            normalize={(code) => code.trim().toLowerCase()}
          />
        </SimpleGrid>
        <TextareaField control={control} name="notes" label={t('mentees.notes')} mt="sm" />
      </Fieldset>
      <Fieldset legend={t('mentees.reporting')}>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          <CodeField control={control} name="gender" label={t('mentees.gender')} list="gender" required />
          <NumberField
            control={control}
            name="yearOfBirth"
            label={t('mentees.yearOfBirth')}
            description={t('mentees.yearOfBirthHint')}
            min={1900}
            max={2100}
          />
          <CodeField
            control={control}
            name="nationality"
            label={t('mentees.nationality')}
            list="nationality"
            clearable
            searchable
          />
          <CodeField
            control={control}
            name="residenceStatus"
            label={t('mentees.residenceStatus')}
            list="residenceStatus"
            clearable
          />
          <CodeField
            control={control}
            name="qualification"
            label={t('mentees.qualification')}
            list="qualification"
            clearable
          />
          <CodeField
            control={control}
            name="recognitionStatus"
            label={t('mentees.recognitionStatus')}
            list="recognitionStatus"
            clearable
          />
          <CodeField
            control={control}
            name="germanLevel"
            label={t('mentees.germanLevel')}
            list="germanLevel"
            clearable
          />
          <SelectField
            control={control}
            name="district"
            label={t('mentees.district')}
            data={(districts.data ?? []).map((d) => ({ value: d.ags, label: d.name }))}
            clearable
            searchable
          />
          <CodeField
            control={control}
            name="referralSource"
            label={t('mentees.referralSource')}
            list="referralSource"
            clearable
          />
        </SimpleGrid>
      </Fieldset>
      {!mentee && (
        <Fieldset legend={t('consent.declaration')}>
          <Text size="sm" c="dimmed" mb="sm">
            {t('consent.registrationHint')}
          </Text>
          <CodeCheckboxesField
            control={control}
            name="consentScopes"
            label={t('consent.scopes')}
            list="consentScope"
            required
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
            <TextField
              control={control}
              name="consentTextVersion"
              label={t('consent.textVersion')}
              description={t('consent.textVersionHint')}
              required
            />
            <DateField
              control={control}
              name="consentGivenOn"
              label={t('consent.givenOn')}
              notAfterToday
              required
            />
          </SimpleGrid>
        </Fieldset>
      )}
    </RecordForm>
  );
}
