import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '@/lib/auth';

/** The public start page: what the programme is, and where immigrants, employers and staff go. */
export function PublicHome() {
  const { t } = useTranslation('public');
  const auth = useAuth();
  return (
    <Stack gap="lg">
      <Stack gap="sm" maw={760}>
        <Title order={1} size="h2">
          {t('home.heading')}
        </Title>
        <Text>{t('home.intro')}</Text>
      </Stack>
      <div className="amm-grid amm-grid-3">
        <Card withBorder component="section" aria-labelledby="home-immigrants">
          <Stack gap="xs">
            <Title order={2} size="h4" id="home-immigrants">
              {t('home.forImmigrants')}
            </Title>
            <Button component={Link} to="/mentor" variant="light">
              {t('nav.mentor')}
            </Button>
            <Button component={Link} to="/services" variant="light">
              {t('nav.services')}
            </Button>
          </Stack>
        </Card>
        <Card withBorder component="section" aria-labelledby="home-employers">
          <Stack gap="xs">
            <Title order={2} size="h4" id="home-employers">
              {t('home.forEmployers')}
            </Title>
            <Button component={Link} to="/fachkraefte" variant="light">
              {t('nav.employers')}
            </Button>
            <Button component={Link} to="/map" variant="light">
              {t('nav.map')}
            </Button>
          </Stack>
        </Card>
        <Card withBorder component="section" aria-labelledby="home-staff">
          <Stack gap="xs">
            <Title order={2} size="h4" id="home-staff">
              {t('home.staff')}
            </Title>
            <Text size="sm">{t('home.staffHint')}</Text>
            <Group>
              <Button onClick={auth.login}>{t('home.login')}</Button>
              <Button component={Link} to="/projects" variant="subtle">
                {t('nav.projects')}
              </Button>
            </Group>
          </Stack>
        </Card>
      </div>
    </Stack>
  );
}
