import { act, screen, waitFor } from '@testing-library/react';
import i18n from 'i18next';
import { forgetRuntimeConfig } from '@/config/runtime-config';
import { onApi, requests } from '@/testing/mock-api';
import { renderApp, signedIn } from '@/testing/test-utils';

const CONFIG = { keycloakUrl: 'http://localhost:8180', realm: 'amm', clientId: 'amm-spa' };

describe('the staff menu’s link to the API documentation', () => {
  beforeEach(() => forgetRuntimeConfig());

  it('leads where the deployment serves the documentation', async () => {
    onApi('GET /config.json', { body: { ...CONFIG, apiDocsUrl: '/q/swagger-ui/' } });
    renderApp('/', signedIn(['mentor']));

    const link = await screen.findByRole('link', { name: 'API-Dokumentation' });
    expect(link).toHaveAttribute('href', '/q/swagger-ui/');
  });

  it('is not shown where the deployment serves none', async () => {
    onApi('GET /config.json', { body: CONFIG });
    renderApp('/', signedIn(['mentor']));

    await waitFor(() =>
      expect(requests.some((request) => new URL(request.url).pathname === '/config.json')).toBe(true),
    );
    await screen.findByRole('navigation', { name: /Hauptnavigation|Navigation/ });
    // the answer is read and the menu rendered again (with a link, had the answer named one)
    await act(() => new Promise((settled) => setTimeout(settled, 50)));
    expect(screen.queryByRole('link', { name: 'API-Dokumentation' })).not.toBeInTheDocument();
  });

  it('is not shown to visitors who are not signed in', async () => {
    onApi('GET /config.json', { body: { ...CONFIG, apiDocsUrl: '/q/swagger-ui/' } });
    renderApp('/');

    await screen.findByRole('navigation', { name: /Hauptnavigation|Navigation/ });
    expect(screen.queryByRole('link', { name: 'API-Dokumentation' })).not.toBeInTheDocument();
  });
});

describe('the header of the public pages', () => {
  it.each([
    ['de', 'Anmelden'],
    ['ar', 'تسجيل الدخول'],
    ['uk', 'Увійти'],
    ['fa', 'ورود'],
    ['ru', 'Войти'],
  ])('names the login in %s, the language shown', async (language, login) => {
    // the visitor's chosen language, as the language menu keeps it
    window.localStorage.setItem('amm.language', language);
    await act(() => i18n.changeLanguage(language));
    renderApp('/impressum');

    expect(await screen.findAllByRole('button', { name: login })).not.toHaveLength(0);
  });
});
