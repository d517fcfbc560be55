import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '@/lib/api-client';
import { useExportBreakdown, type ExportFormat } from '../api/export-breakdown';
import type { Dimension, StatisticsFilters } from '../utils/filters';

/** Downloads the breakdown on screen as CSV or XLSX. */
export function ExportButtons({
  dimension,
  filters,
  disabled,
}: {
  dimension: Dimension;
  filters: StatisticsFilters;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const exporter = useExportBreakdown();
  const pending = exporter.isPending ? exporter.variables.format : null;
  const button = (format: ExportFormat) => (
    <Button
      size="xs"
      variant="light"
      disabled={disabled || (pending !== null && pending !== format)}
      loading={pending === format}
      onClick={() => exporter.mutate({ format, dimension, filters })}
    >
      {t(`statistics.export.${format}`)}
    </Button>
  );
  return (
    <>
      <Group gap="xs" aria-label={t('statistics.export.label')} role="group">
        {button('csv')}
        {button('xlsx')}
      </Group>
      {exporter.isError && (
        <Alert color="red" role="alert" withCloseButton onClose={() => exporter.reset()}>
          {t(errorMessageKey(exporter.error))}
        </Alert>
      )}
    </>
  );
}
