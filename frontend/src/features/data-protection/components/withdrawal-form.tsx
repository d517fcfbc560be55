import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CodeCheckboxesField } from '@/components/ui/form/checkbox-group-field';
import { DateField } from '@/components/ui/form/date-field';
import { RecordForm } from '@/components/ui/form/record-form';
import { useRecordForm, type SaveMutation } from '@/components/ui/form/use-record-form';
import { useCodeLabel } from '@/lib/code-lists';
import { COUNSELLING, type ConsentScope } from '@/lib/consent';
import type { SaveRequest } from '@/lib/form';
import { formatDate } from '@/lib/format';
import {
  useWithdrawConsent,
  withdrawalFormValues,
  withdrawalSchema,
  type ConsentWithdrawn,
  type WithdrawalValues,
} from '../api/withdraw-consent';

/** The user went back from the confirmation: nothing was sent. */
class NotConfirmed extends Error {}

type Asking = {
  request: SaveRequest<WithdrawalValues>;
  resolve: (result: ConsentWithdrawn) => void;
  reject: (error: unknown) => void;
};

/**
 * Records a withdrawal of consent, after a confirmation that says what follows: withdrawing the consent to
 * counselling (the processing itself) withdraws every scope, ends the open cases and anonymises the mentee.
 */
export function WithdrawalForm({
  menteeId,
  inForce,
  onDone,
  onCancel,
}: {
  menteeId: string;
  inForce: readonly ConsentScope[];
  onDone: (result: ConsentWithdrawn) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const label = useCodeLabel();
  const withdraw = useWithdrawConsent(menteeId);
  const [asking, setAsking] = useState<Asking | null>(null);
  // the form sends through the confirmation: a request waits there until the user confirms or goes back
  const confirmed: SaveMutation<WithdrawalValues, ConsentWithdrawn> = {
    mutateAsync: (request) =>
      new Promise<ConsentWithdrawn>((resolve, reject) => setAsking({ request, resolve, reject })),
    error: withdraw.error,
    isPending: withdraw.isPending || asking !== null,
  };
  const record = useRecordForm({
    schema: withdrawalSchema(t),
    defaultValues: withdrawalFormValues(),
    mutation: confirmed,
    onSaved: onDone,
  });
  const control = record.form.control;

  const confirm = () => {
    if (!asking) return;
    withdraw.mutateAsync(asking.request).then(asking.resolve, asking.reject);
    setAsking(null);
  };
  const back = () => {
    asking?.reject(new NotConfirmed());
    setAsking(null);
  };
  const erasing = asking?.request.values.scopes.includes(COUNSELLING) ?? false;

  return (
    <>
      <RecordForm record={record} onCancel={onCancel} submitLabel={t('consent.withdraw')}>
        <Text size="sm">{t('consent.withdrawalHint')}</Text>
        <CodeCheckboxesField
          control={control}
          name="scopes"
          label={t('consent.scopesWithdrawn')}
          list="consentScope"
          only={inForce}
          required
        />
        <DateField
          control={control}
          name="withdrawnOn"
          label={t('consent.withdrawnOn')}
          notAfterToday
          required
        />
      </RecordForm>
      <Modal opened={asking !== null} onClose={back} title={t('consent.confirmWithdrawalTitle')} zIndex={400}>
        {asking && (
          <Stack>
            <Text>
              {t('consent.confirmWithdrawal', {
                date: formatDate(asking.request.values.withdrawnOn, i18n.language),
              })}
            </Text>
            <List size="sm">
              {asking.request.values.scopes.map((scope) => (
                <List.Item key={scope}>{label('consentScope', scope)}</List.Item>
              ))}
            </List>
            {erasing && (
              <Alert color="red" role="note" title={t('consent.erasureWarningTitle')}>
                {t('consent.erasureWarning')}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={back}>
                {t('common.back')}
              </Button>
              <Button color="red" onClick={confirm}>
                {erasing ? t('consent.confirmWithdrawAndAnonymise') : t('consent.confirmWithdraw')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
