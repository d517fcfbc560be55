import { Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useBreakdown } from '../api/get-breakdown';
import type { StatisticsFilters } from '../utils/filters';
import { BreakdownTable } from './breakdown-table';
import { DisclosureLegend } from './disclosure-legend';
import { ExportButtons } from './export-buttons';
import { QuerySection } from './query-section';

/** The key results by the mentees' district of residence. */
export function DistrictSection({ filters, enabled }: { filters: StatisticsFilters; enabled: boolean }) {
  const { t } = useTranslation();
  const districts = useBreakdown('district', filters, enabled);
  const label = t('statistics.districts.heading');
  return (
    <Stack gap="sm" component="section" aria-labelledby="districts-heading">
      <Group justify="space-between" align="flex-end">
        <Title order={3} id="districts-heading">
          {label}
        </Title>
        <ExportButtons dimension="district" filters={filters} disabled={!enabled} />
      </Group>
      <QuerySection query={districts} enabled={enabled}>
        {(data) => (
          <>
            <BreakdownTable breakdown={data} dimension="district" label={label} />
            <DisclosureLegend answer={data} />
          </>
        )}
      </QuerySection>
    </Stack>
  );
}
