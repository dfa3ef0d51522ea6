import { USERSGET_MAX_COUNT, type Capabilities, type OpAnswer, type OpRequestParsed } from '../../src/contract/index.ts';
import { decodeCursor, encodeCursor } from '../db/cursor.ts';
import { compileTokenFilter } from '../db/token-filter.ts';
import { queryUsers, type RowFilter } from '../db/user-query.ts';
import type { OpContext } from './op-context.ts';
import { OpError } from './op-error.ts';

type Answer = Omit<OpAnswer<'usersget'>, 'op' | 'result' | 'id'>;

export function usersget(context: OpContext, request: OpRequestParsed<'usersget'>): Answer {
  const { users } = context.db;
  if (request.user?.uid !== undefined) {
    const user = users.get(request.user.uid);
    const shown = user && context.presence ? context.presence.decorate(user) : user;
    return { users: shown ? [shown] : [], total: shown ? 1 : 0, offset: 0, next: null, prev: null };
  }
  if (request.filter?.parent !== undefined) return linkedUsers(context, request.filter.parent, request.count);
  const sort = request.sort?.by ?? 'uid';
  const order = request.sort?.order ?? 'asc';
  const cursor = request.cursor === undefined ? undefined : decodeCursor(request.cursor);
  if (request.cursor !== undefined && (!cursor || cursor.sort !== sort || cursor.order !== order)) {
    throw new OpError('VALIDATION', 'This page cursor is not valid for this sort; start again from the first page', 'cursor');
  }
  const { db, now } = context;
  const tokenFilter = compileTokenFilter(
    { platform: request.filter?.platform, state: request.filter?.token },
    now,
    () => db.generatedTokenFacts(),
    users.dataset.shape.epoch,
  );
  const page = queryUsers(users, {
    criteria: { text: request.search, address: request.user?.address },
    active: request.filter?.active,
    filter: allOf([
      tokenFilter && { row: (row) => tokenFilter.row(row), user: (user) => tokenFilter.records(db.tokensOf(user.uid)) },
      request.filter?.presence && context.presence ? context.presence.filter(request.filter.presence, now) : undefined,
    ]),
    sort,
    order,
    cursor,
    count: request.count,
  });
  const { presence } = context;
  return {
    users: presence ? page.users.map((user) => presence.decorate(user)) : page.users,
    total: page.total,
    offset: page.offset,
    next: page.next ? encodeCursor(page.next) : null,
    prev: page.prev ? encodeCursor(page.prev) : null,
  };
}

/** filter.parent: a parent's linked users by uid, from the links index (a user has a handful at most). */
function linkedUsers(context: OpContext, parent: number, count: number): Answer {
  const uids = context.db.childrenOfUser(parent).sort((a, b) => a - b);
  const users = uids.slice(0, count).flatMap((uid) => context.db.users.get(uid) ?? []);
  return { users, total: uids.length, offset: 0, next: null, prev: null };
}

export const mockCapabilities: Capabilities = {
  version: 'console-extensions/1',
  usersget: {
    cursor: true,
    search: true,
    sort: ['name', 'address', 'uid', 'lastSeen', 'updatedAt'],
    filters: ['active', 'platform', 'token', 'parent', 'presence'],
    maxCount: USERSGET_MAX_COUNT,
  },
  conflictDetection: true,
  extensionOps: ['capabilities', 'appget', 'appset', 'contactsget', 'tokensget', 'tokeninspect', 'presenceget', 'presenceset', 'whoami', 'auditget'],
};

/** The filters given, as one (undefined when none). */
function allOf(filters: (RowFilter | undefined)[]): RowFilter | undefined {
  const present = filters.filter((filter) => filter !== undefined);
  if (present.length === 0) return undefined;
  if (present.length === 1) return present[0];
  return { row: (row) => present.every((filter) => filter.row(row)), user: (user) => present.every((filter) => filter.user(user)) };
}
