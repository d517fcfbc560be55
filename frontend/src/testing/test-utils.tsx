import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/router';
import { anonymous, type Auth } from '@/lib/auth';
import type { Role } from '@/lib/authorization';

export function signedIn(roles: Role[], name = 'Lena Hoffmann'): Auth {
  return { ...anonymous, authenticated: true, name, roles, token: async () => 'test-token' };
}

// Tests see the first answer: no retries that would only slow a failing call down.
const testQueryClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

/** Renders the whole app at a URL, as a user would open it; `router` tells where the user is now. */
export function renderApp(url: string, auth: Auth = anonymous) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const result = render(
    <AppProvider auth={auth} queryClient={testQueryClient()}>
      <RouterProvider router={router} />
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
