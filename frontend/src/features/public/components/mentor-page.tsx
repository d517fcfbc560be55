import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { projectsServing, useOffices } from '../api/public-api';
import { DistrictLookup } from './district-lookup';
import { ProjectOffices } from './office-list';

/** "Find a mentor near you", in plain language: the nearest project, what a mentor does, how to get an appointment. */
export function MentorPage() {
  const { t } = useTranslation(['pages', 'public']);
  const [params, setParams] = useSearchParams();
  const district = params.get('district') ?? undefined;
  const onDistrict = useCallback(
    (ags: string | undefined) => setParams(ags ? { district: ags } : {}, { replace: true }),
    [setParams],
  );
  const offices = useOffices();
  const serving = projectsServing(offices.data, district);
  return (
    <Stack gap="lg" maw={860}>
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('mentor.heading')}
        </Title>
        <Text size="lg">{t('mentor.intro')}</Text>
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="nearest-heading">
        <Title order={2} size="h3" id="nearest-heading">
          {t('mentor.nearestHeading')}
        </Title>
        <Text>{t('mentor.postalCodeHint')}</Text>
        <DistrictLookup district={district} onDistrict={onDistrict} idPrefix="mentor" />
        {district && offices.data && serving.length === 0 && <Text>{t('lookup.none')}</Text>}
        {serving.map((office) => (
          <ProjectOffices
            key={office.projectId}
            offices={(offices.data ?? []).filter((o) => o.projectId === office.projectId)}
          />
        ))}
        {district && (
          <Anchor component={Link} to={`/services?district=${district}`}>
            {t('mentor.alsoServices')}
          </Anchor>
        )}
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="what-heading">
        <Title order={2} size="h3" id="what-heading">
          {t('mentor.whatHeading')}
        </Title>
        <ul className="amm-list">
          <li>{t('mentor.what1')}</li>
          <li>{t('mentor.what2')}</li>
          <li>{t('mentor.what3')}</li>
        </ul>
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="appointment-heading">
        <Title order={2} size="h3" id="appointment-heading">
          {t('mentor.appointmentHeading')}
        </Title>
        <ol className="amm-list">
          <li>{t('mentor.appointment1')}</li>
          <li>{t('mentor.appointment2')}</li>
          <li>{t('mentor.appointment3')}</li>
        </ol>
      </Stack>
    </Stack>
  );
}
