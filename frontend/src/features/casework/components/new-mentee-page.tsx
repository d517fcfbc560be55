import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MenteeForm } from './mentee-form';

export function NewMenteePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Stack gap="md">
      <Title order={2}>{t('mentees.register')}</Title>
      <MenteeForm onSaved={(id) => void navigate(`/mentees/${id}`)} onCancel={() => void navigate(-1)} />
    </Stack>
  );
}
