import { Anchor, Group, Text } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { apiDocsUrl } from '@/config/runtime-config';
import { useAuth } from '@/lib/auth';
import { LANGUAGES, PUBLIC_LANGUAGES } from '@/lib/i18n';
import { LanguageSwitch } from './language-switch';
import { UserMenu } from './user-menu';

export type NavItem = { to: string; label: string };

/**
 * The frame of every screen: header with language and login, navigation that later features extend, and a footer
 * with the legal pages. Public pages offer six languages, staff screens German and English. Plain elements and a
 * few lines of CSS (index.css), so that the first page a visitor opens loads little code; on a phone the navigation
 * opens from a button in the header.
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
  const [opened, setOpened] = useState(false);
  const location = useLocation();
  const docsUrl = useApiDocsUrl(auth.authenticated);
  const isCurrent = (to: string) =>
    to === '/' ? location.pathname === '/' : location.pathname.startsWith(to);
  return (
    <div className="amm-shell">
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <header className="amm-header">
        <Group gap="sm" wrap="nowrap">
          <button
            type="button"
            className="amm-nav-toggle"
            aria-expanded={opened}
            aria-controls="amm-navigation"
            aria-label={t('nav.toggleNavigation')}
            onClick={() => setOpened((open) => !open)}
          >
            <span aria-hidden="true" />
          </button>
          <Anchor component={Link} to="/" underline="never" c="inherit">
            <Text fw={700} size="lg" component="span" className="amm-brand">
              {t('app.title')}
            </Text>
            <Text size="xs" c="dimmed" className="amm-subtitle">
              {t('app.subtitle')}
            </Text>
          </Anchor>
        </Group>
        <Group gap="md" wrap="nowrap">
          <LanguageSwitch languages={publicPage ? PUBLIC_LANGUAGES : LANGUAGES} />
          <UserMenu />
        </Group>
      </header>
      <nav
        id="amm-navigation"
        className="amm-nav"
        data-open={opened || undefined}
        aria-label={t('nav.mainNavigation')}
      >
        <ul className="amm-plain-list">
          {nav.map((item) => (
            <li key={item.to}>
              <Link
                to={item.to}
                className="amm-nav-link"
                aria-current={isCurrent(item.to) ? 'page' : undefined}
                onClick={() => setOpened(false)}
              >
                {item.label}
              </Link>
            </li>
          ))}
          {auth.authenticated && docsUrl && (
            <li>
              <a className="amm-nav-link" href={docsUrl} target="_blank" rel="noreferrer">
                {t('nav.apiDocs')}
              </a>
            </li>
          )}
        </ul>
      </nav>
      <main id="main" tabIndex={-1} className="amm-main">
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
      </main>
    </div>
  );
}

/** The API documentation's address for signed-in staff; null until known, and where the deployment has none. */
function useApiDocsUrl(authenticated: boolean): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!authenticated) return;
    let current = true;
    void apiDocsUrl().then((found) => {
      if (current) setUrl(found);
    });
    return () => {
      current = false;
    };
  }, [authenticated]);
  return authenticated ? url : null;
}
