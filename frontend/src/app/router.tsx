import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Outlet, RouterProvider } from 'react-router';
import { AppLayout, type NavItem } from '@/components/layout/app-layout';
import { ProjectDirectory } from '@/features/projects/components/project-directory';
import { HomePage } from './routes/home-page';
import { NotFoundPage } from './routes/not-found-page';
import { ProjectPage } from './routes/project-page';

function Layout() {
  const { t } = useTranslation();
  const nav: NavItem[] = [
    { to: '/', label: t('nav.start') },
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
      { path: '/projects', element: <ProjectDirectory /> },
      { path: '/projects/:projectId', element: <ProjectPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
