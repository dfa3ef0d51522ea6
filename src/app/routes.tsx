import { redirect, type RouteObject } from 'react-router';
import { paths } from '../config/paths.ts';
import { Layout } from './layout.tsx';
import { PageLoading } from './page-loading.tsx';
import { RouteError } from './route-error.tsx';

/**
 * The routes, as data. Every page is a lazy module so the shell stays small; a page's module exports
 * its component, which is mapped to `Component` here to keep route modules plain.
 */
export const routes: RouteObject[] = [
  {
    path: paths.home(),
    Component: Layout,
    ErrorBoundary: RouteError,
    HydrateFallback: PageLoading,
    children: [
      {
        index: true,
        // Keep the query string: `/?mockUsers=…` style links still land on the directory.
        loader: ({ request }) => redirect(paths.users() + new URL(request.url).search),
      },
      {
        path: 'users',
        lazy: async () => ({ Component: (await import('../features/users/routes/users-route.tsx')).UsersRoute }),
      },
      {
        path: 'users/:uid',
        lazy: async () => ({
          Component: (await import('../features/user-summary/routes/user-summary-route.tsx')).UserSummaryRoute,
        }),
      },
      {
        path: 'settings',
        lazy: async () => ({ Component: (await import('../features/settings/routes/settings-route.tsx')).SettingsRoute }),
      },
      {
        path: '*',
        lazy: async () => ({ Component: (await import('./not-found.tsx')).NotFound }),
      },
    ],
  },
];
