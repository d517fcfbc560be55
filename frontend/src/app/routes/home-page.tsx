import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CaseloadTable } from '@/features/caseload/components/caseload-table';
import { StartPage } from '@/features/start/components/start-page';
import { PublicKeyResults } from '@/features/statistics/components/public-key-results';
import { hasAnyRole, useAuth } from '@/lib/auth';

export function HomePage() {
  const { t } = useTranslation();
  const auth = useAuth();
  if (auth.authenticated) {
    return (
      <Stack gap="xl">
        <StartPage />
        {hasAnyRole(auth, 'mentor', 'project_lead') && <CaseloadTable />}
      </Stack>
    );
  }
  return (
    <Stack gap="xl">
      <Stack gap="md" maw={720}>
        <Title order={2}>{t('welcome.heading')}</Title>
        <Text>{t('welcome.intro')}</Text>
        <Text>{t('welcome.staffHint')}</Text>
        <Group>
          <Button onClick={auth.login}>{t('auth.login')}</Button>
          <Button component={Link} to="/projects" variant="light">
            {t('welcome.toDirectory')}
          </Button>
        </Group>
      </Stack>
      <PublicKeyResults />
    </Stack>
  );
}
