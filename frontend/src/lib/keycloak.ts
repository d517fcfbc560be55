import Keycloak from 'keycloak-js';
import type { RuntimeConfig } from '@/config/runtime-config';
import type { Auth } from '@/lib/auth';
import { rolesOf } from '@/lib/authorization';

/**
 * Logs in with Keycloak: authorization code flow with PKCE, tokens kept in memory only (keycloak-js),
 * refreshed silently before they expire. An existing Keycloak session is picked up without a redirect.
 * Loaded on demand (its own chunk): public pages never wait for it.
 */
export async function startKeycloak(config: RuntimeConfig): Promise<Auth> {
  const keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
  await keycloak.init({
    onLoad: 'check-sso',
    pkceMethod: 'S256',
    silentCheckSsoRedirectUri: `${window.location.origin}/silent-check-sso.html`,
    checkLoginIframe: false,
  });
  keycloak.onTokenExpired = () => {
    keycloak.updateToken(30).catch(() => keycloak.clearToken());
  };
  const parsed = keycloak.tokenParsed as
    { name?: string; preferred_username?: string; groups?: string[] } | undefined;
  return {
    authenticated: Boolean(keycloak.authenticated),
    status: 'ready',
    name: parsed?.name,
    username: parsed?.preferred_username,
    roles: rolesOf(parsed?.groups ?? []),
    login: () => void keycloak.login({ redirectUri: window.location.href }),
    logout: () => void keycloak.logout({ redirectUri: window.location.origin + '/' }),
    start: async () => undefined,
    token: async () => {
      if (!keycloak.authenticated) return undefined;
      try {
        await keycloak.updateToken(30);
      } catch {
        keycloak.clearToken();
        return undefined;
      }
      return keycloak.token;
    },
  };
}
