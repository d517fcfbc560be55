import { Center, Loader } from '@mantine/core';
import { PublicNotice } from '@/components/ui/public-fields';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';

export function PublicLoading() {
  const { t } = useTranslation('public');
  return (
    <Center py="md" role="status" aria-live="polite">
      <Loader size="sm" aria-label={t('common.loading')} />
    </Center>
  );
}

export function PublicError({ onRetry }: { onRetry?: () => void }) {
  const { t } = useTranslation('public');
  return (
    <PublicNotice tone="error" title={t('common.error')}>
      {onRetry && (
        <button type="button" className="amm-button amm-button-light amm-notice-action" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </PublicNotice>
  );
}

/** A field error of the server in the page's language (the public pages' own texts), by its stable code. */
export function useFieldError() {
  const { t, i18n } = useTranslation('public');
  return (error: unknown, field: string): string | undefined => {
    if (!(error instanceof ApiError)) return undefined;
    const found = error.problem?.errors?.find((e) => e.field === field);
    if (!found) return undefined;
    const key = `fieldErrors.${found.code}`;
    return i18n.exists(key, { ns: 'public' }) ? t(key, found.params ?? {}) : t('fieldErrors.invalid');
  };
}
