import { Fieldset, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '@/components/ui/form/checkbox-field';
import { NumberField } from '@/components/ui/form/number-field';
import { RecordForm } from '@/components/ui/form/record-form';
import { MultiSelectField, SelectField, TagsField } from '@/components/ui/form/select-field';
import { TextareaField, TextField } from '@/components/ui/form/text-field';
import { useRecordForm } from '@/components/ui/form/use-record-form';
import { useDistricts } from '@/lib/districts';
import { SERVICE_AUDIENCES, SERVICE_KINDS, type IntegrationService } from '../api/get-services';
import { SERVICE_FIELD_NAMES, serviceFormValues, serviceSchema, useSaveService } from '../api/save-service';

/**
 * Adds a service to the directory or changes one: its kind, provider, address and position on the map, contact,
 * the districts it serves (those the caller maintains), its languages and target groups.
 */
export function ServiceForm({
  existing,
  maintained,
  onDone,
  onCancel,
  onReload,
}: {
  existing?: IntegrationService;
  /** The districts the caller maintains (the server's answer): the only ones offered. */
  maintained: readonly string[];
  onDone: () => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const { t: tp } = useTranslation('pages');
  const districts = useDistricts();
  const record = useRecordForm({
    schema: serviceSchema(t),
    defaultValues: serviceFormValues(existing, maintained),
    mutation: useSaveService(existing),
    onSaved: onDone,
    fieldNames: SERVICE_FIELD_NAMES,
  });
  const control = record.form.control;
  return (
    <RecordForm record={record} onCancel={onCancel} onReload={onReload}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextField control={control} name="name" label={t('directory.name')} required />
        <TextField control={control} name="provider" label={t('directory.provider')} required />
      </SimpleGrid>
      <SelectField
        control={control}
        name="kind"
        label={t('directory.kind')}
        required
        allowDeselect={false}
        data={SERVICE_KINDS.map((kind) => ({ value: kind, label: tp(`services.kinds.${kind}`) }))}
      />
      <TextareaField control={control} name="description" label={t('directory.description')} />
      <MultiSelectField
        control={control}
        name="districts"
        label={t('directory.districts')}
        description={t('directory.districtsHint')}
        required
        searchable
        data={(districts.data ?? [])
          .filter((district) => maintained.includes(district.ags))
          .map((district) => ({ value: district.ags, label: district.name }))}
      />
      <Fieldset legend={t('directory.address')} variant="unstyled">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextField control={control} name="street" label={t('directory.street')} required />
          <TextField
            control={control}
            name="postalCode"
            label={t('directory.postalCode')}
            required
            inputMode="numeric"
            maxLength={5}
          />
          <TextField control={control} name="city" label={t('directory.city')} required />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
          <NumberField
            control={control}
            name="latitude"
            label={t('directory.latitude')}
            description={t('directory.positionHint')}
            required
            decimalScale={6}
            min={47.2}
            max={55.1}
            step={0.001}
          />
          <NumberField
            control={control}
            name="longitude"
            label={t('directory.longitude')}
            required
            decimalScale={6}
            min={5.8}
            max={15.1}
            step={0.001}
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('directory.contact')} variant="unstyled">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextField control={control} name="phone" label={t('directory.phone')} type="tel" />
          <TextField control={control} name="email" label={t('directory.email')} type="email" />
          <TextField control={control} name="website" label={t('directory.website')} type="url" />
          <TextField control={control} name="openingHours" label={t('directory.openingHours')} />
        </SimpleGrid>
      </Fieldset>
      <TagsField
        control={control}
        name="languages"
        label={t('directory.languages')}
        description={t('directory.languagesHint')}
        normalize={(entry) => entry.trim().toLowerCase()}
      />
      <MultiSelectField
        control={control}
        name="targetGroups"
        label={t('directory.targetGroups')}
        data={SERVICE_AUDIENCES.map((audience) => ({
          value: audience,
          label: tp(`services.audiences.${audience}`),
        }))}
      />
      <CheckboxField control={control} name="demo" label={t('directory.demo')} />
    </RecordForm>
  );
}
