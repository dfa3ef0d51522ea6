import type { SortField, SortOrder } from '../contract/index.ts';

/** The parameters a directory page is fetched with; the URL state maps onto it. */
export interface UsersListParams {
  q: string;
  active: 'all' | 'active' | 'inactive';
  sort: SortField | undefined;
  order: SortOrder;
  cursor: string | undefined;
  size: number;
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
  },
} as const;
