import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Outlet } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppLayout, type NavItem } from '@/components/layout/app-layout';
import { EmployerList } from '@/features/casework/components/employer-list';
import { MenteeList } from '@/features/casework/components/mentee-list';
import { NewMenteePage } from '@/features/casework/components/new-mentee-page';
import { ProjectDirectory } from '@/features/projects/components/project-directory';
import { hasAnyRole, useAuth } from '@/lib/auth';
import { MenteeRoute } from './routes/mentee-route';
import { HomePage } from './routes/home-page';
import { NotFoundPage } from './routes/not-found-page';
import { ProjectPage } from './routes/project-page';

function Layout() {
  const { t } = useTranslation();
  const auth = useAuth();
  const caseRecords = hasAnyRole(auth, 'mentor', 'project_lead', 'integration', 'coordinator');
  const statistics = hasAnyRole(auth, 'mentor', 'project_lead', 'integration', 'coordinator', 'ministry');
  const nav: NavItem[] = [
    { to: '/', label: t('nav.start') },
    ...(caseRecords
      ? [
          { to: '/mentees', label: t('nav.mentees') },
          { to: '/employers', label: t('nav.employers') },
        ]
      : []),
    ...(statistics ? [{ to: '/statistics', label: t('nav.statistics') }] : []),
    { to: '/projects', label: t('nav.projects') },
  ];
  return (
    <AppLayout nav={nav}>
      <Outlet />
    </AppLayout>
  );
}

export const routes = [
  {
    element: <Layout />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/mentees', element: <MenteeList /> },
      { path: '/mentees/new', element: <NewMenteePage /> },
      { path: '/mentees/:menteeId', element: <MenteeRoute /> },
      { path: '/employers', element: <EmployerList /> },
      { path: '/projects', element: <ProjectDirectory /> },
      { path: '/projects/:projectId', element: <ProjectPage /> },
      {
        // its own chunk: the charts library loads only with the statistics page
        path: '/statistics',
        lazy: async () => ({
          Component: (await import('@/features/statistics/components/statistics-page')).StatisticsPage,
        }),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
