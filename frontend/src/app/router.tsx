import { useEffect, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Outlet, useLocation } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppLayout, type NavItem } from '@/components/layout/app-layout';
import { Loading } from '@/components/ui/query-state';
import { ProjectDirectory } from '@/features/projects/components/project-directory';
import { EmployerPage } from '@/features/public/components/employer-page';
import { LegalPage } from '@/features/public/components/legal-page';
import { MapPage } from '@/features/public/components/map-page';
import { MentorPage } from '@/features/public/components/mentor-page';
import { ServicesPage } from '@/features/public/components/services-page';
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
import { showLanguage, storedLanguage } from '@/lib/i18n';
import { HomePage } from './routes/home-page';
import { NotFoundPage } from './routes/not-found-page';
import { ProjectPage } from './routes/project-page';

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
      <Outlet />
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

const staffPage = (load: () => Promise<ComponentType>) => ({
  lazy: async () => ({ Component: await load() }),
});

export const routes = [
  {
    element: <Layout />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/map', element: <MapPage /> },
      { path: '/services', element: <ServicesPage /> },
      { path: '/fachkraefte', element: <EmployerPage /> },
      { path: '/mentor', element: <MentorPage /> },
      { path: '/impressum', element: <LegalPage page="imprint" /> },
      { path: '/datenschutz', element: <LegalPage page="privacy" /> },
      { path: '/barrierefreiheit', element: <LegalPage page="accessibility" /> },
      { path: '/projects', element: <ProjectDirectory /> },
      { path: '/projects/:projectId', element: <ProjectPage /> },
      {
        element: <StaffGate />,
        children: [
          {
            path: '/mentees',
            ...staffPage(async () => (await import('@/features/casework/components/mentee-list')).MenteeList),
          },
          {
            path: '/mentees/new',
            ...staffPage(
              async () => (await import('@/features/casework/components/new-mentee-page')).NewMenteePage,
            ),
          },
          {
            path: '/mentees/:menteeId',
            ...staffPage(async () => (await import('./routes/mentee-route')).MenteeRoute),
          },
          {
            path: '/employers',
            ...staffPage(
              async () => (await import('@/features/casework/components/employer-list')).EmployerList,
            ),
          },
          {
            path: '/enquiries',
            ...staffPage(
              async () => (await import('@/features/enquiries/components/enquiry-inbox')).EnquiryInbox,
            ),
          },
          {
            path: '/directory',
            ...staffPage(
              async () =>
                (await import('@/features/service-directory/components/service-directory-page'))
                  .ServiceDirectoryPage,
            ),
          },
          {
            path: '/audit',
            ...staffPage(async () => (await import('@/features/audit/components/audit-page')).AuditPage),
          },
          {
            path: '/data-protection',
            ...staffPage(
              async () =>
                (await import('@/features/data-protection/components/data-protection-overview'))
                  .DataProtectionOverview,
            ),
          },
          {
            path: '/data-protection/mentees/:menteeId',
            ...staffPage(async () => (await import('./routes/mentee-route')).OfficerMenteeRoute),
          },
          {
            // its own chunk: the charts library loads only with the statistics page
            path: '/statistics',
            ...staffPage(
              async () => (await import('@/features/statistics/components/statistics-page')).StatisticsPage,
            ),
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
