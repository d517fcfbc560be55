import { Card, Group, Stack, Text, Title } from '@mantine/core';
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
            <Link to="/mentor" className="amm-button amm-button-light">
              {t('nav.mentor')}
            </Link>
            <Link to="/services" className="amm-button amm-button-light">
              {t('nav.services')}
            </Link>
          </Stack>
        </Card>
        <Card withBorder component="section" aria-labelledby="home-employers">
          <Stack gap="xs">
            <Title order={2} size="h4" id="home-employers">
              {t('home.forEmployers')}
            </Title>
            <Link to="/fachkraefte" className="amm-button amm-button-light">
              {t('nav.employers')}
            </Link>
            <Link to="/map" className="amm-button amm-button-light">
              {t('nav.map')}
            </Link>
          </Stack>
        </Card>
        <Card withBorder component="section" aria-labelledby="home-staff">
          <Stack gap="xs">
            <Title order={2} size="h4" id="home-staff">
              {t('home.staff')}
            </Title>
            <Text size="sm">{t('home.staffHint')}</Text>
            <Group>
              <button type="button" className="amm-button" onClick={auth.login}>
                {t('home.login')}
              </button>
              <Link to="/projects" className="amm-button amm-button-subtle">
                {t('nav.projects')}
              </Link>
            </Group>
          </Stack>
        </Card>
      </div>
    </Stack>
  );
}
