import { z } from 'zod';
import { platforms, presenceStates, SEARCH_MAX_LENGTH, sortFields, sortOrders, tokenStates } from '../../contract/index.ts';
import type { UsersListParams } from '../../lib/query-keys.ts';

export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 50;
export const activeFilters = ['all', 'active', 'inactive'] as const;
export type ActiveFilter = (typeof activeFilters)[number];
export const platformFilters = ['any', ...platforms] as const;
export type PlatformFilter = (typeof platformFilters)[number];
export const tokenFilters = ['any', ...tokenStates] as const;
export type TokenFilter = (typeof tokenFilters)[number];
export const presenceFilters = ['any', ...presenceStates] as const;
export type PresenceFilter = (typeof presenceFilters)[number];

/** The directory's state as it lives in the URL, so any view is a link that can be shared. */
export type DirectoryState = UsersListParams;

export const defaultDirectoryState: DirectoryState = {
  q: '',
  active: 'all',
  sort: undefined,
  order: 'asc',
  cursor: undefined,
  size: DEFAULT_PAGE_SIZE,
  platform: 'any',
  token: 'any',
  presence: 'any',
};

/**
 * Each parameter is parsed on its own and falls back to its default when missing or malformed, so a
 * hand-edited or outdated link still opens the directory instead of an error.
 */
const directorySearchSchema = z.object({
  q: z
    .string()
    .transform((value) => value.trim().slice(0, SEARCH_MAX_LENGTH))
    .catch(defaultDirectoryState.q),
  active: z.enum(activeFilters).catch(defaultDirectoryState.active),
  sort: z.enum(sortFields).optional().catch(undefined),
  order: z.enum(sortOrders).catch(defaultDirectoryState.order),
  cursor: z.string().min(1).max(512).optional().catch(undefined),
  size: z.coerce
    .number()
    .refine((size) => (PAGE_SIZES as readonly number[]).includes(size))
    .catch(defaultDirectoryState.size),
  platform: z.enum(platformFilters).catch(defaultDirectoryState.platform),
  token: z.enum(tokenFilters).catch(defaultDirectoryState.token),
  presence: z.enum(presenceFilters).catch(defaultDirectoryState.presence),
});

export function parseDirectorySearch(params: URLSearchParams): DirectoryState {
  const raw = Object.fromEntries(
    Object.keys(directorySearchSchema.shape).map((key) => [key, params.get(key) ?? undefined]),
  );
  const parsed = directorySearchSchema.parse(raw);
  return { ...parsed, sort: parsed.sort, cursor: parsed.cursor };
}

/** Only what differs from the defaults goes into the URL, so plain links stay plain. */
export function toDirectorySearch(state: DirectoryState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.active !== defaultDirectoryState.active) params.set('active', state.active);
  if (state.platform !== defaultDirectoryState.platform) params.set('platform', state.platform);
  if (state.token !== defaultDirectoryState.token) params.set('token', state.token);
  if (state.presence !== defaultDirectoryState.presence) params.set('presence', state.presence);
  if (state.sort) {
    params.set('sort', state.sort);
    if (state.order !== defaultDirectoryState.order) params.set('order', state.order);
  }
  if (state.cursor) params.set('cursor', state.cursor);
  if (state.size !== defaultDirectoryState.size) params.set('size', String(state.size));
  return params;
}

/**
 * Applies a change. A cursor only means something for the query it came from, so any change other
 * than paging itself starts again at the first page.
 */
export function changeDirectoryState(state: DirectoryState, change: Partial<DirectoryState>): DirectoryState {
  const next = { ...state, ...change };
  if (!('cursor' in change)) next.cursor = undefined;
  return next;
}

/** The filters back at "show everything". */
export const NO_FILTERS = { active: 'all', platform: 'any', token: 'any', presence: 'any' } as const satisfies Partial<DirectoryState>;
