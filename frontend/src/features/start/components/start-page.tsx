import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage, Loading } from '@/components/ui/query-state';
import { canSeeAllProjects, rolesOf } from '@/lib/authorization';
import { useMe } from '@/lib/me';

/** The signed-in start page: who you are, your roles and the projects you work in. */
export function StartPage() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorMessage error={me.error} onRetry={() => void me.refetch()} />;
  const { name, username, roles, projects } = me.data;
  return (
    <Stack gap="lg">
      <Title order={2}>{t('start.greeting', { name: name ?? username })}</Title>
      <Group gap="xs" aria-label={t('start.yourRoles')}>
        <Text fw={600}>{t('start.yourRoles')}:</Text>
        {roles.map((role) => (
          <Badge key={role}>{t(`roles.${role}`, { defaultValue: role })}</Badge>
        ))}
      </Group>
      <Stack gap="sm">
        <Title order={3}>{t('start.yourProjects')}</Title>
        {projects.length === 0 && (
          <Text>
            {canSeeAllProjects(rolesOf(roles)) ? (
              <Anchor component={Link} to="/projects">
                {t('start.noProjectsCoordination')}
              </Anchor>
            ) : (
              t('start.noProjects')
            )}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {projects.map((project) => (
            <Card key={project.id} withBorder component="article">
              <Stack gap={4}>
                <Anchor component={Link} to={`/projects/${project.id}`} fw={600}>
                  {project.name}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {t('start.roleInProject', {
                    role: t(`roles.${project.role}`, { defaultValue: project.role }),
                  })}
                </Text>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      </Stack>
    </Stack>
  );
}
