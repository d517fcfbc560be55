import { Anchor, AppShell, Burger, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useAuth } from '@/lib/auth';
import { LANGUAGES, PUBLIC_LANGUAGES } from '@/lib/i18n';
import { LanguageSwitch } from './language-switch';
import { UserMenu } from './user-menu';

export type NavItem = { to: string; label: string };

/**
 * The frame of every screen: header with language and login, navigation that later features extend, and a footer
 * with the legal pages. Public pages offer six languages, staff screens German and English.
 */
export function AppLayout({
  nav,
  publicPage = false,
  children,
}: {
  nav: NavItem[];
  publicPage?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { t: tp } = useTranslation('public');
  const auth = useAuth();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.toggleNavigation')}
            />
            <Anchor component={Link} to="/" underline="never" c="inherit">
              <Text fw={700} size="lg" component="span" className="amm-brand">
                {t('app.title')}
              </Text>
              <Text size="xs" c="dimmed" visibleFrom="xs">
                {t('app.subtitle')}
              </Text>
            </Anchor>
          </Group>
          <Group gap="md" wrap="nowrap">
            <LanguageSwitch languages={publicPage ? PUBLIC_LANGUAGES : LANGUAGES} />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.mainNavigation')}>
        {nav.map((item) => (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={item.label}
            active={item.to === '/' ? location.pathname === '/' : location.pathname.startsWith(item.to)}
            onClick={close}
          />
        ))}
        {auth.authenticated && (
          <NavLink href="/q/swagger-ui/" label={t('nav.apiDocs')} target="_blank" rel="noreferrer" />
        )}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        {children}
        <footer className="amm-footer">
          <nav aria-label={tp('footer.label')}>
            <Group gap="lg" component="ul" className="amm-plain-list">
              <li>
                <Anchor component={Link} to="/impressum" size="sm">
                  {tp('footer.imprint')}
                </Anchor>
              </li>
              <li>
                <Anchor component={Link} to="/datenschutz" size="sm">
                  {tp('footer.privacy')}
                </Anchor>
              </li>
              <li>
                <Anchor component={Link} to="/barrierefreiheit" size="sm">
                  {tp('footer.accessibility')}
                </Anchor>
              </li>
            </Group>
          </nav>
          <Text size="xs" c="dimmed">
            {tp('footer.programme')}
          </Text>
        </footer>
      </AppShell.Main>
    </AppShell>
  );
}
