import { redirect, type RouteObject } from 'react-router';
import { paths } from '../config/paths.ts';
import { PageLoading } from './page-loading.tsx';
import { SignedInLayout } from './require-sign-in.tsx';
import { RouteError } from './route-error.tsx';

/**
 * The routes, as data. Every page is a lazy module so the shell stays small; a page's module exports
 * its component, which is mapped to `Component` here to keep route modules plain.
 */
export const routes: RouteObject[] = [
  {
    // Outside the layout: signed out, the navigation would lead nowhere.
    path: paths.signIn(),
    lazy: async () => ({ Component: (await import('../features/sign-in/routes/sign-in-route.tsx')).SignInRoute }),
    ErrorBoundary: RouteError,
    HydrateFallback: PageLoading,
  },
  {
    path: paths.home(),
    Component: SignedInLayout,
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
        path: 'users/new',
        lazy: async () => ({ Component: (await import('../features/user-page/routes/new-user-route.tsx')).NewUserRoute }),
      },
      {
        // The user page: heading, actions and tabs; each tab is a child route owned by its feature.
        path: 'users/:uid',
        lazy: async () => ({ Component: (await import('../features/user-page/routes/user-page-layout.tsx')).UserPageLayout }),
        children: [
          {
            index: true,
            lazy: async () => ({ Component: (await import('../features/profile/routes/profile-tab.tsx')).ProfileTab }),
          },
          {
            path: 'permissions',
            lazy: async () => ({ Component: (await import('../features/permissions/routes/permissions-tab.tsx')).PermissionsTab }),
          },
          {
            path: 'contacts',
            lazy: async () => ({ Component: (await import('../features/contacts/routes/contacts-tab.tsx')).ContactsTab }),
          },
          {
            path: 'tokens',
            lazy: async () => ({ Component: (await import('../features/tokens/routes/tokens-tab.tsx')).TokensTab }),
          },
          {
            path: 'presence',
            lazy: async () => ({ Component: (await import('../features/presence/routes/presence-tab.tsx')).PresenceTab }),
          },
          {
            path: 'history',
            lazy: async () => ({ Component: (await import('../features/audit/routes/history-tab.tsx')).HistoryTab }),
          },
        ],
      },
      {
        path: 'tokens/inspect',
        lazy: async () => ({
          Component: (await import('../features/token-inspector/routes/token-inspector-route.tsx')).TokenInspectorRoute,
        }),
      },
      {
        path: 'audit',
        lazy: async () => ({ Component: (await import('../features/audit/routes/audit-route.tsx')).AuditRoute }),
      },
      {
        path: 'dashboard',
        lazy: async () => ({ Component: (await import('../features/dashboard/routes/dashboard-route.tsx')).DashboardRoute }),
      },
      {
        path: 'settings',
        lazy: async () => ({ Component: (await import('../features/settings/routes/settings-route.tsx')).SettingsRoute }),
      },
      {
        path: 'settings/profile-fields',
        lazy: async () => ({
          Component: (await import('../features/app-settings/routes/profile-fields-route.tsx')).ProfileFieldsRoute,
        }),
      },
      {
        path: '*',
        lazy: async () => ({ Component: (await import('./not-found.tsx')).NotFound }),
      },
    ],
  },
];
