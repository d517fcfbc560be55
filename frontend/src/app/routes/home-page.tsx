import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StartPage } from '@/features/start/components/start-page';
import { useAuth } from '@/lib/auth';

export function HomePage() {
  const { t } = useTranslation();
  const auth = useAuth();
  if (auth.authenticated) return <StartPage />;
  return (
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
  );
}
