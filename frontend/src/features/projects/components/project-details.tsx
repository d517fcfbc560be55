import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage, Loading } from '@/components/ui/query-state';
import { ApiError } from '@/lib/api-client';
import { districtNames, useDistricts } from '@/lib/districts';
import { useProject } from '../api/get-project';
import { ProjectContact } from './project-card';

export function ProjectDetails({ projectId }: { projectId: string }) {
  const { t, i18n } = useTranslation();
  const project = useProject(projectId);
  const names = districtNames(useDistricts().data);

  if (project.isPending) return <Loading />;
  if (project.isError) {
    if (project.error instanceof ApiError && project.error.status === 404) {
      return <Text role="alert">{t('projects.notFound')}</Text>;
    }
    return <ErrorMessage error={project.error} onRetry={() => void project.refetch()} />;
  }
  const p = project.data;
  return (
    <Stack gap="sm">
      <Anchor component={Link} to="/projects" size="sm">
        ← {t('projects.backToDirectory')}
      </Anchor>
      <Title order={2}>{p.name}</Title>
      <Text c="dimmed">
        {t('projects.carrier')}: {p.carrier}
      </Text>
      <Group gap={6}>
        <Text size="sm" fw={600}>
          {t('projects.districts')}:
        </Text>
        {p.districts.map((ags) => (
          <Badge key={ags} variant="light">
            {names.get(ags) ?? ags}
          </Badge>
        ))}
      </Group>
      <ProjectContact project={p} />
      {p.mentorPositions != null && (
        <Text size="sm">
          <Text span fw={600}>
            {t('projects.mentorPositions')}:{' '}
          </Text>
          {new Intl.NumberFormat(i18n.language).format(p.mentorPositions)}
        </Text>
      )}
    </Stack>
  );
}
