// @vitest-environment node
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  EXPIRING_SOON_MS, failureAnswerSchema, operations, platforms, type ErrorDetail, type OpAnswer, type OpName,
} from '../../src/contract/index.ts';
import { MockDatabase } from '../db/mock-database.ts';
import { dispatch } from './dispatch.ts';

const SIZE = 400;
const EPOCH = Date.UTC(2026, 5, 1);
let db: MockDatabase;
let clock = EPOCH;

beforeEach(() => {
  clock = EPOCH;
  db = MockDatabase.seedNow({ seed: 11, size: SIZE, epoch: EPOCH });
});

function send(body: object): Record<string, unknown> {
  return dispatch(db, JSON.stringify({ token: 'app-token', ...body }), clock).body;
}
function ok<Op extends OpName>(op: Op, params: object = {}): OpAnswer<Op> {
  return operations[op].answer.parse(send({ op, ...params })) as OpAnswer<Op>;
}
const refused = (op: string, params: object = {}): ErrorDetail => failureAnswerSchema.parse(send({ op, ...params })).error;

/** A generated user holding at least `count` tokens. */
function userWithTokens(count: number): number {
  for (let uid = 1; uid <= SIZE; uid += 1) if (db.tokensOf(uid).length >= count) return uid;
  throw new Error('no generated user with enough tokens');
}

describe('token inventory', () => {
  it('lists a generated user’s tokens, one per device, masked', () => {
    const uid = userWithTokens(2);
    const { tokens } = ok('tokensget', { user: { uid } });
    expect(tokens.map((token) => token.device)).toEqual(['laptop', 'phone']);
    for (const token of tokens) {
      expect(token.masked).toMatch(/^v2\.g.{2}….{4}$/);
      expect(JSON.stringify(token)).not.toContain(db.tokensOf(uid)[0]?.token);
    }
  });

  it('mixes platforms, and has expired and soon-expiring tokens in the dataset', () => {
    const all = Array.from({ length: SIZE }, (_, index) => db.tokensOf(index + 1)).flat();
    expect(new Set(all.map((token) => (token.allPlatforms ? 'all' : token.platforms.join('+')))).size).toBeGreaterThanOrEqual(5);
    expect(all.some((token) => token.expiresAt < EPOCH)).toBe(true);
    expect(all.some((token) => token.expiresAt > EPOCH && token.expiresAt < EPOCH + EXPIRING_SOON_MS)).toBe(true);
  });

  it('refuses an unknown user', () => {
    expect(refused('tokensget', { user: { uid: SIZE + 5 } })).toMatchObject({ code: 'NOT_FOUND', field: 'user.uid' });
  });

  it('regenerating a device replaces its token; revoking one device or all sticks', () => {
    const uid = userWithTokens(2);
    const laptop = db.tokensOf(uid).find((token) => token.device === 'laptop');
    const fresh = ok('userset', { user: { uid, token: { appid: 'com.example.chat', device: 'laptop' } } }).user.token ?? '';
    expect(ok('tokeninspect', { accessToken: laptop?.token }).token).toBeNull();
    expect(ok('tokeninspect', { accessToken: fresh }).token?.uid).toBe(uid);
    ok('userset', { user: { uid, token: { remove: true, device: 'phone' } } });
    expect(ok('tokensget', { user: { uid } }).tokens.map((token) => token.device)).toEqual(['laptop']);
    ok('userset', { user: { uid, token: { remove: true } } });
    expect(ok('tokensget', { user: { uid } }).tokens).toEqual([]);
    const restored = MockDatabase.restoreNow(db.snapshot());
    expect(restored.tokensOf(uid)).toEqual([]);
  });
});

describe('token inspector', () => {
  it('names the holder of a generated token and of an issued one', () => {
    const uid = userWithTokens(1);
    const generated = db.tokensOf(uid)[0]?.token ?? '';
    expect(ok('tokeninspect', { accessToken: generated }).token).toMatchObject({ uid, address: db.users.dataset.address(uid - 1) });
    expect(ok('tokeninspect', { accessToken: 'v2.gzzzzzzz0.deadbeef' }).token).toBeNull();
  });

  it('explains every reason an app would be refused', () => {
    const token = ok('useradd', {
      user: { address: 'web@example.com', token: { appid: 'com.example.web', javascript: true, url: 'https://App.example.com/chat' } },
    }).user.token ?? '';
    const allowed = ok('tokeninspect', { accessToken: token, login: { platform: 'javascript', appid: 'com.example.web', url: 'https://app.example.com/chat/room' } });
    expect(allowed.login).toEqual({ allowed: true, reasons: [] });
    const refusedLogin = ok('tokeninspect', { accessToken: token, login: { platform: 'android', appid: 'com.other' } });
    expect(refusedLogin.login?.allowed).toBe(false);
    expect(refusedLogin.login?.reasons.join(' ')).toMatch(/valid only on JavaScript, not on Android/);
    expect(refusedLogin.login?.reasons.join(' ')).toMatch(/identifies as com\.other/);
    const wrongPage = ok('tokeninspect', { accessToken: token, login: { platform: 'javascript', url: 'https://evil.example.com/' } });
    expect(wrongPage.login?.reasons.join(' ')).toMatch(/must be under https:\/\/App\.example\.com\/chat/);
  });

  it('says an expired token is expired, and a recorded login auto-refreshes the expiry', () => {
    const token = ok('useradd', { user: { address: 'short@example.com', token: { appid: 'com.a.b', expiry: 60, autorefresh: 1440 } } }).user.token ?? '';
    clock += 30 * 60_000;
    ok('tokeninspect', { accessToken: token, login: { platform: 'python', record: true } });
    const refreshed = ok('tokensget', { user: { uid: SIZE + 1 } }).tokens[0];
    expect(refreshed?.expiresAt).toBe(clock + 1440 * 60_000);
    expect(refreshed?.lastLoginAt).toBe(clock);
    clock += 2 * 86_400_000;
    expect(ok('tokeninspect', { accessToken: token, login: { platform: 'python' } }).login?.reasons[0]).toMatch(/expired/);
  });
});

describe('directory token filters', () => {
  const totalWith = (filter: object) => ok('usersget', { count: 1, filter }).total;
  const bruteForce = (predicate: (uid: number) => boolean) => {
    let count = 0;
    for (let uid = 1; uid < db.users.nextUid; uid += 1) if (db.users.get(uid) && predicate(uid)) count += 1;
    return count;
  };
  const valid = (uid: number) => db.tokensOf(uid).filter((token) => token.expiresAt > clock);

  it('agrees with a brute-force count, also after tokens change', () => {
    const check = () => {
      for (const platform of platforms) {
        expect(totalWith({ platform })).toBe(bruteForce((uid) => valid(uid).some((token) => token.platforms.includes(platform))));
      }
      expect(totalWith({ token: 'none' })).toBe(bruteForce((uid) => valid(uid).length === 0));
      expect(totalWith({ token: 'expiringSoon' })).toBe(
        bruteForce((uid) => valid(uid).some((token) => token.expiresAt <= clock + EXPIRING_SOON_MS)),
      );
      expect(totalWith({ token: 'none', active: true })).toBe(bruteForce((uid) => valid(uid).length === 0 && db.users.get(uid)?.active === true));
    };
    check();
    ok('userset', { user: { uid: userWithTokens(1), token: { remove: true } } });
    ok('useradd', { user: { address: 'ios@example.com', token: { bundle: 'com.example.ios', expiry: 60 } } });
    ok('userset', { user: { uid: 3, profile: { update: true, status: 'changed' } } });
    check();
  });
});

describe('token op fuzzing', () => {
  const tokenParams = fc.record(
    {
      appid: fc.oneof(fc.constantFrom('com.example.app', 'org.chat', 'Bad.AppId', '123', ''), fc.string({ maxLength: 20 })),
      expiry: fc.oneof(fc.integer({ min: -5, max: 6_000_000 }), fc.constant('soon')),
      autorefresh: fc.integer({ min: -1, max: 100_000 }),
      device: fc.oneof(fc.constantFrom('phone', 'laptop', ''), fc.string({ maxLength: 70 })),
      v2: fc.boolean(),
      android: fc.boolean(),
      ios: fc.boolean(),
      javascript: fc.boolean(),
      python: fc.boolean(),
      cpp: fc.boolean(),
      url: fc.constantFrom('https://a.example.com/', 'javascript:alert(1)', 'ftp://x', ''),
      package: fc.constantFrom('com.example.app', 'not a package'),
      bundle: fc.constantFrom('com.example.ios', '$$$'),
      linkto: fc.oneof(fc.integer({ min: -1, max: SIZE + 3 }), fc.constantFrom('nobody@example.com')),
      remove: fc.boolean(),
    },
    { requiredKeys: [] },
  );

  it('answers every token request with a contract-shaped answer and keeps the registry consistent', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: SIZE + 2 }), tokenParams), { maxLength: 15 }), (requests) => {
        db = MockDatabase.seedNow({ seed: 11, size: SIZE, epoch: EPOCH });
        for (const [uid, token] of requests) {
          const body = send({ op: 'userset', user: { uid, token } });
          if (body.result === true) {
            const answer = operations.userset.answer.parse(body);
            if (answer.user.token) {
              expect(answer.user.token.length).toBeLessThanOrEqual(256);
              expect(db.findToken(answer.user.token)?.uid).toBe(uid);
            }
          } else {
            const { error } = failureAnswerSchema.parse(body);
            expect(['VALIDATION', 'NOT_FOUND']).toContain(error.code);
          }
        }
        for (const record of db.tokens.all()) {
          expect(db.users.get(record.uid)).toBeDefined();
          expect(db.findToken(record.token)).toBe(record);
          expect(db.tokensOf(record.uid).filter((other) => other.device === record.device)).toHaveLength(1);
        }
      }),
      { numRuns: 150 },
    );
  });
});
