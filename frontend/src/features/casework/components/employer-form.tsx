import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RecordForm } from '@/components/ui/form/record-form';
import { CodeField, SelectField } from '@/components/ui/form/select-field';
import { TextareaField, TextField } from '@/components/ui/form/text-field';
import { useRecordForm } from '@/components/ui/form/use-record-form';
import { worksOnCasesIn } from '@/lib/authorization';
import { useDistricts } from '@/lib/districts';
import { useMe } from '@/lib/me';
import type { Employer } from '../api/get-employers';
import {
  EMPLOYER_FIELD_NAMES,
  employerFormValues,
  employerSchema,
  useSaveEmployer,
} from '../api/save-employer';

/** Adds an employer to one of the caller's projects, or changes one. */
export function EmployerForm({
  existing,
  onDone,
  onCancel,
  onReload,
}: {
  existing?: Employer;
  onDone: () => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const ownProjects = (me.data?.projects ?? []).filter(worksOnCasesIn);
  const districts = useDistricts();
  const values = employerFormValues(existing, ownProjects[0]?.id);
  const record = useRecordForm({
    schema: employerSchema(t),
    defaultValues: values,
    // the caller's projects arrive with /me
    values,
    mutation: useSaveEmployer(existing),
    onSaved: onDone,
    fieldNames: EMPLOYER_FIELD_NAMES,
    labels: { projectId: t('mentees.project') },
  });
  const control = record.form.control;
  return (
    <RecordForm record={record} onCancel={onCancel} onReload={onReload}>
      {!existing && ownProjects.length > 1 && (
        <SelectField
          control={control}
          name="projectId"
          label={t('mentees.project')}
          allowDeselect={false}
          data={ownProjects.map((p) => ({ value: p.id, label: p.name }))}
        />
      )}
      <TextField control={control} name="name" label={t('employers.name')} required />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <CodeField
          control={control}
          name="sector"
          label={t('employers.sector')}
          list="sector"
          clearable
          searchable
        />
        <CodeField
          control={control}
          name="sizeClass"
          label={t('employers.sizeClass')}
          list="sizeClass"
          clearable
          searchable
        />
        <SelectField
          control={control}
          name="district"
          label={t('employers.district')}
          data={(districts.data ?? []).map((d) => ({ value: d.ags, label: d.name }))}
          clearable
          searchable
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextField control={control} name="contactName" label={t('employers.contactName')} />
        <TextField control={control} name="contactPhone" label={t('employers.contactPhone')} type="tel" />
        <TextField control={control} name="contactEmail" label={t('employers.contactEmail')} type="email" />
      </SimpleGrid>
      <TextareaField control={control} name="notes" label={t('employers.notes')} />
    </RecordForm>
  );
}
