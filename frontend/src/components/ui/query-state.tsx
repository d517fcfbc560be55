import { Center, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

export function Loading() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader size="sm" aria-label={t('common.loading')} />
    </Center>
  );
}

// the error's code (alert, field messages, code lists) is a chunk of its own: pages that go well never load it
const LoadedErrorMessage = lazy(() => import('./error-message'));

/**
 * A failed query or action; what the server said about it (its field messages in the UI language, or else the
 * problem's detail) below the title.
 */
export function ErrorMessage(props: { error: unknown; onRetry?: () => void }) {
  return (
    <Suspense fallback={null}>
      <LoadedErrorMessage {...props} />
    </Suspense>
  );
}
