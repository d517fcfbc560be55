import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Project } from '../api/get-projects';

function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function ProjectContact({ project }: { project: Project }) {
  const { t, i18n } = useTranslation();
  const { address, contact } = project;
  return (
    <Stack gap={4}>
      <Text size="sm">
        <Text span fw={600}>
          {t('projects.address')}:{' '}
        </Text>
        {address.street}, {address.postalCode} {address.city}
      </Text>
      {contact.phone && (
        <Text size="sm">
          <Text span fw={600}>
            {t('projects.phone')}:{' '}
          </Text>
          <Anchor href={`tel:${contact.phone.replace(/[^+0-9]/g, '')}`}>{contact.phone}</Anchor>
        </Text>
      )}
      {contact.email && (
        <Text size="sm">
          <Text span fw={600}>
            {t('projects.email')}:{' '}
          </Text>
          <Anchor href={`mailto:${contact.email}`}>{contact.email}</Anchor>
        </Text>
      )}
      {contact.website && (
        <Text size="sm">
          <Text span fw={600}>
            {t('projects.website')}:{' '}
          </Text>
          <Anchor href={contact.website} target="_blank" rel="noreferrer">
            {contact.website.replace(/^https?:\/\//, '')}
          </Anchor>
        </Text>
      )}
      {contact.officeHours && (
        <Text size="sm">
          <Text span fw={600}>
            {t('projects.officeHours')}:{' '}
          </Text>
          {contact.officeHours}
        </Text>
      )}
      {contact.languages && contact.languages.length > 0 && (
        <Text size="sm">
          <Text span fw={600}>
            {t('projects.languages')}:{' '}
          </Text>
          {contact.languages.map((code) => languageName(code, i18n.language)).join(', ')}
        </Text>
      )}
    </Stack>
  );
}

export function ProjectCard({ project, districts }: { project: Project; districts: Map<string, string> }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" component="article" aria-labelledby={`project-${project.id}`}>
      <Stack gap="xs">
        <Title order={3} size="h4" id={`project-${project.id}`}>
          <Anchor component={Link} to={`/projects/${project.id}`}>
            {project.name}
          </Anchor>
        </Title>
        <Text size="sm" c="dimmed">
          {t('projects.carrier')}: {project.carrier}
        </Text>
        <Group gap={6} aria-label={t('projects.districts')}>
          {project.districts.map((ags) => (
            <Badge key={ags} variant="light">
              {districts.get(ags) ?? ags}
            </Badge>
          ))}
        </Group>
        <ProjectContact project={project} />
      </Stack>
    </Card>
  );
}
