import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Office } from '../api/public-api';

export const languageName = (code: string, uiLanguage: string) => {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
};

/** One project with its offices: what the map's popups say, as text that needs no map. */
export function ProjectOffices({
  offices,
  selected,
  onShow,
}: {
  offices: Office[];
  selected?: string;
  onShow?: (officeId: string) => void;
}) {
  const { t, i18n } = useTranslation(['pages', 'public']);
  const project = offices[0]!;
  const headingId = `project-${project.projectId}`;
  return (
    <Card
      withBorder
      component="article"
      aria-labelledby={headingId}
      className={offices.some((o) => o.id === selected) ? 'amm-selected' : undefined}
      id={`office-${project.projectId}`}
    >
      <Stack gap={6}>
        <Title order={3} size="h5" id={headingId}>
          <Anchor component={Link} to={`/projects/${project.projectId}`} dir="auto">
            {project.projectName}
          </Anchor>
        </Title>
        <Text size="sm" c="dimmed" dir="auto">
          {project.carrier}
        </Text>
        {project.phone && (
          <Text size="sm">
            {t('map.phone')}:{' '}
            <Anchor href={`tel:${project.phone.replace(/[^+0-9]/g, '')}`}>{project.phone}</Anchor>
          </Text>
        )}
        {project.email && (
          <Text size="sm">
            {t('map.email')}: <Anchor href={`mailto:${project.email}`}>{project.email}</Anchor>
          </Text>
        )}
        <Group gap={4} aria-label={t('map.languages')}>
          {project.languages.map((code) => (
            <span key={code} className="amm-badge">
              {languageName(code, i18n.language)}
            </span>
          ))}
        </Group>
        <Stack gap={8} component="ul" className="amm-plain-list">
          {offices.map((office) => (
            <li key={office.id}>
              <Text size="sm" fw={600} dir="auto">
                {office.main ? t('map.mainOffice') : office.label}
              </Text>
              <Text size="sm" dir="auto">
                {office.address.street}, {office.address.postalCode} {office.address.city}
              </Text>
              {office.openingHours && (
                <Text size="sm" dir="auto">
                  {t('map.hours')}: {office.openingHours}
                </Text>
              )}
              {onShow && (
                <button
                  type="button"
                  className="amm-button amm-button-subtle"
                  onClick={() => onShow(office.id)}
                  aria-label={`${t('map.showOnMap')}: ${project.projectName}, ${office.address.city}`}
                >
                  {t('map.showOnMap')}
                </button>
              )}
            </li>
          ))}
        </Stack>
      </Stack>
    </Card>
  );
}

/** Offices grouped by project, in the order given. */
export function byProject(offices: Office[]): Office[][] {
  const groups = new Map<string, Office[]>();
  for (const office of offices) {
    groups.set(office.projectId, [...(groups.get(office.projectId) ?? []), office]);
  }
  return [...groups.values()];
}
