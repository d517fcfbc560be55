import { Divider, Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { ProjectDetails } from '@/features/projects/components/project-details';
import { useMe } from '@/lib/me';
import { TeamPanel } from '@/features/team/components/team-panel';
import { hasAnyRole, useAuth } from '@/lib/auth';

/** A project's public profile, and its team for the project's own staff and the coordination entity. */
export function ProjectPage() {
  const { projectId = '' } = useParams();
  const auth = useAuth();
  const mayUseTeams = auth.authenticated && hasAnyRole(auth, 'mentor', 'project_lead', 'coordinator');
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
  const membership = me.data.projects.find((project) => project.id === projectId);
  const coordinator = me.data.roles.includes('coordinator');
  if (!membership && !coordinator) return null;
  return (
    <>
      <Divider />
      <TeamPanel projectId={projectId} canManage={coordinator || membership?.role === 'project_lead'} />
    </>
  );
}
