import { Group } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PublicSelect, PublicTextField } from '@/components/ui/public-fields';
import { useDistricts } from '@/lib/districts';
import { usePostalCodeArea } from '../api/public-api';
import { useFieldError } from './public-state';

/**
 * A postal code or a district: the district it means, once known. The postal code is looked up on submit; a code
 * outside Saxony is said so at the field.
 */
export function DistrictLookup({
  district,
  onDistrict,
  idPrefix,
}: {
  district?: string;
  onDistrict: (ags: string | undefined) => void;
  idPrefix: string;
}) {
  const { t } = useTranslation(['pages', 'public']);
  const districts = useDistricts();
  const [postalCode, setPostalCode] = useState('');
  const [asked, setAsked] = useState<string>();
  const area = usePostalCodeArea(asked);
  const fieldError = useFieldError();
  const valid = /^\d{5}$/.test(postalCode);

  useEffect(() => {
    if (area.data) onDistrict(area.data.district.ags);
  }, [area.data, onDistrict]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid) setAsked(postalCode);
  };
  const error =
    postalCode && asked === postalCode && area.isError
      ? (fieldError(area.error, 'postalCode') ?? t('fieldErrors.postal_code'))
      : undefined;
  return (
    <form onSubmit={submit} aria-label={t('services.postalCode')}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <PublicTextField
          id={`${idPrefix}-postal-code`}
          label={t('services.postalCode')}
          inputMode="numeric"
          autoComplete="postal-code"
          maxLength={5}
          w={160}
          value={postalCode}
          error={error}
          onChange={(event) => setPostalCode(event.currentTarget.value.replace(/\D/g, ''))}
        />
        <button
          type="submit"
          className="amm-button"
          disabled={!valid || area.isFetching}
          aria-busy={area.isFetching}
        >
          {t('lookup.search')}
        </button>
        <PublicSelect
          id={`${idPrefix}-district`}
          label={t('services.district')}
          placeholder={t('services.allDistricts')}
          w={280}
          value={district}
          onChange={(value) => {
            setPostalCode('');
            setAsked(undefined);
            onDistrict(value);
          }}
          data={(districts.data ?? []).map((d) => ({ value: d.ags, label: d.name }))}
        />
      </Group>
    </form>
  );
}
