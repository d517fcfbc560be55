import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Outlet, Route, Routes, useLocation } from 'react-router';
import { AppLayout, type NavItem } from '@/components/layout/app-layout';
import { Loading } from '@/components/ui/query-state';
import { getOfficesQueryOptions } from '@/features/public/api/public-api';
import { useAuth } from '@/lib/auth';
import {
  canMaintainDirectory,
  canManageRetention,
  canOpenAudit,
  canReadEnquiries,
  canSeeCaseRecords,
  canSeeStatistics,
} from '@/lib/authorization';
import { clockReady } from '@/lib/clock';
import { loadPublicPageTexts, showLanguage, storedLanguage } from '@/lib/i18n';
import { HomePage } from './routes/home-page';
import { NotFoundPage } from './routes/not-found-page';

/** Screens for signed-in staff: German and English only, loaded with their own chunks. */
const STAFF_PATHS = [
  '/mentees',
  '/employers',
  '/enquiries',
  '/directory',
  '/statistics',
  '/audit',
  '/data-protection',
];
const isStaffPath = (path: string) =>
  STAFF_PATHS.some((staff) => path === staff || path.startsWith(`${staff}/`));

function Layout() {
  const { t } = useTranslation();
  const { t: tp } = useTranslation('public');
  const auth = useAuth();
  const { pathname } = useLocation();
  const publicPage = !isStaffPath(pathname) && !(pathname === '/' && auth.authenticated);
  useEffect(() => {
    // the visitor's language on public pages; staff screens in German or English
    const chosen = storedLanguage();
    void showLanguage(publicPage || chosen === 'de' || chosen === 'en' ? chosen : 'en');
  }, [publicPage]);
  const nav: NavItem[] = [
    { to: '/', label: tp('nav.home') },
    ...(canSeeCaseRecords(auth.roles)
      ? [
          { to: '/mentees', label: t('nav.mentees') },
          { to: '/employers', label: t('nav.employers') },
        ]
      : []),
    ...(canReadEnquiries(auth.roles) ? [{ to: '/enquiries', label: t('nav.enquiries') }] : []),
    ...(canMaintainDirectory(auth.roles) ? [{ to: '/directory', label: t('nav.directory') }] : []),
    ...(canSeeStatistics(auth.roles) ? [{ to: '/statistics', label: t('nav.statistics') }] : []),
    ...(canOpenAudit(auth.roles) ? [{ to: '/audit', label: t('nav.audit') }] : []),
    ...(canManageRetention(auth.roles) ? [{ to: '/data-protection', label: t('nav.dataProtection') }] : []),
    { to: '/map', label: tp('nav.map') },
    { to: '/services', label: tp('nav.services') },
    { to: '/fachkraefte', label: tp('nav.employers') },
    { to: '/mentor', label: tp('nav.mentor') },
    { to: '/projects', label: tp('nav.projects') },
  ];
  return (
    <AppLayout nav={nav} publicPage={publicPage}>
      <Suspense fallback={<Loading />}>
        <Outlet />
      </Suspense>
    </AppLayout>
  );
}

/** Staff screens wait for the login and the server's clock; public pages never do. */
function StaffGate() {
  const auth = useAuth();
  const [clock, setClock] = useState(false);
  useEffect(() => {
    void auth.start();
    let current = true;
    void clockReady().then(() => current && setClock(true));
    return () => {
      current = false;
    };
  }, [auth]);
  if (auth.status !== 'ready' || !clock) return <Loading />;
  return <Outlet />;
}

/** A page whose code is a chunk of its own, loaded when the page is first opened. */
function page<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  return lazy(async () => ({ default: await load() }));
}

/**
 * A public page beyond the start page: its code and the texts of those pages (a chunk per language). `warm` asks for
 * the page's data at the same time as its code, not once the code has arrived: one round trip less before the page
 * shows its content (largest contentful paint on a slow phone).
 */
function publicPage<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
  warm?: (client: QueryClient) => void,
) {
  const Page = lazy(async () => {
    const [component] = await Promise.all([load(), loadPublicPageTexts()]);
    return { default: component };
  });
  return function PublicPage(props: Props) {
    const client = useQueryClient();
    // once per visit of the page, before its code is asked for in the same render
    useState(() => warm?.(client));
    return <Page {...props} />;
  };
}

const warmOffices = (client: QueryClient) => void client.prefetchQuery(getOfficesQueryOptions());

// The start page comes with the app's first chunk; every other page is a chunk of its own, and the staff screens'
// code (case work, statistics, data protection) never loads for a visitor.
const MapPage = publicPage(async () => (await import('@/features/public/components/map-page')).MapPage);
const ServicesPage = publicPage(
  async () => (await import('@/features/public/components/services-page')).ServicesPage,
);
const EmployerPage = publicPage(
  async () => (await import('@/features/public/components/employer-page')).EmployerPage,
  warmOffices,
);
const MentorPage = publicPage(
  async () => (await import('@/features/public/components/mentor-page')).MentorPage,
  warmOffices,
);
const LegalPage = publicPage(async () => (await import('@/features/public/components/legal-page')).LegalPage);
const ProjectDirectory = page(
  async () => (await import('@/features/projects/components/project-directory')).ProjectDirectory,
);
const ProjectPage = page(async () => (await import('./routes/project-page')).ProjectPage);
const MenteeList = page(async () => (await import('@/features/casework/components/mentee-list')).MenteeList);
const NewMenteePage = page(
  async () => (await import('@/features/casework/components/new-mentee-page')).NewMenteePage,
);
const MenteeRoute = page(async () => (await import('./routes/mentee-route')).MenteeRoute);
const OfficerMenteeRoute = page(async () => (await import('./routes/mentee-route')).OfficerMenteeRoute);
const EmployerList = page(
  async () => (await import('@/features/casework/components/employer-list')).EmployerList,
);
const EnquiryInbox = page(
  async () => (await import('@/features/enquiries/components/enquiry-inbox')).EnquiryInbox,
);
const ServiceDirectoryPage = page(
  async () =>
    (await import('@/features/service-directory/components/service-directory-page')).ServiceDirectoryPage,
);
const AuditPage = page(async () => (await import('@/features/audit/components/audit-page')).AuditPage);
const DataProtectionOverview = page(
  async () =>
    (await import('@/features/data-protection/components/data-protection-overview')).DataProtectionOverview,
);
// the charts library loads only with the statistics page
const StatisticsPage = page(
  async () => (await import('@/features/statistics/components/statistics-page')).StatisticsPage,
);

/** Every page of the app (the router around it: BrowserRouter in the app, MemoryRouter in tests). */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="/" element={<HomePage />} />
        <Route path="/map" element={<MapPage />} />
        <Route path="/services" element={<ServicesPage />} />
        <Route path="/fachkraefte" element={<EmployerPage />} />
        <Route path="/mentor" element={<MentorPage />} />
        <Route path="/impressum" element={<LegalPage page="imprint" />} />
        <Route path="/datenschutz" element={<LegalPage page="privacy" />} />
        <Route path="/barrierefreiheit" element={<LegalPage page="accessibility" />} />
        <Route path="/projects" element={<ProjectDirectory />} />
        <Route path="/projects/:projectId" element={<ProjectPage />} />
        <Route element={<StaffGate />}>
          <Route path="/mentees" element={<MenteeList />} />
          <Route path="/mentees/new" element={<NewMenteePage />} />
          <Route path="/mentees/:menteeId" element={<MenteeRoute />} />
          <Route path="/employers" element={<EmployerList />} />
          <Route path="/enquiries" element={<EnquiryInbox />} />
          <Route path="/directory" element={<ServiceDirectoryPage />} />
          <Route path="/audit" element={<AuditPage />} />
          <Route path="/data-protection" element={<DataProtectionOverview />} />
          <Route path="/data-protection/mentees/:menteeId" element={<OfficerMenteeRoute />} />
          <Route path="/statistics" element={<StatisticsPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

export function AppRouter() {
  return (
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  );
}
