import { Alert, Button, Card, Divider, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError } from '@/lib/api-client';
import { useAuth } from '@/lib/auth';
import {
  canIssueReports,
  canSeeAllProjects,
  canSeeStatistics,
  getsProtectedFigures,
} from '@/lib/authorization';
import { fieldErrorText } from '@/lib/form';
import { formatDate } from '@/lib/format';
import { useKeyResults } from '../api/get-key-results';
import { filterErrorsOf } from '../utils/filter-errors';
import {
  defaultFilters,
  viewFromParams,
  viewToParams,
  type Dimension,
  type StatisticsView,
} from '../utils/filters';
import { BreakdownSection } from './breakdown-section';
import { DistrictSection } from './district-section';
import { KeyResultTiles } from './key-result-tiles';
import { QuarterSection } from './quarter-section';
import { QuerySection } from './query-section';
import { ReportsSection } from './reports-section';
import { StatisticsFiltersPanel } from './statistics-filters';

/**
 * The key results for any period, project, district and target group, by quarter, district and a
 * chosen dimension. The whole view lives in the URL, so that it can be shared and survives a reload.
 */
export function StatisticsPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  if (!auth.authenticated) {
    return (
      <Stack maw={560}>
        <Title order={2}>{t('statistics.heading')}</Title>
        <Text>{t('statistics.loginRequired')}</Text>
        <Group>
          <Button onClick={auth.login}>{t('auth.login', { ns: 'public' })}</Button>
        </Group>
      </Stack>
    );
  }
  if (!canSeeStatistics(auth.roles)) {
    return (
      <Alert color="red" role="alert" title={t('errors.forbidden')}>
        {t('statistics.notForRole')}
      </Alert>
    );
  }
  return (
    <Statistics
      seesAllProjects={canSeeAllProjects(auth.roles)}
      protectedFigures={getsProtectedFigures(auth.roles)}
    />
  );
}

function Statistics({
  seesAllProjects,
  protectedFigures,
}: {
  seesAllProjects: boolean;
  protectedFigures: boolean;
}) {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const [defaults] = useState(defaultFilters);
  const defaultDimension: Dimension = seesAllProjects ? 'project' : 'gender';
  const [params, setParams] = useSearchParams();
  const view = viewFromParams(params, defaults, defaultDimension);
  const { filters, dimension } = view;
  // Applied at once rather than in a transition: the next change (a click right after) builds on this one.
  const update = (next: StatisticsView) =>
    setParams(viewToParams(next, defaults, defaultDimension), { replace: true, flushSync: true });
  const valid = filters.from <= filters.to;
  const keyResults = useKeyResults(filters, valid);
  // a shared link may name a project the user does not work in: the API answers 404, as if it did not exist
  const unknownProject =
    filters.projectIds.length > 0 && keyResults.error instanceof ApiError && keyResults.error.status === 404;
  // a request the server refused for its filters (for the ministry: not whole completed months, two districts, a
  // district and a project): the objections go to the filters, and the other figures are not asked for
  const refused = filterErrorsOf(keyResults.error);
  const enabled = valid && !unknownProject && !refused;
  const reset = () => update({ filters: defaults, dimension });

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={2}>{t('statistics.heading')}</Title>
        <Text c="dimmed">
          {t(
            protectedFigures
              ? 'statistics.introReleased'
              : seesAllProjects
                ? 'statistics.introAll'
                : 'statistics.introOwn',
          )}
        </Text>
      </Stack>
      <Card withBorder>
        <StatisticsFiltersPanel
          filters={filters}
          defaults={defaults}
          seesAllProjects={seesAllProjects}
          released={protectedFigures}
          errors={refused}
          onChange={(next) => update({ filters: next, dimension })}
          onReset={reset}
        />
      </Card>
      <Stack gap="sm" component="section" aria-labelledby="key-results-heading">
        <Group justify="space-between" align="baseline">
          <Title order={3} id="key-results-heading">
            {t('statistics.keyResults.heading')}
          </Title>
          {keyResults.data && (
            <Text size="sm" c="dimmed">
              {t('statistics.keyResults.period', {
                from: formatDate(keyResults.data.period.from, i18n.language),
                to: formatDate(keyResults.data.period.to, i18n.language),
              })}
              {' · '}
              {t('statistics.keyResults.definitionVersion', { version: keyResults.data.definitionVersion })}
            </Text>
          )}
        </Group>
        {unknownProject ? (
          <Alert color="orange" role="alert" title={t('statistics.unknownProject')}>
            <Button size="xs" variant="light" color="orange" onClick={reset}>
              {t('statistics.filters.reset')}
            </Button>
          </Alert>
        ) : refused ? (
          <Alert color="red" role="alert" title={t('statistics.filters.refused')}>
            {refused.others.length > 0 && (
              <List size="sm">
                {refused.others.map((error) => (
                  <List.Item key={`${error.field} ${error.code}`}>
                    {error.field}: {fieldErrorText(error, i18n)}
                  </List.Item>
                ))}
              </List>
            )}
          </Alert>
        ) : (
          <QuerySection query={keyResults} enabled={valid}>
            {(data) => <KeyResultTiles results={data} exactNote />}
          </QuerySection>
        )}
      </Stack>
      <QuarterSection filters={filters} enabled={enabled} />
      <BreakdownSection
        filters={filters}
        enabled={enabled}
        dimension={dimension}
        onDimensionChange={(next) => update({ filters, dimension: next })}
      />
      <DistrictSection filters={filters} enabled={enabled} />
      {seesAllProjects && (
        <>
          <Divider />
          <ReportsSection canIssue={canIssueReports(auth.roles)} />
        </>
      )}
    </Stack>
  );
}
