import {
  canAnswerDataSubjectRequests,
  canCheckAuditIntegrity,
  canDeleteMentee,
  canIssueReports,
  canManageRetention,
  canOpenAudit,
  canReadAuditTrail,
  canReadConsentForm,
  canSeeConsent,
  canWithdrawConsent,
  isDataProtectionOfficer,
  canManageTeam,
  canSeeAllProjects,
  canSeeCaseRecords,
  canSeeStatistics,
  canSeeTeam,
  canSeeTeams,
  canWorkOnCases,
  getsProtectedFigures,
  hasCaseload,
  rolesOf,
  worksOnCasesIn,
  type Role,
} from './authorization';

const policies = {
  canSeeCaseRecords,
  canWorkOnCases,
  hasCaseload,
  canSeeStatistics,
  canSeeAllProjects,
  canIssueReports,
  canSeeTeams,
  getsProtectedFigures,
  canReadAuditTrail,
  canCheckAuditIntegrity,
  canOpenAudit,
  canManageRetention,
  isDataProtectionOfficer,
  canSeeConsent,
};

// who may do what, as PRODUCT.md describes the roles
const allowed: Record<keyof typeof policies, Role[]> = {
  canSeeCaseRecords: ['mentor', 'project_lead', 'integration', 'coordinator'],
  canWorkOnCases: ['mentor', 'project_lead', 'integration'],
  hasCaseload: ['mentor', 'project_lead'],
  canSeeStatistics: ['mentor', 'project_lead', 'integration', 'coordinator', 'ministry'],
  canSeeAllProjects: ['coordinator', 'ministry'],
  canIssueReports: ['coordinator'],
  canSeeTeams: ['mentor', 'project_lead', 'coordinator'],
  getsProtectedFigures: ['ministry'],
  // as the API's @RolesAllowed say (docs/gdpr.md)
  canReadAuditTrail: ['project_lead', 'coordinator', 'data_protection_officer'],
  canCheckAuditIntegrity: ['admin', 'data_protection_officer'],
  canOpenAudit: ['project_lead', 'coordinator', 'admin', 'data_protection_officer'],
  canManageRetention: ['admin', 'data_protection_officer'],
  isDataProtectionOfficer: ['data_protection_officer'],
  canSeeConsent: ['mentor', 'project_lead', 'coordinator', 'integration', 'data_protection_officer'],
};

const ROLES: Role[] = [
  'mentor',
  'project_lead',
  'coordinator',
  'ministry',
  'admin',
  'integration',
  'data_protection_officer',
];

describe('policies', () => {
  it.each(Object.keys(policies) as (keyof typeof policies)[])('%s allows exactly its roles', (name) => {
    expect(ROLES.filter((role) => policies[name]([role]))).toEqual(
      ROLES.filter((role) => allowed[name].includes(role)),
    );
  });

  it.each(Object.keys(policies) as (keyof typeof policies)[])('%s allows nothing without a role', (name) => {
    expect(policies[name]([])).toBe(false);
  });

  it('lets the admin see no personal data and no figures, only the chain check and retention', () => {
    const admin: Role[] = ['admin'];
    expect(
      Object.entries(policies)
        .filter(([, policy]) => policy(admin))
        .map(([name]) => name),
    ).toEqual(['canCheckAuditIntegrity', 'canOpenAudit', 'canManageRetention']);
  });

  it('lets the data-protection officer see no case records and no figures', () => {
    const officer: Role[] = ['data_protection_officer'];
    expect(canSeeCaseRecords(officer) || canWorkOnCases(officer) || canSeeStatistics(officer)).toBe(false);
  });

  it('answers a mentee’s requests for a lead of one of their projects and for the officer; deletes for the registering lead', () => {
    expect(canAnswerDataSubjectRequests(['project_lead'], true)).toBe(true);
    expect(canAnswerDataSubjectRequests(['project_lead'], false)).toBe(false);
    expect(canAnswerDataSubjectRequests(['mentor'], true)).toBe(false);
    expect(canAnswerDataSubjectRequests(['data_protection_officer'], false)).toBe(true);
    expect(canDeleteMentee(['project_lead'], true)).toBe(true);
    expect(canDeleteMentee(['project_lead'], false)).toBe(false);
    expect(canDeleteMentee(['data_protection_officer'], false)).toBe(false);
    expect(canWithdrawConsent(['mentor'], true)).toBe(true);
    expect(canWithdrawConsent(['coordinator'], false)).toBe(false);
    expect(canWithdrawConsent(['data_protection_officer'], false)).toBe(true);
    expect(canReadConsentForm(['mentor'], false)).toBe(false);
    expect(canReadConsentForm(['data_protection_officer'], false)).toBe(true);
  });

  it('shows a project’s team to its members and the coordination entity; its lead and the coordination entity manage it', () => {
    expect(canSeeTeam(['mentor'], 'mentor')).toBe(true);
    expect(canSeeTeam(['mentor'], undefined)).toBe(false);
    expect(canSeeTeam(['coordinator'], undefined)).toBe(true);
    expect(canSeeTeam(['ministry'], undefined)).toBe(false);
    expect(canManageTeam(['mentor'], 'mentor')).toBe(false);
    expect(canManageTeam(['project_lead'], 'project_lead')).toBe(true);
    // a lead of another project is a mentor here
    expect(canManageTeam(['project_lead', 'mentor'], 'mentor')).toBe(false);
    expect(canManageTeam(['coordinator'], undefined)).toBe(true);
  });

  it('gives exact figures to whoever is also the coordination entity, and protected ones to the ministry otherwise', () => {
    expect(getsProtectedFigures(['ministry', 'coordinator'])).toBe(false);
    expect(getsProtectedFigures(['ministry', 'mentor'])).toBe(true);
    expect(getsProtectedFigures(['mentor', 'project_lead'])).toBe(false);
  });

  it('counts people, not machine clients, as case workers of a project', () => {
    expect(worksOnCasesIn({ role: 'mentor' })).toBe(true);
    expect(worksOnCasesIn({ role: 'project_lead' })).toBe(true);
    expect(worksOnCasesIn({ role: 'integration' })).toBe(false);
  });

  it('keeps only the app’s roles of a token', () => {
    expect(
      rolesOf(['offline_access', 'mentor', 'uma_authorization', 'coordinator', 'data_protection_officer']),
    ).toEqual(['mentor', 'coordinator', 'data_protection_officer']);
  });
});
