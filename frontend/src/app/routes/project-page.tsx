import { Divider, Stack } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useParams } from 'react-router';
import { ProjectDetails } from '@/features/projects/components/project-details';
import { useAuth } from '@/lib/auth';
import { canManageTeam, canSeeTeam, canSeeTeams, rolesOf } from '@/lib/authorization';
import { useMe } from '@/lib/me';

// the team and its forms load with their own chunk: the public never sees them
const TeamPanel = lazy(async () => ({
  default: (await import('@/features/team/components/team-panel')).TeamPanel,
}));

/** A project's public profile, and its team for the project's own staff and the coordination entity. */
export function ProjectPage() {
  const { projectId = '' } = useParams();
  const auth = useAuth();
  const mayUseTeams = auth.authenticated && canSeeTeams(auth.roles);
  return (
    <Stack gap="lg">
      <ProjectDetails projectId={projectId} />
      {mayUseTeams && <ProjectTeam projectId={projectId} />}
    </Stack>
  );
}

function ProjectTeam({ projectId }: { projectId: string }) {
  const me = useMe();
  if (!me.data) return null;
  const roles = rolesOf(me.data.roles);
  const roleInProject = me.data.projects.find((project) => project.id === projectId)?.role;
  if (!canSeeTeam(roles, roleInProject)) return null;
  return (
    <>
      <Divider />
      <Suspense fallback={null}>
        <TeamPanel projectId={projectId} canManage={canManageTeam(roles, roleInProject)} />
      </Suspense>
    </>
  );
}
