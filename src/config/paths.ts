/** Typed path builders, shared by navigation and the e2e suite. */
export const paths = {
  home: () => '/',
  users: () => '/users',
  user: (uid: number) => `/users/${uid}`,
  settings: () => '/settings',
} as const;

/** Where the in-browser mock answers: same origin, so the service worker sees every call. */
export const MOCK_BACKEND_URL = '/mock-backend/api';
