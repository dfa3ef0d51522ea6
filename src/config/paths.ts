/** The tabs of the user page, in order; the profile is the page's index. */
export const userTabs = ['profile', 'permissions', 'contacts', 'tokens', 'presence', 'history'] as const;
export type UserTab = (typeof userTabs)[number];

/** Typed path builders, shared by navigation and the e2e suite. */
export const paths = {
  home: () => '/',
  /**
   * The sign-in screen; `from` is where to go back to afterwards (a path of this app, never a full URL).
   */
  signIn: (from?: string) => (from ? `/sign-in?${new URLSearchParams({ from }).toString()}` : '/sign-in'),
  users: () => '/users',
  newUser: () => '/users/new',
  user: (uid: number) => `/users/${uid}`,
  userTab: (uid: number, tab: UserTab) => (tab === 'profile' ? `/users/${uid}` : `/users/${uid}/${tab}`),
  /** The Contacts tab showing only the contacts marked as pairs (for `peers: 1`). */
  userContactPairs: (uid: number) => `/users/${uid}/contacts?pairs=1`,
  /** Who is online now, by platform, and over the last 15 minutes. */
  dashboard: () => '/dashboard',
  settings: () => '/settings',
  profileFields: () => '/settings/profile-fields',
  /** Paste a token, see whose it is and what it allows. The token never goes into the URL. */
  tokenInspector: () => '/tokens/inspect',
  /** Every accepted change, newest first; read-only. */
  audit: () => '/audit',
  /** The audit log filtered to one user (what its History tab shows, with the log's filters). */
  auditOfUser: (uid: number) => `/audit?user=${uid}`,
} as const;

/** Where the in-browser mock answers: same origin, so the service worker sees every call. */
export const MOCK_BACKEND_URL = '/mock-backend/api';
/** The mock's live presence stream: a WebSocket on the console's own origin (MSW patches WebSocket). */
export const MOCK_PRESENCE_PATH = '/mock-backend/presence';
