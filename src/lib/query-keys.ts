import type { Platform, PresenceState, SortField, SortOrder, TokenState } from '../contract/index.ts';

/** The parameters a directory page is fetched with; the URL state maps onto it. */
export interface UsersListParams {
  q: string;
  active: 'all' | 'active' | 'inactive';
  sort: SortField | undefined;
  order: SortOrder;
  cursor: string | undefined;
  size: number;
  /** Users holding an unexpired token usable on this platform. */
  platform: Platform | 'any';
  /** Users with no valid token, or one expiring within seven days. */
  token: TokenState | 'any';
  /** Online now, seen in the last 24 hours, or dormant for 30 days. */
  presence: PresenceState | 'any';
}

/**
 * Query keys shared by every feature that reads users, hierarchical so that one prefix invalidates
 * every page of the list and every user summary after a change (features may not import each other,
 * so the factory lives here).
 */
export const queryKeys = {
  backendFeatures: (url: string) => ['backend', 'features', url] as const,
  users: {
    all: () => ['users'] as const,
    lists: () => ['users', 'list'] as const,
    list: (params: UsersListParams, extended: boolean) => ['users', 'list', { ...params, extended }] as const,
    details: () => ['users', 'detail'] as const,
    detail: (uid: number) => ['users', 'detail', uid] as const,
    /** Under the user's detail key, so every change to the user (userset `contact`) refreshes them too. */
    contacts: (uid: number) => ['users', 'detail', uid, 'contacts'] as const,
    /** Who has this user as a contact; another user's userset invalidates it through `users.all()`. */
    reverseContacts: (uid: number) => ['users', 'detail', uid, 'contacts', 'reverse'] as const,
    /** The user's issued tokens: under its detail key, so every userset (issue, revoke) refreshes them. */
    tokens: (uid: number) => ['users', 'detail', uid, 'tokens'] as const,
    /** The add-contact autocomplete: a directory search, refreshed by any user change like the lists. */
    lookup: (search: string) => ['users', 'lookup', search] as const,
  },
  /** App-level settings (custom field definitions, the visibility default): not about one user. */
  app: {
    settings: () => ['app', 'settings'] as const,
  },
} as const;
