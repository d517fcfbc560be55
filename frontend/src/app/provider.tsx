import { createTheme, DirectionProvider, MantineProvider, useDirection } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';
import { AuthProvider, type Auth } from '@/lib/auth';
import { directionOf } from '@/lib/i18n';

const theme = createTheme({ primaryColor: 'blue', defaultRadius: 'md' });

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // 4xx answers do not get better by asking again
        retry: (failures, error) =>
          failures < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      },
    },
  });
}

/** Right to left for Arabic and Farsi: the document's dir attribute and Mantine's components follow the language. */
function FollowLanguageDirection() {
  const { i18n } = useTranslation();
  const { setDirection } = useDirection();
  const direction = directionOf(i18n.language);
  useEffect(() => setDirection(direction), [direction, setDirection]);
  return null;
}

export function AppProvider({
  auth,
  queryClient: given,
  children,
}: {
  /** A fixed login (tests); the app itself starts the login lazily (LazyAuthProvider). */
  auth?: Auth;
  queryClient?: QueryClient;
  children: ReactNode;
}) {
  const [queryClient] = useState(() => given ?? createQueryClient());
  const { i18n } = useTranslation();
  return (
    <DirectionProvider initialDirection={directionOf(i18n.language)} detectDirection={false}>
      <FollowLanguageDirection />
      <MantineProvider theme={theme} env={import.meta.env.MODE === 'test' ? 'test' : 'default'}>
        <QueryClientProvider client={queryClient}>
          {auth ? <AuthProvider value={auth}>{children}</AuthProvider> : children}
        </QueryClientProvider>
      </MantineProvider>
    </DirectionProvider>
  );
}
