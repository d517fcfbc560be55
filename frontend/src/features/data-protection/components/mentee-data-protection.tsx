import { Stack } from '@mantine/core';
import type { components } from '@/api/generated/schema';
import { useAuth } from '@/lib/auth';
import {
  canAnswerDataSubjectRequests,
  canDeleteMentee,
  canReadConsentForm,
  canSeeConsent,
  canWithdrawConsent,
  worksOnCasesIn,
} from '@/lib/authorization';
import { useMe } from '@/lib/me';
import { ConsentSection } from './consent-section';
import { SubjectRequests } from './subject-requests';

type Mentee = components['schemas']['Mentee'];

/**
 * The data protection part of the mentee page: the consent (to the mentee's projects' staff, the coordination
 * entity read-only), and the answers to access and erasure requests (to a lead of one of the mentee's
 * projects).
 */
export function MenteeDataProtection({ mentee }: { mentee: Mentee }) {
  const auth = useAuth();
  const me = useMe();
  const memberships = (me.data?.projects ?? []).filter((project) => mentee.projectIds.includes(project.id));
  const staff = memberships.length > 0;
  const worksOnCases = memberships.some(worksOnCasesIn);
  const leads = memberships.some((project) => project.role === 'project_lead');
  const leadsRegistering = memberships.some(
    (project) => project.role === 'project_lead' && project.id === mentee.projectId,
  );
  const open = mentee.anonymisedOn === null;
  return (
    <Stack gap="lg">
      {canSeeConsent(auth.roles) && (
        <ConsentSection
          menteeId={mentee.id}
          may={{
            declare: staff && open && !mentee.restricted,
            withdraw: open && canWithdrawConsent(auth.roles, staff),
            uploadForm: open && worksOnCases,
            readForm: canReadConsentForm(auth.roles, worksOnCases),
          }}
        />
      )}
      {canAnswerDataSubjectRequests(auth.roles, leads) && (
        <SubjectRequests
          menteeId={mentee.id}
          version={mentee.version}
          anonymisedOn={mentee.anonymisedOn}
          mayDelete={canDeleteMentee(auth.roles, leadsRegistering)}
        />
      )}
    </Stack>
  );
}
