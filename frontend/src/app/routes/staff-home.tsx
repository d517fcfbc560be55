import { Stack } from '@mantine/core';
import { CaseloadTable } from '@/features/caseload/components/caseload-table';
import { DataProtectionOverview } from '@/features/data-protection/components/data-protection-overview';
import { StartPage } from '@/features/start/components/start-page';
import { useAuth } from '@/lib/auth';
import { canManageRetention, hasCaseload } from '@/lib/authorization';

/**
 * The signed-in start page: who you are, your projects and, for mentors and leads, the caseload; for the
 * data-protection officer and the operator, the data-protection desk.
 */
export default function StaffHome() {
  const auth = useAuth();
  return (
    <Stack gap="xl">
      <StartPage />
      {hasCaseload(auth.roles) && <CaseloadTable />}
      {canManageRetention(auth.roles) && <DataProtectionOverview heading={false} />}
    </Stack>
  );
}
