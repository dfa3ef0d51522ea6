// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { failureAnswerSchema, isOpName, operations, type AuditEntry } from '../../src/contract/index.ts';
import { MockDatabase } from '../db/mock-database.ts';
import { dispatch } from './dispatch.ts';
import { operatorFor } from './operators.ts';

const SIZE = 60;
const SHAPE = { seed: 3, size: SIZE, epoch: Date.UTC(2026, 0, 1) };
const tokens = ['demo-admin-token', 'demo-support-token', 'demo-viewer-token', '', 'other'];
const addresses = ['a@example.com', 'b@example.com', 'c@example.com', 'x*', '*', '', 'a'.repeat(80)];
/** Hostile text goes everywhere text is accepted: the mock stores it as it is, as data. */
const hostile = ['<script>window.__pwned=1</script>', '"><svg onload=alert(1)>', 'javascript:alert(1)', '\u202Egnp.exe', 'e\u0301\u200B'];
const seeded = MockDatabase.seedNow(SHAPE);
/** Access tokens the seeded users hold, so tokeninspect sometimes finds one (and may record a login). */
const knownAccessTokens = [1, 2, 3].flatMap((uid) => seeded.tokensOf(uid).map((record) => record.token));
/** Addresses that exist (generated) or that requests create, hostile ones included (they have no spaces). */
const validAddresses = [
  ...[1, 2, 3, 4, 5].map((uid) => seeded.users.get(uid)?.address ?? ''),
  'a@example.com',
  'b@example.com',
  '<script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
];

const READ_OPS = new Set(['usersget', 'capabilities', 'appget', 'contactsget', 'tokensget', 'presenceget', 'whoami', 'auditget']);
const USER_WRITE_OPS = new Set(['useradd', 'userset', 'userdel']);

const anyValue = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({}));
const uid = fc.oneof(fc.integer({ min: -2, max: SIZE + 12 }), anyValue);
const text = (maxLength: number) => fc.oneof(fc.string({ maxLength }), fc.constantFrom(...hostile));
const userPart = fc.record(
  {
    uid,
    address: fc.oneof(fc.constantFrom(...addresses, ...hostile), anyValue),
    active: fc.oneof(fc.boolean(), anyValue),
    linked: fc.boolean(),
    name: fc.oneof(text(40), anyValue),
    version: fc.integer({ min: 0, max: 4 }),
    profile: fc.record(
      {
        update: fc.boolean(),
        remove: fc.boolean(),
        name: text(40),
        status: text(20),
        uniqueId: fc.constantFrom('U1', 'u1', 'dup', 'bad id', ''),
        email: fc.constantFrom('a@b.co', 'nope', ''),
        role: fc.integer({ min: -5, max: 105 }),
        image: fc.constantFrom('https://x.example/a.png', 'javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', ''),
        tn: fc.constantFrom('AAAA', 'data:image/png;base64,AAAA', 'data:image/svg+xml,<svg onload=alert(1)>', ''),
        custom: fc.constantFrom({}, { team: 'x' }, { team: '' }, { 'bad key': 'x' }, { team: 'y'.repeat(300) }),
      },
      { requiredKeys: [] },
    ),
    permissions: fc.record({ calls: fc.boolean(), peers: fc.integer({ min: -1, max: 5 }) }, { requiredKeys: [] }),
    contact: fc.record(
      { address: fc.constantFrom(...addresses), block: fc.boolean(), remove: fc.boolean(), favorite: fc.boolean() },
      { requiredKeys: [] },
    ),
    token: fc.record(
      {
        appid: fc.constantFrom('com.a.b', 'Bad', ''),
        device: fc.constantFrom('phone', 'laptop', hostile[0] as string),
        linkto: fc.oneof(fc.integer({ min: 0, max: SIZE + 12 }), fc.constantFrom(...addresses)),
        remove: fc.boolean(),
        android: fc.boolean(),
        v2: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);
const appPart = fc.record(
  {
    customField: fc.record(
      { key: fc.constantFrom('team', 'Team', 'bad key'), label: text(70), maxLength: fc.integer({ min: 0, max: 300 }), remove: fc.boolean() },
      { requiredKeys: ['key'] },
    ),
    defaultVisibility: fc.constantFrom('invisible', 'friends', 'everyone', 'notSet'),
  },
  { requiredKeys: [] },
);
const loginPart = fc.record(
  { platform: fc.constantFrom('android', 'javascript', 'web'), appid: fc.constantFrom('com.a.b', ''), record: fc.boolean() },
  { requiredKeys: ['platform'] },
);
const opName = fc.oneof(
  { weight: 9, arbitrary: fc.constantFrom(
    'useradd', 'userset', 'userdel', 'usersget', 'appset', 'appget', 'contactsget', 'tokensget', 'tokeninspect', 'whoami', 'auditget', 'capabilities',
  ) },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
);
/**
 * Requests that are mostly valid, shaped as the console sends them (one aspect of a user at a time), so
 * that writes are accepted often enough to test what they do; a few values are refused by the contract
 * or conflict with the data (a taken unique ID, a stale version, a missing user, a forbidden role).
 */
const someUid = fc.integer({ min: 1, max: SIZE + 8 });
const someAddress = fc.constantFrom(...validAddresses);
const plausibleProfile = fc.record(
  {
    update: fc.constantFrom(true, true, true, false),
    remove: fc.constantFrom(false, false, false, false, false, true),
    name: fc.constantFrom('Ada', '', '"><svg onload=alert(1)>', '\u202Egnp.exe', 'e\u0301\u200B'),
    status: fc.constantFrom('Busy', '', '<script>window.__pwned=1</script>'),
    uniqueId: fc.constantFrom('U1', 'u1', 'dup', ''),
    email: fc.constantFrom('a@b.co', ''),
    role: fc.integer({ min: 0, max: 100 }),
    image: fc.constantFrom('https://x.example/a.png', ''),
    tn: fc.constantFrom('AAAA', ''),
    custom: fc.constantFrom({}, { team: 'x' }, { team: '' }),
  },
  { requiredKeys: [] },
);
const plausibleToken = fc.record(
  {
    appid: fc.constant('com.a.b'),
    device: fc.constantFrom('phone', 'laptop', '<img src=x onerror=alert(1)>'),
    linkto: someUid,
    remove: fc.constantFrom(false, false, true),
    android: fc.boolean(),
  },
  { requiredKeys: ['appid'] },
);
const plausibleContact = fc.record(
  { address: someAddress, block: fc.boolean(), remove: fc.boolean(), favorite: fc.boolean() },
  { requiredKeys: ['address'] },
);
const plausibleParams = fc.oneof(
  fc.record({ op: fc.constant('useradd'), user: fc.record({ address: someAddress, active: fc.boolean(), profile: plausibleProfile, token: plausibleToken }, { requiredKeys: ['address'] }) }),
  fc.record({ op: fc.constant('userset'), user: fc.record({ uid: someUid, version: fc.integer({ min: 1, max: 3 }), profile: plausibleProfile }, { requiredKeys: ['uid', 'profile'] }) }),
  fc.record({ op: fc.constant('userset'), user: fc.record({ uid: someUid, permissions: fc.record({ calls: fc.boolean(), peers: fc.integer({ min: 0, max: 3 }) }) }) }),
  fc.record({ op: fc.constant('userset'), user: fc.record({ uid: someUid, contact: plausibleContact }) }),
  fc.record({ op: fc.constant('userset'), user: fc.record({ uid: someUid, token: plausibleToken }) }),
  fc.record({ op: fc.constant('userset'), user: fc.record({ uid: someUid, active: fc.boolean() }) }),
  fc.record({ op: fc.constant('userdel'), user: fc.oneof(fc.record({ uid: someUid, linked: fc.boolean() }), fc.record({ address: someAddress })) }),
  fc.record({
    op: fc.constant('appset'),
    app: fc.oneof(
      fc.record({ customField: fc.record({ key: fc.constant('team'), label: fc.constantFrom('Team', '<b>Team</b>'), maxLength: fc.integer({ min: 1, max: 256 }), remove: fc.boolean() }) }),
      fc.record({ defaultVisibility: fc.constantFrom('invisible', 'friends', 'everyone') }),
    ),
  }),
  fc.record(
    { op: fc.constant('tokeninspect'), accessToken: fc.constantFrom(...knownAccessTokens), login: fc.record({ platform: fc.constantFrom('android', 'javascript'), record: fc.boolean() }) },
    { requiredKeys: ['op', 'accessToken'] },
  ),
  fc.record({ op: fc.constantFrom('usersget', 'contactsget', 'tokensget'), user: fc.record({ uid: someUid }) }),
);
const plausible = fc
  .tuple(fc.constantFrom('demo-admin-token', 'demo-admin-token', 'demo-admin-token', 'demo-support-token', 'demo-viewer-token'), plausibleParams)
  .map(([token, params]) => JSON.stringify({ ...params, token }));

const request = fc.oneof(
  { weight: 6, arbitrary: plausible },
  {
    weight: 3,
    arbitrary: fc
      .record(
        {
          op: opName,
          token: fc.constantFrom(...tokens),
          user: userPart,
          app: appPart,
          accessToken: fc.oneof(fc.constantFrom(...knownAccessTokens), fc.string({ maxLength: 12 })),
          login: loginPart,
          count: fc.integer({ min: -1, max: 30 }),
          search: fc.string({ maxLength: 6 }),
        },
        { requiredKeys: ['op', 'token'] },
      )
      .map((body) => JSON.stringify(body)),
  },
  { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 30 }), fc.constant('[]'), fc.constant('null'), fc.constant('{"op":')) },
);

/**
 * Everything a request can change, except the audit log itself, as one comparable string. A user is
 * summed up by its version, which every accepted change raises (ops replace user records, never edit
 * them in place); tokens, contacts and app settings are taken whole.
 */
function stateOf(db: MockDatabase): string {
  const users = [...db.users.overlay.values()].map((user) => `${user.uid}.${user.version}`).join();
  const tokens = db.tokens.all().map((record) => `${record.uid}.${record.device}.${record.token}.${record.linkedTo}.${record.expiresAt}.${record.lastLoginAt}`).join();
  return JSON.stringify([db.users.nextUid, db.users.count, db.users.deletedGeneratedUids(), users, tokens, db.contacts.entries(), db.app]);
}

/** The invariants of the data after any sequence of requests. */
function expectConsistent(db: MockDatabase, deleted: ReadonlySet<number>): void {
  const addressesSeen = new Set<string>();
  const uniqueIds = new Map<string, number>();
  for (const user of db.users.overlay.values()) {
    expect(addressesSeen.has(user.address), `address ${user.address} is unique`).toBe(false);
    addressesSeen.add(user.address);
    expect(db.users.getByAddress(user.address)?.uid).toBe(user.uid);
    expect(user.uid).toBeLessThan(db.users.nextUid);
    const uniqueId = user.profile.uniqueId?.toLowerCase();
    if (uniqueId) {
      expect(uniqueIds.get(uniqueId) ?? user.uid, `unique ID ${uniqueId} is held once`).toBe(user.uid);
      uniqueIds.set(uniqueId, user.uid);
    }
    // Linked users: the parent exists, is not linked itself, and knows the child; and the other way round.
    if (user.parent !== null) {
      const parent = db.users.get(user.parent);
      expect(parent, `parent ${user.parent} of ${user.uid} exists`).toBeDefined();
      expect(parent?.parent).toBeNull();
      expect(db.childrenOfUser(user.parent)).toContain(user.uid);
    }
    for (const child of db.childrenOfUser(user.uid)) expect(db.users.get(child)?.parent).toBe(user.uid);
  }
  for (const record of db.tokens.all()) {
    const holder = db.users.get(record.uid);
    expect(holder, `token holder ${record.uid} exists`).toBeDefined();
    expect(record.linkedTo, `a token of ${record.uid} names its holder's parent`).toBe(holder?.parent);
  }
  for (const [owner, contacts] of db.contacts.entries()) {
    expect(db.users.get(owner), `contact owner ${owner} exists`).toBeDefined();
    for (const contact of contacts) expect(db.users.getByAddress(contact.address), `contact ${contact.address} exists`).toBeDefined();
  }
  for (const gone of deleted) expect(db.users.get(gone)).toBeUndefined();
}

/** A check in the hot loop: `expect` costs too much to call 60,000 times on a loaded machine. */
function must(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/** What the audit log must say about one accepted request, given the entries it added. */
function expectAudited(request: Record<string, unknown>, answer: Record<string, unknown>, added: readonly AuditEntry[], at: number): void {
  const operator = operatorFor(request.token as string);
  for (const entry of added) {
    must(
      entry.op === request.op && entry.operator === operator.name && entry.role === operator.role && entry.at === at,
      `audit entry ${JSON.stringify(entry)} does not name ${String(request.op)} by ${operator.name} at ${at}`,
    );
    must(entry.role !== 'viewer', 'a viewer changed something');
    must(entry.role !== 'support' || entry.op === 'userset', `support did ${entry.op}`);
  }
  const answered = answer.user as { uid?: number } | undefined;
  if (request.op === 'useradd' || request.op === 'userset') {
    must(added.length === 1 && added[0]?.uid === answered?.uid, `${request.op} of ${answered?.uid} is audited once, for that user`);
  }
  if (request.op === 'userdel') {
    const deleted = answer.deleted as number[];
    must(added.some((entry) => entry.uid === answered?.uid), `deleting ${answered?.uid} is audited`);
    must(added.every((entry) => entry.uid !== undefined && deleted.includes(entry.uid)), 'userdel audits only the users it deleted');
  }
}

const RUNS = 25;
const REQUESTS_PER_RUN = 400;

describe('the mock under 10,000 random and malformed requests', () => {
  it('answers each with a well-formed answer, and its invariants hold afterwards', () => {
    let sent = 0;
    fc.assert(
      fc.property(fc.array(request, { minLength: REQUESTS_PER_RUN, maxLength: REQUESTS_PER_RUN }), (bodies) => {
        const db = MockDatabase.seedNow(SHAPE);
        const everSeen = new Map<number, string>();
        const deleted = new Set<number>();
        /** Each entry as it was when appended: the log is append-only, so none may change later. */
        const recorded: string[] = [];
        let clock = Date.UTC(2026, 0, 2);
        let state = stateOf(db);
        for (const raw of bodies) {
          sent += 1;
          clock += 1000;
          const auditBefore = db.audit.length;
          const nextUidBefore = db.users.nextUid;
          const { body } = dispatch(db, raw, clock);
          const added = db.audit.slice(auditBefore);
          const stateAfter = stateOf(db);
          const op = String(body.op);
          if (body.result === true) {
            must(isOpName(body.op), `accepted an unknown op ${op}`);
            operations[body.op as keyof typeof operations].answer.parse(body);
            if (READ_OPS.has(op)) must(stateAfter === state && added.length === 0, `${op} only reads, yet changed something`);
            if (USER_WRITE_OPS.has(op) || op === 'appset') must(added.length > 0, `an accepted ${op} is not audited: ${raw}`);
            if (stateAfter !== state) must(added.length > 0, `a change by ${op} is not audited: ${raw}`);
            expectAudited(JSON.parse(raw) as Record<string, unknown>, body, added, clock);

            const answered = body.user as { uid?: number; address?: string } | undefined;
            if (USER_WRITE_OPS.has(op) && typeof answered?.uid === 'number' && typeof answered.address === 'string') {
              // A uid never changes hands: a new user gets the next unused uid, an existing one keeps its own.
              if (answered.uid >= nextUidBefore) {
                must(answered.uid === nextUidBefore && !everSeen.has(answered.uid), `new user got uid ${answered.uid}, not ${nextUidBefore}`);
              }
              must((everSeen.get(answered.uid) ?? answered.address) === answered.address, `uid ${answered.uid} changed hands`);
              must(!deleted.has(answered.uid), `uid ${answered.uid} was deleted and is reused`);
              everSeen.set(answered.uid, answered.address);
            }
            for (const gone of (body.deleted as number[] | undefined) ?? []) deleted.add(gone);
          } else {
            const failure = failureAnswerSchema.parse(body);
            must(failure.error.message.length > 5, `a refusal without a message: ${JSON.stringify(body)}`);
            // Refused means nothing happened: no half-applied change, no audit entry.
            must(added.length === 0, `a refused ${op} was audited: ${raw}`);
            must(stateAfter === state, `a refused ${op} changed something: ${raw}`);
          }
          must(db.users.nextUid >= nextUidBefore, 'the uid counter went back');
          for (const entry of added) recorded.push(JSON.stringify(entry));
          state = stateAfter;
        }
        expect(db.audit.map((entry) => JSON.stringify(entry)), 'the audit log is append-only').toEqual(recorded);
        const ids = db.audit.map((entry) => entry.id);
        expect(ids).toEqual([...ids].sort((a, b) => a - b));
        expect(new Set(ids).size).toBe(ids.length);
        expectConsistent(db, deleted);
      }),
      { numRuns: RUNS },
    );
    expect(sent).toBe(RUNS * REQUESTS_PER_RUN);
    expect(sent).toBeGreaterThanOrEqual(10_000);
    // 10,000 requests with invariant checks: a few seconds alone, much more on a loaded 2-core machine.
  }, 180_000);
});
