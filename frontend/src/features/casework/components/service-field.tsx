import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFormField, type FieldProps } from '@/components/ui/form/use-form-field';
import { useServiceSearch } from '../api/search-services';

/** How a service of the directory is named in the picker. */
export const serviceLabel = (service: { name: string; provider: string }) =>
  service.provider && service.provider !== service.name
    ? `${service.name} · ${service.provider}`
    : service.name;

type Option = { value: string; label: string };

/**
 * Picks a service of the directory by what the user types: the server searches its name, provider and
 * description, so the list holds what the server found (not a filter of what was loaded). The form holds the
 * service's id, or '' for none.
 */
export function ServiceField<T extends FieldValues>({
  control,
  name,
  label,
  chosenLabel,
  description,
  onPicked,
}: FieldProps<T> & {
  /** The label of the service chosen before (a referral being changed), until the user picks another. */
  chosenLabel?: string;
  description?: string;
  /** After the user picked another service (or none): the label of the one chosen before. */
  onPicked?: (before: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const { ref, input, error } = useFormField({ control, name, label });
  const value = (input.value as string | undefined) || null;
  const [chosen, setChosen] = useState<Option | null>(
    value && chosenLabel ? { value, label: chosenLabel } : null,
  );
  const [search, setSearch] = useState('');
  // the text of the chosen option is shown in the field, not searched for
  const typed = chosen && search === chosen.label ? '' : search.trim();
  const [q] = useDebouncedValue(typed, 250);
  const found = useServiceSearch(q);
  const options: Option[] = (found.data?.items ?? []).map((service) => ({
    value: service.id,
    label: serviceLabel(service),
  }));
  // the chosen service keeps the label it was chosen by, whatever the search found
  const data = chosen ? [chosen, ...options.filter((option) => option.value !== chosen.value)] : options;
  return (
    <Select
      ref={ref}
      name={input.name}
      label={label}
      description={description}
      placeholder={t('records.serviceSearch')}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      // the server searched already (also in the provider and description, which the label may not show)
      filter={({ options: shown }) => shown}
      limit={30}
      nothingFoundMessage={found.isFetching ? t('common.loading') : t('records.noService')}
      data={data}
      value={value}
      onChange={(id, option) => {
        const before = chosen?.label;
        setChosen(id && option ? { value: id, label: option.label } : null);
        input.onChange(id ?? '');
        onPicked?.(before);
      }}
      onBlur={input.onBlur}
      error={error}
    />
  );
}
