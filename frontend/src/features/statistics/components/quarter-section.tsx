import { Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBreakdown } from '../api/get-breakdown';
import type { StatisticsFilters } from '../utils/filters';
import { BreakdownChart } from './breakdown-chart';
import { BreakdownTable } from './breakdown-table';
import { DisclosureLegend } from './disclosure-legend';
import { QuerySection } from './query-section';

/** How the key results developed, quarter by quarter: as a line chart, or as a table. */
export function QuarterSection({ filters, enabled }: { filters: StatisticsFilters; enabled: boolean }) {
  const { t } = useTranslation();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const quarters = useBreakdown('quarter', filters, enabled);
  const label = t('statistics.quarters.heading');
  return (
    <Stack gap="sm" component="section" aria-labelledby="quarters-heading">
      <Group justify="space-between" align="flex-end">
        <Title order={3} id="quarters-heading">
          {label}
        </Title>
        <SegmentedControl
          size="xs"
          aria-label={t('statistics.view.label')}
          value={view}
          onChange={(value) => setView(value as 'chart' | 'table')}
          data={[
            { value: 'chart', label: t('statistics.view.chart') },
            { value: 'table', label: t('statistics.view.table') },
          ]}
        />
      </Group>
      <QuerySection query={quarters} enabled={enabled}>
        {(data) =>
          data.rows.length === 0 ? (
            <Text>{t('statistics.empty')}</Text>
          ) : (
            <>
              {view === 'chart' ? (
                <BreakdownChart breakdown={data} dimension="quarter" label={label} type="line" />
              ) : (
                <BreakdownTable breakdown={data} dimension="quarter" label={label} />
              )}
              <DisclosureLegend answer={data} />
            </>
          )
        }
      </QuerySection>
    </Stack>
  );
}
