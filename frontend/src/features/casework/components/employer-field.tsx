import type { FieldPath, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/ui/form/select-field';
import type { FieldProps } from '@/components/ui/form/use-form-field';
import { useEmployers } from '../api/get-employers';

/** Choose one of the project's employers. */
export function EmployerField<T extends FieldValues>({
  control,
  name,
  projectId,
  required,
}: Omit<FieldProps<T>, 'label'> & { name: FieldPath<T>; projectId: string; required?: boolean }) {
  const { t } = useTranslation();
  const employers = useEmployers({ projectId, size: 200, sort: 'name,asc' });
  return (
    <SelectField
      control={control}
      name={name}
      label={t('records.employer')}
      searchable
      clearable
      required={required}
      nothingFoundMessage={t('records.noEmployer')}
      data={(employers.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }))}
    />
  );
}
