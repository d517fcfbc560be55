import { Group, Select, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useBreakdown } from '../api/get-breakdown';
import { DIMENSIONS, type Dimension, type StatisticsFilters } from '../utils/filters';
import { BreakdownChart } from './breakdown-chart';
import { BreakdownTable } from './breakdown-table';
import { DisclosureLegend } from './disclosure-legend';
import { ExportButtons } from './export-buttons';
import { QuerySection } from './query-section';

/** The figures by a dimension the user chooses: chart, table and download. */
export function BreakdownSection({
  filters,
  enabled,
  dimension,
  onDimensionChange,
}: {
  filters: StatisticsFilters;
  enabled: boolean;
  dimension: Dimension;
  onDimensionChange: (dimension: Dimension) => void;
}) {
  const { t } = useTranslation();
  const breakdown = useBreakdown(dimension, filters, enabled);
  const label = t('statistics.breakdown.by', { dimension: t(`statistics.dimensions.${dimension}`) });
  return (
    <Stack gap="sm" component="section" aria-labelledby="breakdown-heading">
      <Group justify="space-between" align="flex-end">
        <Title order={3} id="breakdown-heading">
          {t('statistics.breakdown.heading')}
        </Title>
        <Group align="flex-end" gap="sm">
          <Select
            label={t('statistics.breakdown.dimension')}
            w={260}
            allowDeselect={false}
            value={dimension}
            onChange={(value) => value && onDimensionChange(value as Dimension)}
            data={DIMENSIONS.map((value) => ({ value, label: t(`statistics.dimensions.${value}`) }))}
          />
          <ExportButtons dimension={dimension} filters={filters} disabled={!enabled} />
        </Group>
      </Group>
      <QuerySection query={breakdown} enabled={enabled}>
        {(data) =>
          data.rows.length === 0 ? (
            <Text>{t('statistics.empty')}</Text>
          ) : (
            <>
              <BreakdownChart breakdown={data} dimension={dimension} label={label} />
              <BreakdownTable breakdown={data} dimension={dimension} label={label} />
              <DisclosureLegend answer={data} />
            </>
          )
        }
      </QuerySection>
    </Stack>
  );
}
