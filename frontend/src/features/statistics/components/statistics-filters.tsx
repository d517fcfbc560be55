import { Button, Group, MultiSelect, Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DayInput } from '@/components/ui/form/day-input';
import { useDistricts } from '@/lib/districts';
import { fieldErrorText, placeOf } from '@/lib/form';
import { useProjectOptions } from '../api/get-project-options';
import type { FilterErrors, FilterParameter } from '../utils/filter-errors';
import {
  PHASE_SPANS,
  PHASES,
  phasePeriod,
  TARGET_GROUPS,
  type Phase,
  type StatisticsFilters,
  type TargetGroup,
} from '../utils/filters';
import { PeriodPicker } from './period-picker';

/**
 * The period and filters of the statistics page. Exact figures may be asked for any days, phase, projects and
 * districts; released (protected) figures only for whole completed periods and one project or one district
 * (`released`), as the server allows them. The server's objections to a refused request (`errors`) are shown at
 * the filters they concern, in the UI's language.
 */
export function StatisticsFiltersPanel({
  filters,
  defaults,
  seesAllProjects,
  released = false,
  errors = null,
  onChange,
  onReset,
}: {
  filters: StatisticsFilters;
  defaults: StatisticsFilters;
  seesAllProjects: boolean;
  released?: boolean;
  errors?: FilterErrors | null;
  onChange: (filters: StatisticsFilters) => void;
  onReset: () => void;
}) {
  const { t, i18n } = useTranslation();
  const districts = useDistricts();
  const projects = useProjectOptions(seesAllProjects);
  const districtOptions = (districts.data ?? []).map((district) => ({
    value: district.ags,
    label: district.name,
  }));
  const set = (changes: Partial<StatisticsFilters>) => onChange({ ...filters, ...changes });
  // a link may name a period that ends before it begins: nothing is asked for then
  const periodError = filters.from > filters.to ? t('statistics.filters.fromAfterTo') : undefined;

  const labels: Record<FilterParameter, string> = {
    from: t(released ? 'statistics.periods.start' : 'statistics.filters.from'),
    to: t(released ? 'statistics.periods.end' : 'statistics.filters.to'),
    phase: t('statistics.filters.phase'),
    projectId: t(released ? 'statistics.filters.project' : 'statistics.filters.projects'),
    district: t('statistics.filters.districts'),
    targetGroup: t('statistics.filters.targetGroups'),
  };
  /** The server's words about some filters; naming each, where one control stands for several. */
  const errorAt = (...parameters: FilterParameter[]) => {
    const messages = parameters.flatMap((parameter) =>
      (errors?.byParameter[parameter] ?? []).map((error) => {
        const text = fieldErrorText(error, i18n, (path) => labels[placeOf(path).name as FilterParameter]);
        return parameters.length > 1 ? `${labels[parameter]}: ${text}` : text;
      }),
    );
    return messages.length > 0 ? messages.join(' ') : undefined;
  };

  const targetGroups = (
    <MultiSelect
      label={labels.targetGroup}
      placeholder={filters.targetGroups.length === 0 ? t('statistics.filters.allMentees') : undefined}
      clearable
      value={filters.targetGroups}
      onChange={(groups) => set({ targetGroups: groups as TargetGroup[] })}
      data={TARGET_GROUPS.map((group) => ({ value: group, label: t(`statistics.targetGroups.${group}`) }))}
      error={errorAt('targetGroup')}
    />
  );
  const reset = (
    <Group align="flex-end">
      <Button variant="default" onClick={onReset}>
        {t('statistics.filters.reset')}
      </Button>
    </Group>
  );

  if (released) {
    return (
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} role="search" aria-label={t('statistics.filters.heading')}>
        <PeriodPicker
          value={filters}
          lastMonthEnd={defaults.to}
          error={periodError ?? errorAt('from', 'to', 'phase')}
          onChange={(period) => set(period)}
        />
        {/* one project or one district: choosing the one clears the other */}
        <Select
          label={labels.projectId}
          description={t('statistics.filters.orDistrict')}
          placeholder={t('statistics.filters.allProjects')}
          clearable
          searchable
          value={filters.projectIds[0] ?? null}
          onChange={(id) => set({ projectIds: id ? [id] : [], districts: id ? [] : filters.districts })}
          data={projects}
          error={errorAt('projectId')}
        />
        <Select
          label={labels.district}
          description={t('statistics.filters.orProject')}
          placeholder={t('statistics.filters.allDistricts')}
          clearable
          searchable
          value={filters.districts[0] ?? null}
          onChange={(ags) => set({ districts: ags ? [ags] : [], projectIds: ags ? [] : filters.projectIds })}
          data={districtOptions}
          error={errorAt('district')}
        />
        {targetGroups}
        {reset}
      </SimpleGrid>
    );
  }

  const choosePhase = (value: string | null) => {
    if (!value) {
      set({ phase: null });
      return;
    }
    const phase = value as Phase;
    set({ phase, ...phasePeriod(phase, defaults.to) });
  };

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} role="search" aria-label={t('statistics.filters.heading')}>
      <Group grow align="flex-start" gap="sm">
        {/* a day reaches the filters once it is complete: typing a year digit by digit asks nothing */}
        <DayInput
          label={labels.from}
          value={filters.from}
          minDate={EARLIEST}
          maxDate={LATEST}
          error={errorAt('from')}
          onChange={(from) => from && set({ from })}
        />
        <DayInput
          label={labels.to}
          value={filters.to}
          minDate={EARLIEST}
          maxDate={LATEST}
          error={periodError ?? errorAt('to')}
          onChange={(to) => to && set({ to })}
        />
      </Group>
      <Select
        label={labels.phase}
        placeholder={t('statistics.filters.anyPhase')}
        clearable
        value={filters.phase}
        onChange={choosePhase}
        data={PHASES.map((phase) => ({ value: phase, label: t(`statistics.phases.${phase}`) }))}
        error={errorAt('phase')}
      />
      <MultiSelect
        label={labels.projectId}
        placeholder={
          filters.projectIds.length === 0
            ? t(seesAllProjects ? 'statistics.filters.allProjects' : 'statistics.filters.ownProjects')
            : undefined
        }
        clearable
        searchable
        value={filters.projectIds}
        onChange={(projectIds) => set({ projectIds })}
        data={projects}
        error={errorAt('projectId')}
      />
      <MultiSelect
        label={labels.district}
        placeholder={filters.districts.length === 0 ? t('statistics.filters.allDistricts') : undefined}
        clearable
        searchable
        value={filters.districts}
        onChange={(districts) => set({ districts })}
        data={districtOptions}
        error={errorAt('district')}
      />
      {targetGroups}
      {reset}
    </SimpleGrid>
  );
}

// From the start of the programme; the API takes periods up to 2100.
const EARLIEST = PHASE_SPANS.model.from;
const LATEST = '2100-12-31';
