import { Stack } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Loading } from '@/components/ui/query-state';
import { PublicHome } from '@/features/public/components/public-home';
import { PublicKeyResults } from '@/features/statistics/components/public-key-results';
import { useAuth } from '@/lib/auth';

// the signed-in start page (caseload and projects) loads with its own chunk
const StaffHome = lazy(() => import('./staff-home'));

export function HomePage() {
  const auth = useAuth();
  if (auth.authenticated) {
    return (
      <Suspense fallback={<Loading />}>
        <StaffHome />
      </Suspense>
    );
  }
  return (
    <Stack gap="xl">
      <PublicHome />
      <PublicKeyResults />
    </Stack>
  );
}
