import { Button, Group, Stack, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../api-error-alert';
import { FieldRegistryContext } from './field-registry';
import type { RecordFormState } from './use-record-form';

/**
 * The frame of a record form: the alert for a failed save at the top, the fields, and Cancel and Save (or
 * the form's own `actions`). The fields tell the form which of them it shows.
 */
export function RecordForm<TValues extends FieldValues>({
  record,
  children,
  onCancel,
  onReload,
  submitLabel,
  cancelLabel,
  actions,
  gap = 'sm',
}: {
  record: RecordFormState<TValues>;
  children: ReactNode;
  onCancel?: () => void;
  /** Offered in the alert when someone else changed the record meanwhile. */
  onReload?: () => void;
  submitLabel?: string;
  cancelLabel?: string;
  /** Instead of Cancel and Save (a submit button must be among them). */
  actions?: ReactNode;
  gap?: MantineSpacing;
}) {
  const { t } = useTranslation();
  return (
    <FieldRegistryContext.Provider value={record.registry}>
      <form {...record.formProps}>
        <Stack gap={gap}>
          <ApiErrorAlert error={record.error} unplaced={record.unplacedErrors} onReload={onReload} />
          {children}
          {actions ?? (
            <Group justify="flex-end">
              {onCancel && (
                <Button variant="default" onClick={onCancel}>
                  {cancelLabel ?? t('common.cancel')}
                </Button>
              )}
              <Button type="submit" loading={record.isPending}>
                {submitLabel ?? t('common.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </FieldRegistryContext.Provider>
  );
}
