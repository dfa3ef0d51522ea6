// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { failureAnswerSchema, isOpName, operations } from '../../src/contract/index.ts';
import { MockDatabase } from '../db/mock-database.ts';
import { dispatch } from './dispatch.ts';

const SIZE = 60;
const tokens = ['demo-admin-token', 'demo-support-token', 'demo-viewer-token', '', 'other'];
const addresses = ['a@example.com', 'b@example.com', 'c@example.com', 'x*', '*', '', 'a'.repeat(80)];

const anyValue = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({}));
const uid = fc.oneof(fc.integer({ min: -2, max: SIZE + 12 }), anyValue);
const userPart = fc.record(
  {
    uid,
    address: fc.oneof(fc.constantFrom(...addresses), anyValue),
    active: fc.oneof(fc.boolean(), anyValue),
    linked: fc.boolean(),
    name: fc.oneof(fc.string({ maxLength: 40 }), anyValue),
    profile: fc.record(
      {
        update: fc.boolean(),
        remove: fc.boolean(),
        name: fc.string({ maxLength: 40 }),
        uniqueId: fc.constantFrom('U1', 'dup', 'bad id', ''),
        email: fc.constantFrom('a@b.co', 'nope', ''),
        role: fc.integer({ min: -5, max: 105 }),
        image: fc.constantFrom('https://x.example/a.png', 'javascript:alert(1)', ''),
        custom: fc.constantFrom({}, { team: 'x' }, { 'bad key': 'x' }),
      },
      { requiredKeys: [] },
    ),
    permissions: fc.record({ calls: fc.boolean(), peers: fc.integer({ min: -1, max: 5 }) }, { requiredKeys: [] }),
    contact: fc.record({ address: fc.constantFrom(...addresses), block: fc.boolean(), remove: fc.boolean() }, { requiredKeys: [] }),
    token: fc.record(
      {
        appid: fc.constantFrom('com.a.b', 'Bad', ''),
        device: fc.constantFrom('phone', 'laptop'),
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
const opName = fc.oneof(
  fc.constantFrom('useradd', 'userset', 'userdel', 'usersget', 'appset', 'contactsget', 'tokensget', 'tokeninspect', 'whoami', 'auditget'),
  fc.string({ maxLength: 10 }),
);
const request = fc.oneof(
  { weight: 9, arbitrary: fc.record({ op: opName, token: fc.constantFrom(...tokens), user: userPart, count: fc.integer({ min: -1, max: 30 }), search: fc.string({ maxLength: 6 }) }, { requiredKeys: ['op', 'token'] }).map((body) => JSON.stringify(body)) },
  { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 30 }), fc.constant('[]'), fc.constant('null'), fc.constant('{"op":')) },
);

describe('the mock under 10,000 random and malformed requests', () => {
  it('answers each with a well-formed answer, and its invariants hold afterwards', () => {
    let sent = 0;
    fc.assert(
      fc.property(fc.array(request, { minLength: 200, maxLength: 200 }), (bodies) => {
        const db = MockDatabase.seedNow({ seed: 3, size: SIZE, epoch: Date.UTC(2026, 0, 1) });
        const everSeen = new Map<number, string>();
        const deleted = new Set<number>();
        let accepted = 0;
        let clock = Date.UTC(2026, 0, 2);
        for (const raw of bodies) {
          sent += 1;
          clock += 1000;
          const auditBefore = db.audit.length;
          const { body } = dispatch(db, raw, clock);
          if (body.result === true) {
            expect(isOpName(body.op)).toBe(true);
            operations[body.op as keyof typeof operations].answer.parse(body);
            if (db.audit.length > auditBefore) accepted += 1;
            const answered = body.user as { uid?: number; address?: string } | undefined;
            if (typeof answered?.uid === 'number' && typeof answered.address === 'string') {
              // A uid never changes hands: once given to an address it is that address's for good.
              expect(everSeen.get(answered.uid) ?? answered.address).toBe(answered.address);
              expect(deleted.has(answered.uid)).toBe(false);
              everSeen.set(answered.uid, answered.address);
            }
            for (const gone of (body.deleted as number[] | undefined) ?? []) deleted.add(gone);
          } else {
            const failure = failureAnswerSchema.parse(body);
            expect(failure.error.message.length).toBeGreaterThan(5);
            expect(db.audit.length).toBe(auditBefore);
          }
        }
        // Audit entries: one per accepted write, none for refused ones (checked above per request).
        expect(new Set(db.audit.map((entry) => entry.id)).size).toBe(db.audit.length);
        expect(accepted).toBeLessThanOrEqual(db.audit.length);
        const users = [...db.users.overlay.values()];
        const addressesSeen = new Set<string>();
        for (const user of users) {
          expect(addressesSeen.has(user.address)).toBe(false);
          addressesSeen.add(user.address);
          expect(db.users.getByAddress(user.address)?.uid).toBe(user.uid);
          if (user.parent !== null) {
            const parent = db.users.get(user.parent);
            expect(parent, `parent ${user.parent} of ${user.uid} exists`).toBeDefined();
            expect(parent?.parent).toBeNull();
          }
        }
        for (const record of db.tokens.all()) expect(db.users.get(record.uid)).toBeDefined();
        for (const uidGone of deleted) expect(db.users.get(uidGone)).toBeUndefined();
      }),
      { numRuns: 50 },
    );
    expect(sent).toBe(10_000);
  });
});
