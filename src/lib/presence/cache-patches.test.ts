import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { User } from '../../contract/index.ts';
import { queryKeys, type UsersListParams } from '../query-keys.ts';
import { applyPresenceChanges, applyUserChanges, cachedUids } from './cache-patches.ts';
import { presenceKeys } from './presence-keys.ts';
import { testUser } from './test-users.ts';

const params: UsersListParams = {
  q: '', active: 'all', sort: undefined, order: 'asc', cursor: undefined, size: 50, platform: 'any', token: 'any', presence: 'any',
};
const listKey = queryKeys.users.list(params, true);
type Page = { users: User[]; total: number };

function cacheWith(users: User[]) {
  const queryClient = new QueryClient();
  queryClient.setQueryData(listKey, { users, total: users.length }, { updatedAt: 1234 });
  return queryClient;
}

describe('applyPresenceChanges', () => {
  it('patches online and last seen in list pages and details, and only the users that changed', () => {
    const users = [testUser(1), testUser(2), testUser(3, { online: true, lastSeen: 50 })];
    const queryClient = cacheWith(users);
    queryClient.setQueryData(queryKeys.users.detail(2), testUser(2));

    applyPresenceChanges(queryClient, new Map([[2, { uid: 2, online: true, lastSeen: 900, platform: 'ios' as const }]]));

    const page = queryClient.getQueryData<Page>(listKey);
    expect(page?.users[1]).toMatchObject({ uid: 2, online: true, lastSeen: 900 });
    // Unchanged users keep their identity, so their memoised rows do not re-render.
    expect(page?.users[0]).toBe(users[0]);
    expect(page?.users[2]).toBe(users[2]);
    expect(queryClient.getQueryData<User>(queryKeys.users.detail(2))).toMatchObject({ online: true, lastSeen: 900 });
    // A patch is not a fetch: the query keeps its age.
    expect(queryClient.getQueryState(listKey)?.dataUpdatedAt).toBe(1234);
  });

  it('leaves queries without a changed user untouched', () => {
    const queryClient = cacheWith([testUser(1)]);
    const before = queryClient.getQueryData(listKey);
    const listener = vi.fn();
    queryClient.getQueryCache().subscribe(listener);
    applyPresenceChanges(queryClient, new Map([[99, { uid: 99, online: true, lastSeen: 1 }]]));
    // An event equal to what is cached is no change either.
    applyPresenceChanges(queryClient, new Map([[1, { uid: 1, online: false, lastSeen: null }]]));
    expect(queryClient.getQueryData(listKey)).toBe(before);
    expect(listener.mock.calls.map(([event]) => (event as { type: string }).type)).toEqual([]);
  });

  it('keeps the directory platforms: set on coming online, removed on going offline', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(presenceKeys.platforms([1, 2, 3]), { 1: 'android', 3: 'cpp' });
    applyPresenceChanges(
      queryClient,
      new Map([
        [1, { uid: 1, online: false, lastSeen: 5 }],
        [2, { uid: 2, online: true, lastSeen: 5, platform: 'javascript' as const }],
      ]),
    );
    expect(queryClient.getQueryData(presenceKeys.platforms([1, 2, 3]))).toEqual({ 2: 'javascript', 3: 'cpp' });
  });
});

describe('applyUserChanges', () => {
  it('reloads a user whose cached version is older, and the lists that show it', async () => {
    const queryClient = cacheWith([testUser(1, { version: 3 }), testUser(2, { version: 1 })]);
    queryClient.setQueryData(queryKeys.users.detail(1), testUser(1, { version: 3 }));
    applyUserChanges(queryClient, new Map([[1, { type: 'user' as const, uid: 1, version: 4 }]]));
    await Promise.resolve();
    expect(queryClient.getQueryState(queryKeys.users.detail(1))?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(listKey)?.isInvalidated).toBe(true);
  });

  it('ignores the echo of a change already loaded (our own save)', () => {
    const queryClient = cacheWith([testUser(1, { version: 4 })]);
    queryClient.setQueryData(queryKeys.users.detail(1), testUser(1, { version: 4 }));
    applyUserChanges(queryClient, new Map([[1, { type: 'user' as const, uid: 1, version: 4 }]]));
    expect(queryClient.getQueryState(queryKeys.users.detail(1))?.isInvalidated).toBe(false);
    expect(queryClient.getQueryState(listKey)?.isInvalidated).toBe(false);
  });

  it('reloads the lists when a user was deleted', () => {
    const queryClient = cacheWith([testUser(1)]);
    applyUserChanges(queryClient, new Map([[7, { type: 'user' as const, uid: 7, version: 2, deleted: true }]]));
    expect(queryClient.getQueryState(listKey)?.isInvalidated).toBe(true);
  });
});

describe('cachedUids', () => {
  it('collects the users of list pages and details, up to the limit', () => {
    const queryClient = cacheWith([testUser(1), testUser(2)]);
    queryClient.setQueryData(queryKeys.users.detail(9), testUser(9));
    expect(cachedUids(queryClient, 10).sort()).toEqual([1, 2, 9]);
    expect(cachedUids(queryClient, 2)).toHaveLength(2);
  });
});
