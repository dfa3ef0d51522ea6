// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sortFields, type SortField, type SortOrder, type User } from '../../src/contract/index.ts';
import { GeneratedDataset } from './generated-dataset.ts';
import { compileMatcher, type SearchCriteria } from './search-matcher.ts';
import { queryUsers, searchableOf, sortKeyOf, type UserQuery } from './user-query.ts';
import { UserStore } from './user-store.ts';

const EPOCH = Date.UTC(2026, 0, 1);

function storeWithChanges(size: number): UserStore {
  const store = new UserStore(GeneratedDataset.buildNow({ seed: 7, size, epoch: EPOCH }));
  // Change, deactivate, delete and add users so both streams and the overridden counts are exercised.
  // Renamed users are changed after the epoch, as the mock's userset does; the others keep their
  // generated times, so the overlay ties with generated rows too.
  for (const [index, uid] of [1, 5, 17, 400, 999].entries()) {
    const user = store.get(uid) as User;
    store.put({
      ...user,
      profile: { ...user.profile, name: `Zed Renamed ${uid}` },
      version: user.version + 1,
      updatedAt: EPOCH + (index % 3) * 60_000,
    });
  }
  for (const uid of [2, 3, 250]) {
    const user = store.get(uid) as User;
    store.put({ ...user, active: !user.active });
  }
  for (const uid of [4, 50, 700]) store.delete(uid);
  for (const [index, name] of ['Alice Added', 'aaron early', '', 'Mia Smith'].entries()) {
    const uid = store.allocateUid();
    store.put({
      ...(store.get(10) as User),
      uid,
      address: index === 2 ? `alice.smith.extra${index}@example.com` : `new${index}@example.com`,
      profile: name ? { name } : {},
      active: index % 2 === 0,
    });
  }
  return store;
}

/** Brute force over every user: the reference the indexed query must agree with. */
function everyUser(store: UserStore): User[] {
  const users: User[] = [];
  for (let uid = 1; uid < store.nextUid; uid += 1) {
    const user = store.get(uid);
    if (user) users.push(user);
  }
  return users;
}

const everyUserCache = new WeakMap<UserStore, User[]>();

function reference(store: UserStore, criteria: SearchCriteria, active: boolean | undefined, sort: SortField, order: SortOrder) {
  const matcher = compileMatcher(criteria, store.dataset);
  const all = everyUserCache.get(store) ?? everyUser(store);
  everyUserCache.set(store, all);
  const sorted = all
    .filter((user) => (active === undefined || user.active === active) && matcher.matches(searchableOf(user)))
    .sort((a, b) => {
      const ka = sortKeyOf(a, sort);
      const kb = sortKeyOf(b, sort);
      return ka < kb ? -1 : ka > kb ? 1 : a.uid - b.uid;
    })
    .map((user) => user.uid);
  return order === 'asc' ? sorted : sorted.reverse();
}

function walkForward(store: UserStore, base: Omit<UserQuery, 'cursor'>) {
  const seen: number[] = [];
  const offsets: number[] = [];
  let page = queryUsers(store, base);
  const total = page.total;
  for (;;) {
    offsets.push(page.offset);
    seen.push(...page.users.map((user) => user.uid));
    if (!page.next) break;
    page = queryUsers(store, { ...base, cursor: page.next });
  }
  return { seen, total, offsets, lastPage: page };
}

describe('queryUsers against a brute-force reference', () => {
  const store = storeWithChanges(3000);
  const criteriaCases: SearchCriteria[] = [
    {},
    { text: 'ali' },
    { text: 'Smith' },
    { text: 'alice.s' },
    { text: 'alice.smith.000' },
    { text: 'mail.example' },
    { text: 'zed' },
    { text: store.dataset.uniqueId(42) },
    { text: '*@example.org' },
    { text: 'a*n*' },
    { address: 'alice*' },
    { address: store.dataset.address(99) },
    { text: 'nobody-matches-this' },
  ];
  const sorts: readonly SortField[] = sortFields;
  const orders: SortOrder[] = ['asc', 'desc'];

  for (const criteria of criteriaCases) {
    for (const sort of sorts) {
      for (const order of orders) {
        for (const active of [undefined, true, false]) {
          it(`${JSON.stringify(criteria)} sort ${sort} ${order} active=${String(active)}`, () => {
            const expected = reference(store, criteria, active, sort, order);
            const { seen, total, offsets } = walkForward(store, { criteria, active, sort, order, count: 160 });
            expect(total).toBe(expected.length);
            expect(seen).toEqual(expected);
            expect(offsets).toEqual(offsets.map((_, index) => index * 160));
          });
        }
      }
    }
  }

  it('lists the users changed since seeding first in the recently changed view', () => {
    const page = queryUsers(store, { criteria: {}, sort: 'updatedAt', order: 'desc', count: 5 });
    // Renamed at EPOCH + 2, 1, 1, 0, 0 minutes (ties newest uid first, as the order is reversed whole).
    expect(page.users.map((user) => user.uid)).toEqual([17, 999, 5, 400, 1]);
    expect(page.offset).toBe(0);
  });

  it('pages backwards with prev cursors to the same users', () => {
    const base = { criteria: { text: 'a' }, sort: 'name' as const, order: 'asc' as const, count: 25 };
    const forward = walkForward(store, base);
    const backward: number[][] = [];
    let page = forward.lastPage;
    backward.unshift(page.users.map((user) => user.uid));
    while (page.prev) {
      page = queryUsers(store, { ...base, cursor: page.prev });
      backward.unshift(page.users.map((user) => user.uid));
    }
    expect(backward.flat()).toEqual(forward.seen);
    expect(page.offset).toBe(0);
  });

  it('keeps paging consistent while users are added and deleted between pages', () => {
    const local = storeWithChanges(2000);
    const base = { criteria: {}, sort: 'address' as const, order: 'asc' as const, count: 100 };
    const first = queryUsers(local, base);
    const lastOnFirstPage = first.users.at(-1) as User;
    // Delete someone already shown and someone not yet shown, and add a user that sorts first.
    local.delete(first.users[0]?.uid as number);
    const notYetShown = queryUsers(local, { ...base, cursor: first.next ?? undefined }).users[5] as User;
    local.delete(notYetShown.uid);
    const uid = local.allocateUid();
    local.put({ ...(local.get(10) as User), uid, address: '0-first@example.com' });

    const seen = first.users.map((user) => user.uid);
    let page = queryUsers(local, { ...base, cursor: first.next ?? undefined });
    for (;;) {
      seen.push(...page.users.map((user) => user.uid));
      if (!page.next) break;
      page = queryUsers(local, { ...base, cursor: page.next });
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).not.toContain(notYetShown.uid);
    expect(seen).not.toContain(uid);
    everyUserCache.delete(local);
    const expectedRest = reference(local, {}, undefined, 'address', 'asc').filter(
      (candidate) => (local.get(candidate) as User).address > lastOnFirstPage.address,
    );
    expect(seen.slice(first.users.length)).toEqual(expectedRest);
  });
});
