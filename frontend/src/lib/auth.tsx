import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { loadRuntimeConfig } from '@/config/runtime-config';
import { setTokenSource } from '@/lib/api-client';
import { loadStaffTexts } from '@/lib/i18n';
import type { Role } from '@/lib/authorization';

export type Auth = {
  authenticated: boolean;
  /** idle: the login service was not asked (public pages); pending: it is being asked; ready: it answered. */
  status: 'idle' | 'pending' | 'ready';
  name?: string;
  username?: string;
  /** The app's roles of the user (policies in lib/authorization decide what they may do). */
  roles: Role[];
  login: () => void;
  logout: () => void;
  /** Asks the login service whether someone is signed in (staff screens do; public pages never wait for it). */
  start: () => Promise<void>;
  /** A fresh access token (refreshed when it expires within 30 s), or undefined when logged out. */
  token: () => Promise<string | undefined>;
};

export const anonymous: Auth = {
  authenticated: false,
  status: 'ready',
  roles: [],
  login: () => undefined,
  logout: () => undefined,
  start: async () => undefined,
  token: async () => undefined,
};

/** Set while a staff session may exist in this browser (all its tabs), so that a public page picks the session up again. */
const SESSION_HINT = 'amm.staffSession';

const AuthContext = createContext<Auth>(anonymous);

export function AuthProvider({ value, children }: { value: Auth; children: ReactNode }) {
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  return useContext(AuthContext);
}

/** Whether the address is Keycloak's answer to a login (the code in the fragment). */
const isLoginAnswer = () => /[#&](state|code)=/.test(window.location.hash);

/**
 * The login, started lazily: keycloak-js is loaded and asked only when a staff screen needs it, the user clicks
 * "log in", or a staff session may exist (a hint in the session storage, or Keycloak's answer in the address).
 */
export function LazyAuthProvider({ children }: { children: ReactNode }) {
  const [auth, setAuth] = useState<Auth>({ ...anonymous, status: 'idle' });
  const started = useRef<Promise<Auth> | null>(null);

  const begin = useCallback((): Promise<Auth> => {
    if (!started.current) {
      setAuth((current) => ({ ...current, status: 'pending' }));
      started.current = (async () => {
        try {
          const [{ startKeycloak }, config] = await Promise.all([
            import('./keycloak'),
            loadRuntimeConfig(),
            // the staff screens' texts come with the login: a visitor never loads them
            loadStaffTexts(),
          ]);
          const signedIn = await startKeycloak(config);
          if (signedIn.authenticated) window.localStorage.setItem(SESSION_HINT, '1');
          else window.localStorage.removeItem(SESSION_HINT);
          setTokenSource(signedIn.token);
          return signedIn;
        } catch (error) {
          // The public pages work without the login service; the login button then retries.
          console.warn('Login service not reachable', error);
          return { ...anonymous, login: () => window.location.reload() };
        }
      })().then((result) => {
        setAuth({ ...result, start: async () => undefined });
        return result;
      });
    }
    return started.current;
  }, []);

  useEffect(() => {
    if (window.localStorage.getItem(SESSION_HINT) || isLoginAnswer()) void begin();
  }, [begin]);

  const value = useMemo<Auth>(
    () =>
      auth.status === 'ready'
        ? auth
        : {
            ...auth,
            start: async () => void (await begin()),
            login: () => void begin().then((ready) => ready.login()),
          },
    [auth, begin],
  );
  return <AuthProvider value={value}>{children}</AuthProvider>;
}
