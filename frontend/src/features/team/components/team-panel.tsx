import { Alert, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading } from '@/components/ui/query-state';
import { errorMessageKey } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { useMembers, type Member } from '@/lib/members';
import { useRemoveMember } from '../api/remove-member';
import { AddMemberForm, type AddedResult } from './add-member-form';

/** The project's team; the coordination entity and the project's lead add and remove members. */
export function TeamPanel({ projectId, canManage }: { projectId: string; canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const members = useMembers(projectId);
  const removeMember = useRemoveMember(projectId);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Member | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const added = (result: AddedResult) => {
    setAdding(false);
    const account = result.created
      ? t('team.accountCreated', { username: result.username, password: result.initialPassword })
      : t('team.accountLinked', { username: result.username });
    setNotice(`${t('team.added', { name: result.name })} ${account}`);
  };

  const confirmRemove = async () => {
    if (!removing) return;
    await removeMember.mutateAsync(removing.personId);
    setNotice(t('team.removed', { name: removing.name }));
    setRemoving(null);
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="team-heading">
      <Group justify="space-between">
        <Title order={3} id="team-heading">
          {t('team.heading')}
        </Title>
        {canManage && <Button onClick={() => setAdding(true)}>{t('team.add')}</Button>}
      </Group>
      {notice && (
        <Alert color="green" role="status" withCloseButton onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      {members.isPending && <Loading />}
      {members.isError && <ErrorMessage error={members.error} onRetry={() => void members.refetch()} />}
      {members.data && members.data.length === 0 && <Text>{t('team.empty')}</Text>}
      {members.data && members.data.length > 0 && (
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('team.name')}</Table.Th>
              <Table.Th scope="col">{t('team.role')}</Table.Th>
              <Table.Th scope="col">{t('team.email')}</Table.Th>
              <Table.Th scope="col">{t('team.since')}</Table.Th>
              <Table.Th scope="col">{t('team.account')}</Table.Th>
              {canManage && (
                <Table.Th scope="col">
                  <span className="visually-hidden">{t('team.remove')}</span>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.data.map((member) => (
              <Table.Tr key={member.personId}>
                <Table.Td>{member.name}</Table.Td>
                <Table.Td>{t(`roles.${member.role}`)}</Table.Td>
                <Table.Td>{member.email}</Table.Td>
                <Table.Td>{formatDate(member.startedOn, i18n.language)}</Table.Td>
                <Table.Td>{member.hasAccount ? t('team.hasAccount') : t('team.noAccount')}</Table.Td>
                {canManage && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => setRemoving(member)}
                      aria-label={`${t('team.remove')}: ${member.name}`}
                    >
                      {t('team.remove')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={adding} onClose={() => setAdding(false)} title={t('team.addHeading')}>
        <AddMemberForm projectId={projectId} onDone={added} onCancel={() => setAdding(false)} />
      </Modal>
      <Modal opened={removing !== null} onClose={() => setRemoving(null)} title={t('team.remove')}>
        <Stack>
          <Text>{removing && t('team.removeConfirm', { name: removing.name })}</Text>
          {removeMember.isError && (
            <Alert color="red" role="alert">
              {t(errorMessageKey(removeMember.error))}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRemoving(null)}>
              {t('team.cancel')}
            </Button>
            <Button
              color="red"
              loading={removeMember.isPending}
              onClick={() => void confirmRemove().catch(() => undefined)}
            >
              {t('team.remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
