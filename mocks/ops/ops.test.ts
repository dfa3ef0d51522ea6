// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { failureAnswerSchema, operations, type ErrorDetail, type OpAnswer, type OpName } from '../../src/contract/index.ts';
import { MockDatabase } from '../db/mock-database.ts';
import { dispatch } from './dispatch.ts';

const SIZE = 500;
let db: MockDatabase;
let clock = Date.UTC(2026, 5, 1);

beforeEach(() => {
  db = MockDatabase.seedNow({ seed: 3, size: SIZE, epoch: clock });
});

/** Sends one request as the wire carries it and returns the answer body. */
function send(body: unknown): Record<string, unknown> {
  clock += 1000;
  return dispatch(db, typeof body === 'string' ? body : JSON.stringify(body), clock).body;
}
/** A successful answer, checked against the contract's answer schema for the op. */
function ok<Op extends OpName>(op: Op, params: object = {}): OpAnswer<Op> {
  return operations[op].answer.parse(send({ op, token: 'app-token', ...params })) as OpAnswer<Op>;
}
/** A refusal, checked against the contract's failure schema. */
const refusedBody = (body: unknown): ErrorDetail => failureAnswerSchema.parse(send(body)).error;
const refused = (op: string, params: object = {}): ErrorDetail => refusedBody({ op, token: 'app-token', ...params });

describe('bad input on the wire', () => {
  const cases: [string, unknown, string, string | undefined][] = [
    ['non-JSON body', '{"op": "usersget", ', 'BAD_REQUEST', undefined],
    ['a JSON array', '[1,2]', 'BAD_REQUEST', undefined],
    ['missing op', { token: 't' }, 'UNKNOWN_OP', 'op'],
    ['unknown op', { op: 'userdrop', token: 't' }, 'UNKNOWN_OP', 'op'],
    ['a non-string op', { op: 42, token: 't' }, 'UNKNOWN_OP', 'op'],
    ['missing app token', { op: 'usersget' }, 'UNAUTHORIZED', 'token'],
    ['wrong type', { op: 'usersget', token: 't', count: 'ten' }, 'VALIDATION', 'count'],
    ['both uid and address on userdel', { op: 'userdel', token: 't', user: { uid: 1, address: 'a@b.c' } }, 'VALIDATION', 'user.uid'],
    ['neither uid nor address on userdel', { op: 'userdel', token: 't', user: {} }, 'VALIDATION', 'user.uid'],
    ['oversized name', { op: 'useradd', token: 't', user: { address: 'x@y.z', profile: { name: 'n'.repeat(33) } } }, 'VALIDATION', 'user.profile.name'],
    ['oversized address', { op: 'useradd', token: 't', user: { address: 'a'.repeat(65) } }, 'VALIDATION', 'user.address'],
    ['javascript: image', { op: 'useradd', token: 't', user: { address: 'x@y.z', profile: { image: 'javascript:alert(1)' } } }, 'VALIDATION', 'user.profile.image'],
    ['role 101', { op: 'useradd', token: 't', user: { address: 'x@y.z', profile: { role: 101 } } }, 'VALIDATION', 'user.profile.role'],
    ['bad email', { op: 'useradd', token: 't', user: { address: 'x@y.z', profile: { email: 'not-an-email' } } }, 'VALIDATION', 'user.profile.email'],
    ['peers 4', { op: 'useradd', token: 't', user: { address: 'x@y.z', permissions: { peers: 4 } } }, 'VALIDATION', 'user.permissions.peers'],
    ['numeric appid', { op: 'useradd', token: 't', user: { address: 'x@y.z', token: { appid: '12345' } } }, 'VALIDATION', 'user.token.appid'],
    ['upper-case appid', { op: 'useradd', token: 't', user: { address: 'x@y.z', token: { appid: 'Com.Example' } } }, 'VALIDATION', 'user.token.appid'],
    ['platforms without v2', { op: 'useradd', token: 't', user: { address: 'x@y.z', token: { appid: 'com.a.b', v2: false, ios: true } } }, 'VALIDATION', 'user.token.v2'],
    ['android without appid or package', { op: 'useradd', token: 't', user: { address: 'x@y.z', token: { android: true } } }, 'VALIDATION', 'user.token.appid'],
    ['count over the limit', { op: 'usersget', token: 't', count: 5000 }, 'VALIDATION', 'count'],
    ['a forged cursor', { op: 'usersget', token: 't', cursor: 'bm90LWEtY3Vyc29y' }, 'VALIDATION', 'cursor'],
  ];
  for (const [name, body, code, field] of cases) {
    it(`answers ${code} for ${name} and changes nothing`, () => {
      const before = JSON.stringify(db.snapshot());
      const error = refusedBody(body);
      expect(error.code).toBe(code);
      expect(error.message.length).toBeGreaterThan(10);
      if (field) expect(error.field).toBe(field);
      expect(JSON.stringify(db.snapshot())).toBe(before);
    });
  }

  it('echoes the request id, also on failures', () => {
    expect(send({ op: 'capabilities', token: 't', id: 7 }).id).toBe(7);
    expect(send({ op: 'userset', token: 't', id: 8, user: { uid: 999_999 } }).id).toBe(8);
  });

  it('lists every invalid parameter so a form can mark each field', () => {
    const error = refused('useradd', { user: { address: 'x@y.z', profile: { name: 'n'.repeat(40), role: -1 } } });
    expect(error.code).toBe('VALIDATION');
    expect(error.issues?.map((issue) => issue.field)).toEqual(['user.profile.name', 'user.profile.role']);
  });
});

describe('useradd', () => {
  it('creates a user with a backend-assigned uid and a token when asked', () => {
    const answer = ok('useradd', { user: { address: 'new@example.com', name: 'New Person', token: { appid: 'com.example.app' } } });
    expect(answer.user.uid).toBe(SIZE + 1);
    expect(answer.user.address).toBe('new@example.com');
    const token = answer.user.token ?? '';
    expect(token.length).toBeGreaterThan(20);
    expect(token.length).toBeLessThanOrEqual(256);
    const stored = db.users.get(SIZE + 1);
    expect(stored?.profile.name).toBe('New Person');
    expect(stored?.active).toBe(true);
    expect(db.tokens.find(token)?.uid).toBe(SIZE + 1);
    expect(db.tokens.find(token)?.expiresAt).toBe(clock + 525_600 * 60_000);
  });

  it('generates no token without a token object', () => {
    expect(ok('useradd', { user: { address: 'plain@example.com' } }).user.token).toBeUndefined();
  });

  it('regenerates the token of an existing address instead of creating a second user', () => {
    const first = ok('useradd', { user: { address: 'same@example.com', token: { appid: 'com.a.b' } } });
    const second = ok('useradd', { user: { address: 'same@example.com', token: { appid: 'com.a.b' } } });
    expect(second.user.uid).toBe(first.user.uid);
    expect(second.user.token).not.toBe(first.user.token);
    expect(db.tokens.find(first.user.token ?? '')).toBeUndefined();
    expect(db.users.count).toBe(SIZE + 1);
  });

  it('treats an existing generated address the same way', () => {
    const address = db.users.dataset.address(10);
    expect(ok('useradd', { user: { address, active: false } }).user.uid).toBe(11);
    expect(db.users.get(11)?.active).toBe(false);
  });

  it('keeps uids increasing and never reuses a deleted one', () => {
    const a = ok('useradd', { user: { address: 'a@example.com' } }).user.uid;
    ok('userdel', { user: { uid: a } });
    const b = ok('useradd', { user: { address: 'b@example.com' } }).user.uid;
    expect(b).toBeGreaterThan(a);
  });

  it('restricts tokens to platforms: package implies Android, bundle implies iOS', () => {
    const answer = ok('useradd', {
      user: { address: 'p@example.com', token: { package: 'com.example.app', bundle: 'com.example.ios', javascript: true, url: 'https://App.example.com/' } },
    });
    const record = db.tokens.find(answer.user.token ?? '');
    expect(record?.platforms).toEqual(['android', 'ios', 'javascript']);
    expect(record?.allPlatforms).toBe(false);
  });

  it('refuses a duplicate uniqueId', () => {
    const taken = db.users.dataset.uniqueId(3);
    const answer = refused('useradd', { user: { address: 'dup@example.com', profile: { uniqueId: taken.toLowerCase() } } });
    expect(answer).toMatchObject({ code: 'ALREADY_EXISTS', field: 'user.profile.uniqueId' });
    expect(db.users.getByAddress('dup@example.com')).toBeUndefined();
  });
});

describe('userset', () => {
  it('needs an existing user', () => {
    expect((refused('userset', { user: { uid: SIZE + 50, active: false } }))).toMatchObject({ code: 'NOT_FOUND', field: 'user.uid' });
    expect((refused('userset', { user: { address: 'nobody@example.com' } }))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('overwrites the profile by default, merges with update, clears with remove', () => {
    ok('userset', { user: { uid: 1, profile: { name: 'Only Name' } } });
    expect(db.users.get(1)?.profile).toEqual({ name: 'Only Name' });
    ok('userset', { user: { uid: 1, profile: { update: true, status: 'Busy', description: 'Hi' } } });
    expect(db.users.get(1)?.profile).toEqual({ name: 'Only Name', status: 'Busy', description: 'Hi' });
    ok('userset', { user: { uid: 1, profile: { update: true, status: '' } } });
    expect(db.users.get(1)?.profile).toEqual({ name: 'Only Name', description: 'Hi' });
    ok('userset', { user: { uid: 1, profile: { remove: true } } });
    expect(db.users.get(1)?.profile).toEqual({});
  });

  it('merges permissions and keeps the others', () => {
    ok('userset', { user: { uid: 2, permissions: { calls: false, peers: 2 } } });
    expect(db.users.get(2)?.permissions).toMatchObject({ calls: false, peers: 2, incoming: true });
  });

  it('refuses a stale version with CONFLICT and keeps the newer change', () => {
    const version = db.users.get(5)?.version as number;
    expect(ok('userset', { user: { uid: 5, version, profile: { update: true, status: 'first' } } })).toBeTruthy();
    const stale = refused('userset', { user: { uid: 5, version, profile: { update: true, status: 'second' } } });
    expect(stale).toMatchObject({ code: 'CONFLICT', field: 'user.version' });
    expect(db.users.get(5)?.profile.status).toBe('first');
  });

  it('adds, changes and removes contacts of existing users only', () => {
    const other = db.users.dataset.address(20);
    ok('userset', { user: { uid: 1, contact: { address: other, favorite: true } } });
    expect(db.contacts.get(1, other)).toMatchObject({ favorite: true, contact: true, subscribe: true, block: false });
    ok('userset', { user: { uid: 1, contact: { address: other, block: true } } });
    expect(db.contacts.get(1, other)?.block).toBe(true);
    ok('userset', { user: { uid: 1, contact: { address: other, remove: true } } });
    expect(db.contacts.get(1, other)).toBeUndefined();
    expect((refused('userset', { user: { uid: 1, contact: { address: 'ghost@example.com' } } }))).toMatchObject({
      code: 'NOT_FOUND',
      field: 'user.contact.address',
    });
    expect((refused('userset', { user: { uid: 1, contact: { address: db.users.dataset.address(0) } } })).code).toBe('VALIDATION');
  });

  it('revokes one device token or all of them with token.remove', () => {
    ok('userset', { user: { uid: 7, token: { appid: 'com.a.b', device: 'phone' } } });
    ok('userset', { user: { uid: 7, token: { appid: 'com.a.b', device: 'tablet' } } });
    expect(db.tokens.tokensOf(7)).toHaveLength(2);
    ok('userset', { user: { uid: 7, token: { remove: true, device: 'phone' } } });
    expect(db.tokens.tokensOf(7).map((token) => token.device)).toEqual(['tablet']);
    ok('userset', { user: { uid: 7, token: { remove: true } } });
    expect(db.tokens.tokensOf(7)).toHaveLength(0);
  });
});

describe('linked users and userdel', () => {
  function linkedFamily() {
    const parent = ok('useradd', { user: { address: 'parent@example.com' } }).user.uid;
    const phone = ok('useradd', { user: { address: 'parent-phone@example.com', token: { appid: 'com.a.b', linkto: parent } } }).user.uid;
    const laptop = ok('useradd', { user: { address: 'parent-laptop@example.com', token: { appid: 'com.a.b', linkto: 'parent-phone@example.com' } } }).user.uid;
    return { parent, phone, laptop };
  }

  it('links to the root parent, even through a linked user', () => {
    const { parent, phone, laptop } = linkedFamily();
    expect(db.users.get(phone)?.parent).toBe(parent);
    expect(db.users.get(laptop)?.parent).toBe(parent);
  });

  it('deletes a parent together with every linked user, whatever linked says', () => {
    const { parent, phone, laptop } = linkedFamily();
    const answer = ok('userdel', { user: { uid: parent, linked: false } });
    expect(answer.deleted?.sort()).toEqual([parent, phone, laptop].sort());
    expect(db.users.get(phone)).toBeUndefined();
  });

  it('deletes only the linked user without linked, and the whole group with it', () => {
    const { parent, phone, laptop } = linkedFamily();
    expect(ok('userdel', { user: { uid: phone } }).deleted).toEqual([phone]);
    expect(db.users.get(parent)).toBeDefined();
    expect(ok('userdel', { user: { address: 'parent-laptop@example.com', linked: true } }).deleted?.sort()).toEqual([laptop, parent].sort());
    expect(db.users.get(parent)).toBeUndefined();
  });

  it('removes the deleted user from other users’ contacts and its tokens', () => {
    const victim = db.users.dataset.address(30);
    const token = ok('userset', { user: { uid: 31, token: { appid: 'com.a.b' } } }).user.token as string;
    ok('userset', { user: { uid: 1, contact: { address: victim } } });
    ok('userdel', { user: { uid: 31 } });
    expect(db.contacts.get(1, victim)).toBeUndefined();
    expect(db.tokens.find(token)).toBeUndefined();
    expect((refused('userdel', { user: { uid: 31 } })).code).toBe('NOT_FOUND');
  });
});

describe('usersget', () => {
  it('gets by uid and by exact address', () => {
    expect(ok('usersget', { user: { uid: 4 } }).users[0]?.uid).toBe(4);
    expect(ok('usersget', { user: { uid: SIZE + 9 } }).users).toEqual([]);
    const address = db.users.dataset.address(8);
    expect(ok('usersget', { user: { address } }).users.map((user: { uid: number }) => user.uid)).toEqual([9]);
  });

  it('matches * wildcards in the address', () => {
    ok('useradd', { user: { address: 'hello-1@example.com' } });
    ok('useradd', { user: { address: 'hello-2@example.org' } });
    ok('useradd', { user: { address: 'say-hello@example.com' } });
    const addresses = (pattern: string) =>
      ok('usersget', { count: 50, user: { address: pattern } }).users.map((user: { address: string }) => user.address).sort();
    expect(addresses('hello*')).toEqual(['hello-1@example.com', 'hello-2@example.org']);
    expect(addresses('*hello*@example.com')).toEqual(['hello-1@example.com', 'say-hello@example.com']);
    expect(addresses('hello-?')).toEqual([]);
  });

  it('honours count and reports the total', () => {
    const answer = ok('usersget', { count: 10 });
    expect(answer.users).toHaveLength(10);
    expect(answer.total).toBe(SIZE);
    expect(answer.next).toEqual(expect.any(String));
  });

  it('answers capabilities', () => {
    expect(ok('capabilities').capabilities.usersget.cursor).toBe(true);
  });
});

describe('app settings and custom fields', () => {
  const define = (key: string, maxLength = 10) => ok('appset', { app: { customField: { key, label: `Label ${key}`, maxLength } } });

  it('refuses values for keys that are not defined, then accepts them once defined', () => {
    const refusal = refused('userset', { user: { uid: 1, profile: { update: true, custom: { team: 'blue' } } } });
    expect(refusal).toMatchObject({ code: 'VALIDATION', field: 'user.profile.custom.team' });
    expect(define('team')).toBeTruthy();
    expect(ok('userset', { user: { uid: 1, profile: { update: true, custom: { team: 'blue' } } } })).toBeTruthy();
    expect(db.users.get(1)?.profile.custom).toEqual({ team: 'blue' });
  });

  it('enforces the defined maximum length', () => {
    define('team', 4);
    expect((refused('userset', { user: { uid: 1, profile: { update: true, custom: { team: 'purple' } } } })).message).toMatch(/at most 4/);
  });

  it('counts the users holding a value before a definition is removed, and caps definitions at 20', () => {
    define('team');
    ok('userset', { user: { uid: 1, profile: { update: true, custom: { team: 'a' } } } });
    ok('userset', { user: { uid: 2, profile: { update: true, custom: { team: 'b' } } } });
    expect(ok('appget').customFieldUsage).toEqual({ team: 2 });
    expect(ok('appset', { app: { customField: { key: 'team', label: 'x', maxLength: 1, remove: true } } }).app.customFields).toEqual([]);
    for (let index = 0; index < 20; index += 1) define(`key${index}`);
    expect(refused('appset', { app: { customField: { key: 'oneTooMany', label: 'x', maxLength: 5 } } }).code).toBe('LIMIT_EXCEEDED');
  });

  it('sets the default visibility', () => {
    expect(ok('appget').app.defaultVisibility).toBe('invisible');
    expect(ok('appset', { app: { defaultVisibility: 'friends' } }).app.defaultVisibility).toBe('friends');
    expect((refused('appset', { app: { defaultVisibility: 'notSet' } })).field).toBe('app.defaultVisibility');
  });
});

describe('contactsget', () => {
  it('lists a user’s contacts with names, and who has the user as a contact', () => {
    const other = db.users.dataset.address(20);
    ok('userset', { user: { uid: 1, contact: { address: other, favorite: true } } });
    ok('userset', { user: { uid: 2, contact: { address: other, block: true } } });
    const forward = ok('contactsget', { user: { uid: 1 } }).contacts;
    expect(forward).toEqual([expect.objectContaining({ address: other, uid: 21, favorite: true, name: db.users.dataset.name(20) })]);
    const reverse = ok('contactsget', { user: { uid: 21 }, reverse: true }).contacts;
    expect(reverse.map((entry) => [entry.uid, entry.block])).toEqual([[1, false], [2, true]]);
  });
});
