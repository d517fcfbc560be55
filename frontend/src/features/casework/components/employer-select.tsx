import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEmployers } from '../api/get-employers';

/** Choose one of the project's employers. */
export function EmployerSelect({
  projectId,
  value,
  onChange,
  error,
  required,
}: {
  projectId: string;
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string;
  required?: boolean;
}) {
  const { t } = useTranslation();
  const employers = useEmployers({ projectId, size: 200, sort: 'name,asc' });
  return (
    <Select
      label={t('records.employer')}
      searchable
      clearable
      required={required}
      nothingFoundMessage={t('records.noEmployer')}
      data={(employers.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }))}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}
