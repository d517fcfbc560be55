import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessageKey } from '@/lib/api-client';
import { useParamCodeLabel } from '@/lib/code-lists';
import { fieldErrorText } from '@/lib/field-error-text';

/**
 * A failed query or action; what the server said about it (its field messages in the UI language, or else the
 * problem's detail) below the title.
 */
export default function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  // the field messages and labels are among the staff screens' texts: a visitor loads them when an error shows
  const { t, i18n } = useTranslation(['shared', 'translation']);
  const codeLabelOf = useParamCodeLabel();
  const problem = error instanceof ApiError ? error.problem : undefined;
  const fields = problem?.errors ?? [];
  const labelOf = (path: string) =>
    i18n.exists(`form.fieldLabels.${path}`) ? t(`form.fieldLabels.${path}`) : path;
  const details =
    fields.length > 0
      ? fields
          .map((field) => `${labelOf(field.field)}: ${fieldErrorText(field, i18n, undefined, codeLabelOf)}`)
          .join('; ')
      : problem?.detail;
  return (
    <Alert color="red" role="alert" title={t(errorMessageKey(error))}>
      <Stack gap="xs" align="flex-start">
        {details && <Text size="sm">{details}</Text>}
        {onRetry && (
          <Button variant="light" color="red" size="xs" onClick={onRetry}>
            {t('errors.reload')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
