import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { useEffect, type ReactNode } from 'react';
import { MemoryRouter, useLocation, type Location } from 'react-router';
import { AppProvider } from '@/app/provider';
import { AppRoutes } from '@/app/router';
import { anonymous, type Auth } from '@/lib/auth';
import type { Role } from '@/lib/authorization';

export function signedIn(roles: Role[], name = 'Lena Hoffmann'): Auth {
  return { ...anonymous, authenticated: true, name, roles, token: async () => 'test-token' };
}

// Tests see the first answer: no retries that would only slow a failing call down.
const testQueryClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

type Where = { state: { location: Location } };

/** Tells where the user is now. */
function FollowLocation({ onChange }: { onChange: (location: Location) => void }) {
  const location = useLocation();
  useEffect(() => onChange(location), [location, onChange]);
  return null;
}

/** Renders the whole app at a URL, as a user would open it; `router` tells where the user is now. */
export function renderApp(url: string, auth: Auth = anonymous) {
  const start = new URL(url, 'http://localhost');
  const router: Where = {
    state: {
      location: {
        pathname: start.pathname,
        search: start.search,
        hash: start.hash,
        state: null,
        key: 'default',
      },
    },
  };
  // where the user is now, as a data router's state would tell it
  const follow = (location: Location) => {
    router.state.location = location;
  };
  const result = render(
    <AppProvider auth={auth} queryClient={testQueryClient()}>
      <MemoryRouter initialEntries={[url]}>
        <FollowLocation onChange={follow} />
        <AppRoutes />
      </MemoryRouter>
    </AppProvider>,
  );
  return { ...result, router };
}

export function renderWithProviders(ui: ReactNode, auth: Auth = anonymous) {
  return render(
    <AppProvider auth={auth} queryClient={testQueryClient()}>
      {ui}
    </AppProvider>,
  );
}
