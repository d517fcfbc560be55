import { Alert, Button, Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '@/lib/api-client';

export function Loading() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader size="sm" aria-label={t('common.loading')} />
    </Center>
  );
}

export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" role="alert" title={t(errorMessageKey(error))}>
      {onRetry && (
        <Button variant="light" color="red" size="xs" onClick={onRetry}>
          {t('errors.reload')}
        </Button>
      )}
    </Alert>
  );
}
