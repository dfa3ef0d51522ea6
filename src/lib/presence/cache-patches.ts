import type { Query, QueryClient, QueryKey } from '@tanstack/react-query';
import type { Platform, User } from '../../contract/index.ts';
import { queryKeys } from '../query-keys.ts';
import type { PresenceChange, UserChange } from './frame-batcher.ts';
import { presenceKeys } from './presence-keys.ts';

/** The platform of each online user a directory page shows; users not online are absent. */
export type PlatformsByUid = Readonly<Record<number, Platform>>;

interface HasUsers {
  users: User[];
}

function hasUsers(data: unknown): data is HasUsers {
  return typeof data === 'object' && data !== null && Array.isArray((data as { users?: unknown }).users);
}

function isUser(data: unknown): data is User {
  return typeof data === 'object' && data !== null && typeof (data as { uid?: unknown }).uid === 'number' && 'online' in data;
}

function patchedUser(user: User, change: PresenceChange | undefined): User {
  if (!change || (user.online === change.online && user.lastSeen === change.lastSeen)) return user;
  return { ...user, online: change.online, lastSeen: change.lastSeen };
}

/**
 * Writes new data without making the query look freshly fetched: a patch is not a reload, so whatever
 * staleness the query had (and its refetch schedule) stays as it was.
 */
function replaceData(queryClient: QueryClient, query: Query, data: unknown): void {
  queryClient.setQueryData(query.queryKey, data, { updatedAt: query.state.dataUpdatedAt });
}

const isDetailKey = (key: QueryKey) => key.length === queryKeys.users.detail(0).length;

/**
 * Patches `online` and `lastSeen` of every cached user the changes are about: each page of the directory
 * and each user's detail. Only the changed users get new objects, so memoised rows of the others do not
 * re-render; queries without a changed user are not touched at all.
 */
export function applyPresenceChanges(queryClient: QueryClient, changes: ReadonlyMap<number, PresenceChange>): void {
  if (changes.size === 0) return;
  const cache = queryClient.getQueryCache();
  for (const query of cache.findAll({ queryKey: queryKeys.users.lists() })) {
    const page = query.state.data;
    if (!hasUsers(page) || !page.users.some((user) => changes.has(user.uid))) continue;
    const users = page.users.map((user) => patchedUser(user, changes.get(user.uid)));
    if (users.some((user, index) => user !== page.users[index])) replaceData(queryClient, query, { ...page, users });
  }
  for (const [uid, change] of changes) {
    const query = cache.find({ queryKey: queryKeys.users.detail(uid), exact: true });
    const user = query?.state.data;
    if (query && isUser(user) && patchedUser(user, change) !== user) replaceData(queryClient, query, patchedUser(user, change));
  }
  patchPlatforms(queryClient, changes);
  // Sessions and history are only known to the server: reload the Presence tab of a user who changed.
  for (const uid of changes.keys()) {
    if (cache.find({ queryKey: presenceKeys.user(uid), exact: true })) void queryClient.invalidateQueries({ queryKey: presenceKeys.user(uid) });
  }
}

function patchPlatforms(queryClient: QueryClient, changes: ReadonlyMap<number, PresenceChange>): void {
  for (const query of queryClient.getQueryCache().findAll({ queryKey: [...presenceKeys.all(), 'platforms'] })) {
    const uids = query.queryKey[2];
    const platforms = query.state.data as PlatformsByUid | undefined;
    if (!platforms || !Array.isArray(uids)) continue;
    let next: Record<number, Platform> | null = null;
    for (const uid of uids as number[]) {
      const change = changes.get(uid);
      // An online change names the session that just began, the one the directory shows.
      const platform = change?.online ? (change.platform ?? platforms[uid]) : undefined;
      if (!change || platform === platforms[uid]) continue;
      next ??= { ...platforms };
      if (platform) next[uid] = platform;
      else delete next[uid];
    }
    if (next) replaceData(queryClient, query, next);
  }
}

/**
 * Someone changed (or deleted) users: reload what is older than the pushed version. Our own saves are
 * reloaded by their mutation already, so the version check keeps them from being fetched twice.
 */
export function applyUserChanges(queryClient: QueryClient, users: ReadonlyMap<number, UserChange>): void {
  if (users.size === 0) return;
  const cache = queryClient.getQueryCache();
  let listsOutdated = false;
  for (const [uid, change] of users) {
    const detail = cache.find({ queryKey: queryKeys.users.detail(uid), exact: true })?.state.data;
    if (change.deleted || (isUser(detail) && detail.version < change.version)) {
      // The prefix also reloads the user's contacts, tokens and linked users, which a change may touch.
      void queryClient.invalidateQueries({ queryKey: queryKeys.users.detail(uid) });
    }
    listsOutdated ||= change.deleted === true;
  }
  if (!listsOutdated) {
    listsOutdated = cache.findAll({ queryKey: queryKeys.users.lists() }).some((query) => {
      const page = query.state.data;
      return hasUsers(page) && page.users.some((user) => (users.get(user.uid)?.version ?? 0) > user.version);
    });
  }
  if (listsOutdated) void queryClient.invalidateQueries({ queryKey: queryKeys.users.lists() });
}

/**
 * After a gap in the stream (a reconnect) changes may have been missed: reload the presence views and
 * whatever users are on screen. Only active queries refetch; the rest just turn stale.
 */
export async function reloadAfterGap(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: presenceKeys.all() }),
    queryClient.invalidateQueries({ queryKey: queryKeys.users.lists() }),
    queryClient.invalidateQueries({ queryKey: queryKeys.users.details(), predicate: (query) => isDetailKey(query.queryKey) }),
  ]);
}

/** The uids of every user cached in a list page or detail (what polling asks presence for). */
export function cachedUids(queryClient: QueryClient, limit: number): number[] {
  const uids = new Set<number>();
  const cache = queryClient.getQueryCache();
  // Users on screen first: their queries have observers.
  const queries = [...cache.findAll({ queryKey: queryKeys.users.all() })].sort((a, b) => b.getObserversCount() - a.getObserversCount());
  for (const query of queries) {
    const data = query.state.data;
    if (hasUsers(data)) for (const user of data.users) uids.add(user.uid);
    else if (isUser(data) && isDetailKey(query.queryKey)) uids.add(data.uid);
    if (uids.size >= limit) break;
  }
  return [...uids].slice(0, limit);
}
