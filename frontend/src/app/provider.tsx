import { createTheme, MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ApiError } from '@/lib/api-client';
import { AuthProvider, type Auth } from '@/lib/auth';

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

export function AppProvider({
  auth,
  queryClient: given,
  children,
}: {
  auth: Auth;
  queryClient?: QueryClient;
  children: ReactNode;
}) {
  const [queryClient] = useState(() => given ?? createQueryClient());
  return (
    <MantineProvider theme={theme} env={import.meta.env.MODE === 'test' ? 'test' : 'default'}>
      <QueryClientProvider client={queryClient}>
        <AuthProvider value={auth}>{children}</AuthProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
