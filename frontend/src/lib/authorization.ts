import type { components } from '@/api/generated/schema';

/**
 * Who may do what in the web app, by role. The server decides (and answers 403/404); these policies only
 * decide what the app offers, so that nobody is shown a button that the server would refuse.
 */

/** The realm roles of the app, as they arrive in the token's `groups` claim. */
export const ROLES = [
  'mentor',
  'project_lead',
  'coordinator',
  'ministry',
  'admin',
  'integration',
  'data_protection_officer',
] as const;
export type Role = (typeof ROLES)[number];

/** A person's role in one project's team. */
export type ProjectRole = components['schemas']['Member']['role'];

/** The roles a person can be given in a team through the app (integration clients are set up otherwise). */
export const TEAM_ROLES = ['mentor', 'project_lead'] as const satisfies readonly ProjectRole[];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** The app's roles among the given ones (a token or /me may name others, such as Keycloak's defaults). */
export function rolesOf(values: readonly string[]): Role[] {
  return values.filter(isRole);
}

type Policy = (roles: readonly Role[]) => boolean;

const anyOf =
  (...allowed: Role[]): Policy =>
  (roles) =>
    roles.some((role) => allowed.includes(role));

/** Lists mentees and employers: the projects' staff, and the coordination entity (pseudonymised). */
export const canSeeCaseRecords = anyOf('mentor', 'project_lead', 'integration', 'coordinator');

/** Registers and changes mentees, employers, cases and their records: the projects' own staff. */
export const canWorkOnCases = anyOf('mentor', 'project_lead', 'integration');

/** Has a caseload of their own: the mentors and leads of projects. */
export const hasCaseload = anyOf('mentor', 'project_lead');

/** Works through employers' enquiries from the public page: the projects' mentors and leads. */
export const canReadEnquiries = anyOf('mentor', 'project_lead');

/**
 * Maintains the directory of integration services: the coordination entity (every district) and project leads
 * (their projects' districts; the server says which).
 */
export const canMaintainDirectory = anyOf('coordinator', 'project_lead');

/** Sees key results and breakdowns (of their own projects, or of all). */
export const canSeeStatistics = anyOf('mentor', 'project_lead', 'integration', 'coordinator', 'ministry');

/** Sees the figures of all projects rather than of their own. */
export const canSeeAllProjects = anyOf('coordinator', 'ministry');

/**
 * Gets figures under disclosure control, as the server releases them to the ministry: small counts withheld,
 * the others rounded, for whole completed months and one district or one project at a time. Someone who is
 * also the coordination entity gets its exact figures, as on the server.
 */
export const getsProtectedFigures: Policy = (roles) =>
  anyOf('ministry')(roles) && !anyOf('coordinator')(roles);

/** Issues the frozen quarterly reports for the ministry. */
export const canIssueReports = anyOf('coordinator');

/** May look at project teams at all (their own projects', or every project's for the coordination entity). */
export const canSeeTeams = anyOf('mentor', 'project_lead', 'coordinator');

/** Sees the team of one project: its members, and the coordination entity. */
export function canSeeTeam(roles: readonly Role[], roleInProject: ProjectRole | string | undefined): boolean {
  return roleInProject !== undefined || roles.includes('coordinator');
}

/** Adds and removes the members of one project: its lead, and the coordination entity. */
export function canManageTeam(
  roles: readonly Role[],
  roleInProject: ProjectRole | string | undefined,
): boolean {
  return roleInProject === 'project_lead' || roles.includes('coordinator');
}

/** Reads the audit trail of personal data: project leads (their projects'), the coordination entity and the DPO. */
export const canReadAuditTrail = anyOf('project_lead', 'coordinator', 'data_protection_officer');

/** Checks the audit trail's hash chain: the data-protection officer and the operator. */
export const canCheckAuditIntegrity = anyOf('data_protection_officer', 'admin');

/** Opens the audit screen at all: whoever reads the trail or checks its chain. */
export const canOpenAudit: Policy = (roles) => canReadAuditTrail(roles) || canCheckAuditIntegrity(roles);

/** Sees the retention rules' dry run and starts a run: the data-protection officer and the operator. */
export const canManageRetention = anyOf('data_protection_officer', 'admin');

/**
 * Answers data-subject requests for any mentee (consent, access, erasure) without seeing case records: the
 * data-protection officer.
 */
export const isDataProtectionOfficer = anyOf('data_protection_officer');

/** Reads a mentee's consent and its history: the projects' staff, the coordination entity and the DPO. */
export const canSeeConsent = anyOf(
  'mentor',
  'project_lead',
  'integration',
  'coordinator',
  'data_protection_officer',
);

/**
 * Answers an access request (Art. 15) or an erasure request (Art. 17) for a mentee: a lead of one of the
 * mentee's projects, or the data-protection officer.
 */
export function canAnswerDataSubjectRequests(
  roles: readonly Role[],
  leadsOneOfTheMenteesProjects: boolean,
): boolean {
  return (
    roles.includes('data_protection_officer') ||
    (roles.includes('project_lead') && leadsOneOfTheMenteesProjects)
  );
}

/** Deletes a mentee entered by mistake: the lead of the registering project (the server checks the rest). */
export function canDeleteMentee(roles: readonly Role[], leadsRegisteringProject: boolean): boolean {
  return roles.includes('project_lead') && leadsRegisteringProject;
}

/** Records a withdrawal of consent: the mentee's projects' staff, and the data-protection officer. */
export function canWithdrawConsent(roles: readonly Role[], worksInOneOfTheMenteesProjects: boolean): boolean {
  return roles.includes('data_protection_officer') || worksInOneOfTheMenteesProjects;
}

/** Downloads a signed consent form: the mentee's projects' mentors and leads, and the data-protection officer. */
export function canReadConsentForm(roles: readonly Role[], worksInOneOfTheMenteesProjects: boolean): boolean {
  return roles.includes('data_protection_officer') || worksInOneOfTheMenteesProjects;
}

/** Works on the cases of a project as a person (mentor or lead), not as a machine client. */
export function worksOnCasesIn(membership: { role: ProjectRole | string }): boolean {
  return membership.role === 'mentor' || membership.role === 'project_lead';
}
