// Mock op latencies in Node: each request goes through dispatch(), exactly as the MSW handler answers it
// (JSON body in: parse, envelope and zod validation, the op), and the answer is serialized to JSON as
// the handler's HttpResponse.json does. Only the service worker's message passing is left out.
import { encodeCursor } from '../../mocks/db/cursor.ts';
import { MockDatabase } from '../../mocks/db/mock-database.ts';
import { dispatch } from '../../mocks/ops/dispatch.ts';
import type { User } from '../../src/contract/index.ts';
import { timeRuns, type Stats } from './stats.ts';

const TOKEN = 'bench-app-token';

export interface OpFigure {
  /** Stable id, used by the targets. */
  id: string;
  label: string;
  /** The wire request of the first measured run (without op-independent envelope fields). */
  request: Record<string, unknown>;
  /** usersget: matching users (`total`). */
  total?: number;
  stats: Stats;
  /** usersget ops that the "≤ 20 ms at 1,000,000 users" target covers. */
  target: boolean;
  /** Known slow path, reported for information. */
  slowPath?: boolean;
}

export interface MockSizeFigures {
  size: number;
  seed: number;
  seeding: Stats;
  ops: OpFigure[];
}

interface Answer {
  result: boolean;
  error?: { message?: string };
  users?: User[];
  total?: number;
  next?: string | null;
}

function call(db: MockDatabase, request: Record<string, unknown>, now: number): Answer {
  const { body } = dispatch(db, JSON.stringify({ token: TOKEN, ...request }), now);
  JSON.stringify(body);
  return body as unknown as Answer;
}

function mustSucceed(answer: Answer, request: Record<string, unknown>): Answer {
  if (!answer.result) throw new Error(`${JSON.stringify(request)} failed: ${answer.error?.message ?? 'no message'}`);
  return answer;
}

/** The one user a uid names, at this size. */
function userAt(db: MockDatabase, uid: number, now: number): User {
  const answer = mustSucceed(call(db, { op: 'usersget', count: 1, user: { uid } }, now), { uid });
  const user = answer.users?.[0];
  if (!user) throw new Error(`No user ${uid}`);
  return user;
}

export interface MockOpsOptions {
  sizes: number[];
  seed: number;
  runs: number;
  /** Runs of the known slow paths (each can take seconds at 1,000,000 users). */
  slowRuns: number;
  pageSize: number;
  log: (line: string) => void;
}

export function measureMockOps(options: MockOpsOptions): MockSizeFigures[] {
  return options.sizes.map((size) => measureSize(size, options));
}

function measureSize(size: number, options: MockOpsOptions): MockSizeFigures {
  const { seed, runs, pageSize: count, log } = options;
  const epoch = Date.now();
  log(`mock: seeding ${size.toLocaleString('en-US')} users × ${runs}…`);
  let db: MockDatabase | undefined;
  const seeding = timeRuns(runs, 1, () => {
    db = MockDatabase.seedNow({ seed, size, epoch });
  });
  if (!db) throw new Error('seeding produced no database');
  const database = db;
  const now = epoch + 1000;

  const middle = userAt(database, Math.ceil(size / 2), now);
  const uniqueId = middle.profile.uniqueId;
  if (!uniqueId) throw new Error(`User ${middle.uid} has no uniqueId`);
  const firstNamePage = mustSucceed(call(database, { op: 'usersget', count, sort: { by: 'name', order: 'asc' } }, now), {});
  if (!firstNamePage.next) throw new Error('The name-sorted first page has no next cursor');
  const middleCursor = encodeCursor({
    sort: 'name',
    order: 'asc',
    key: (middle.profile.name || middle.address).toLowerCase(),
    uid: middle.uid,
    direction: 'after',
  });

  const reads: { id: string; label: string; request: Record<string, unknown>; slowPath?: boolean }[] = [
    { id: 'first-page', label: 'usersget first page (default sort: uid)', request: { op: 'usersget', count } },
    { id: 'name-sorted', label: 'usersget first page sorted by name', request: { op: 'usersget', count, sort: { by: 'name', order: 'asc' } } },
    {
      id: 'next-page',
      label: 'usersget next page (name sort, cursor)',
      request: { op: 'usersget', count, sort: { by: 'name', order: 'asc' }, cursor: firstNamePage.next },
    },
    {
      id: 'deep-page',
      label: 'usersget page at the middle (name sort, cursor)',
      request: { op: 'usersget', count, sort: { by: 'name', order: 'asc' }, cursor: middleCursor },
    },
    { id: 'search-name', label: 'search "ali" (name contains)', request: { op: 'usersget', count, search: 'ali' } },
    {
      id: 'search-sorted-filtered',
      label: 'search "smith", address sort, active only',
      request: { op: 'usersget', count, search: 'smith', sort: { by: 'address', order: 'asc' }, filter: { active: true } },
    },
    { id: 'address-prefix', label: 'search "alice.smith.00" (address prefix)', request: { op: 'usersget', count, search: 'alice.smith.00' } },
    { id: 'wildcard-domain', label: 'search "*@example.org" (wildcard)', request: { op: 'usersget', count, search: '*@example.org' } },
    {
      id: 'mesibo-wildcard',
      label: 'user.address "*@corp.example" (mesibo wildcard)',
      request: { op: 'usersget', count, user: { address: '*@corp.example' } },
    },
    { id: 'unique-id', label: `search uniqueId "${uniqueId}" (exact)`, request: { op: 'usersget', count, search: uniqueId } },
    { id: 'slow-digit-wildcard', label: 'search "*7*" (digit inside wildcards)', request: { op: 'usersget', count, search: '*7*' }, slowPath: true },
  ];

  const ops: OpFigure[] = [];
  for (const read of reads) {
    log(`mock: ${size.toLocaleString('en-US')} users: ${read.label}`);
    const answer = mustSucceed(call(database, read.request, now), read.request);
    const stats = read.slowPath
      ? timeRuns(options.slowRuns, 0, () => void mustSucceed(call(database, read.request, now), read.request))
      : timeRuns(runs, 2, () => void mustSucceed(call(database, read.request, now), read.request));
    ops.push({
      id: read.id,
      label: read.label,
      request: read.request,
      ...(answer.total === undefined ? {} : { total: answer.total }),
      stats,
      target: !read.slowPath,
      ...(read.slowPath ? { slowPath: true } : {}),
    });
  }

  // Writes: a new user each run; a profile merge on a different generated user each run.
  const addRequest = (index: number) => ({
    op: 'useradd',
    user: { address: `bench.user.${size}.${index + 10}@bench.example`, name: `Bench User ${index + 10}` },
  });
  log(`mock: ${size.toLocaleString('en-US')} users: useradd`);
  const useradd = timeRuns(runs, 2, (index) => {
    const request = addRequest(index);
    mustSucceed(call(database, request, now), request);
  });
  ops.push({ id: 'useradd', label: 'useradd (new address)', request: addRequest(0), stats: useradd, target: false });

  const setRequest = (index: number) => ({
    op: 'userset',
    user: { uid: Math.floor((size / (runs + 3)) * (index + 3)) + 1, profile: { update: true, status: `Benchmarking ${index + 3}` } },
  });
  log(`mock: ${size.toLocaleString('en-US')} users: userset`);
  const userset = timeRuns(runs, 2, (index) => {
    const request = setRequest(index);
    mustSucceed(call(database, request, now), request);
  });
  ops.push({ id: 'userset', label: 'userset (profile merge, status)', request: setRequest(0), stats: userset, target: false });

  return { size, seed, seeding, ops };
}

/** What the directory should show for each search at this dataset (the count and the first address). */
export function expectedResults(size: number, seed: number, searches: readonly string[], count: number) {
  const epoch = Date.now();
  const db = MockDatabase.seedNow({ seed, size, epoch });
  return new Map(
    searches.map((search) => {
      const answer = mustSucceed(call(db, { op: 'usersget', count, search }, epoch), { search });
      return [search, { total: answer.total ?? 0, firstAddress: answer.users?.[0]?.address ?? null }] as const;
    }),
  );
}

/** A uniqueId of this dataset, to search for. */
export function someUniqueId(size: number, seed: number, uid: number): string {
  const epoch = Date.now();
  const user = userAt(MockDatabase.seedNow({ seed, size, epoch }), uid, epoch);
  if (!user.profile.uniqueId) throw new Error(`User ${uid} has no uniqueId`);
  return user.profile.uniqueId;
}
