import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/ui/form/date-field';
import { NumberField } from '@/components/ui/form/number-field';
import { RecordForm } from '@/components/ui/form/record-form';
import { CodeField } from '@/components/ui/form/select-field';
import { TextField } from '@/components/ui/form/text-field';
import { useRecordForm } from '@/components/ui/form/use-record-form';
import { addMonths, today } from '@/lib/clock';
import {
  placementFormValues,
  placementSchema,
  useSavePlacement,
  type Placement,
} from '../api/save-placement';
import { EmployerField } from './employer-field';

/** Records a placement into work or training (its follow-ups follow), or changes one. */
export function PlacementForm({
  menteeId,
  projectId,
  existing,
  onDone,
  onCancel,
  onReload,
}: {
  menteeId: string;
  projectId: string;
  existing?: Placement;
  onDone: () => void;
  onCancel: () => void;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const record = useRecordForm({
    schema: placementSchema(t),
    defaultValues: placementFormValues(existing),
    mutation: useSavePlacement({ menteeId, projectId, existing }),
    onSaved: onDone,
  });
  const control = record.form.control;
  return (
    <RecordForm record={record} onCancel={onCancel} onReload={onReload}>
      <CodeField
        control={control}
        name="type"
        label={t('records.placementType')}
        list="placementType"
        required
        allowDeselect={false}
      />
      <EmployerField control={control} name="employerId" projectId={existing?.projectId ?? projectId} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {/* a placement may start up to a year ahead, as the server allows */}
        <DateField
          control={control}
          name="startedOn"
          label={t('records.startedOn')}
          required
          maxDate={addMonths(today(), 12)}
        />
        <TextField control={control} name="occupation" label={t('records.occupation')} />
        <NumberField
          control={control}
          name="weeklyHours"
          label={t('records.weeklyHours')}
          min={1}
          max={60}
          decimalScale={1}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField control={control} name="endedOn" label={t('records.endedOn')} />
        <CodeField
          control={control}
          name="endReason"
          label={t('records.endReason')}
          list="placementEndReason"
          clearable
        />
      </SimpleGrid>
    </RecordForm>
  );
}
