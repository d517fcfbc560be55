import Keycloak from 'keycloak-js';
import { createContext, useContext, type ReactNode } from 'react';
import type { RuntimeConfig } from '@/config/runtime-config';

export type Auth = {
  authenticated: boolean;
  name?: string;
  username?: string;
  roles: string[];
  login: () => void;
  logout: () => void;
  /** A fresh access token (refreshed when it expires within 30 s), or undefined when logged out. */
  token: () => Promise<string | undefined>;
};

const APP_ROLES = ['mentor', 'project_lead', 'coordinator', 'ministry', 'admin', 'integration'];

export const anonymous: Auth = {
  authenticated: false,
  roles: [],
  login: () => undefined,
  logout: () => undefined,
  token: async () => undefined,
};

/**
 * Logs in with Keycloak: authorization code flow with PKCE, tokens kept in memory only (keycloak-js),
 * refreshed silently before they expire. An existing Keycloak session is picked up without a redirect.
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
    name: parsed?.name,
    username: parsed?.preferred_username,
    roles: (parsed?.groups ?? []).filter((role) => APP_ROLES.includes(role)),
    login: () => void keycloak.login({ redirectUri: window.location.href }),
    logout: () => void keycloak.logout({ redirectUri: window.location.origin + '/' }),
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

const AuthContext = createContext<Auth>(anonymous);

export function AuthProvider({ value, children }: { value: Auth; children: ReactNode }) {
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  return useContext(AuthContext);
}

export function hasAnyRole(auth: Auth, ...roles: string[]): boolean {
  return roles.some((role) => auth.roles.includes(role));
}
