import { Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useOffices, type Office } from '../api/public-api';
import { DistrictCartogram } from './district-cartogram';
import { LazyMap, type Place } from './lazy-map';
import { byProject, ProjectOffices } from './office-list';
import { PublicError, PublicLoading } from './public-state';

export function officePlaces(offices: Office[], t: (key: string) => string): Place[] {
  return offices.map((office) => ({
    id: office.id,
    latitude: Number(office.position.latitude),
    longitude: Number(office.position.longitude),
    title: office.projectName,
    subtitle: office.main ? t('map.mainOffice') : (office.label ?? undefined),
    lines: [
      `${office.address.street}, ${office.address.postalCode} ${office.address.city}`,
      ...(office.openingHours ? [`${t('map.hours')}: ${office.openingHours}`] : []),
    ],
    links: [
      ...(office.phone ? [{ href: `tel:${office.phone.replace(/[^+0-9]/g, '')}`, label: office.phone }] : []),
      ...(office.email ? [{ href: `mailto:${office.email}`, label: office.email }] : []),
      { href: `/projects/${office.projectId}`, label: t('map.projectPage') },
    ],
    kind: 'office' as const,
  }));
}

/**
 * The public map of the projects: every office on a map (its own chunk), the same offices as a list beside it
 * that needs no map, a deep link per project (?project=<id>), and the key results by district.
 */
export function MapPage() {
  const { t } = useTranslation(['pages', 'public']);
  const offices = useOffices();
  const [params, setParams] = useSearchParams();
  const projectId = params.get('project') ?? undefined;
  const officeId = params.get('office') ?? undefined;
  const places = useMemo(() => officePlaces(offices.data ?? [], t), [offices.data, t]);
  const selected =
    officeId ?? (projectId ? offices.data?.find((o) => o.projectId === projectId && o.main)?.id : undefined);
  const show = (id: string) => {
    const office = offices.data?.find((o) => o.id === id);
    if (office) setParams({ project: office.projectId, office: id }, { replace: true });
  };
  const groups = byProject(offices.data ?? []);
  // a deep link puts its project first in the list; a choice in the list moves nothing (nor the keyboard's focus)
  const [linkedProject] = useState(projectId);
  const ordered = linkedProject
    ? [
        ...groups.filter((g) => g[0]!.projectId === linkedProject),
        ...groups.filter((g) => g[0]!.projectId !== linkedProject),
      ]
    : groups;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('map.heading')}
        </Title>
        <Text maw={760}>{t('map.intro')}</Text>
      </Stack>
      {offices.isPending && <PublicLoading />}
      {offices.isError && <PublicError onRetry={() => void offices.refetch()} />}
      {offices.data && (
        <div className="amm-split amm-split-map">
          {/* on a phone the list comes first, the map below it */}
          <div className="amm-split-later">
            <LazyMap places={places} selected={selected} />
          </div>
          <Stack gap="sm" component="section" aria-labelledby="office-list-heading">
            <Title order={2} size="h4" id="office-list-heading">
              {t('map.listHeading')}{' '}
              <Text span c="dimmed" size="sm">
                ({t('map.count', { count: offices.data.length })})
              </Text>
            </Title>
            <div className="amm-office-list">
              <Stack gap="sm">
                {ordered.map((group) => (
                  <ProjectOffices
                    key={group[0]!.projectId}
                    offices={group}
                    selected={selected}
                    onShow={show}
                  />
                ))}
              </Stack>
            </div>
          </Stack>
        </div>
      )}
      <DistrictCartogram />
    </Stack>
  );
}
