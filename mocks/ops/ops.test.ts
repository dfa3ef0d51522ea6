// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { MockDatabase } from '../db/mock-database.ts';
import { dispatch } from './dispatch.ts';

const SIZE = 500;
let db: MockDatabase;
let clock = Date.UTC(2026, 5, 1);

beforeEach(() => {
  db = MockDatabase.seedNow({ seed: 3, size: SIZE, epoch: clock });
});

/** Sends one request as the wire carries it and returns the answer body. */
function send(body: unknown): Record<string, any> {
  clock += 1000;
  return dispatch(db, typeof body === 'string' ? body : JSON.stringify(body), clock).body as Record<string, any>;
}
const call = (op: string, params: object = {}) => send({ op, token: 'app-token', ...params });
const errorOf = (answer: Record<string, any>) => answer.error as { code: string; message: string; field?: string };

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
      const answer = send(body);
      expect(answer.result).toBe(false);
      expect(errorOf(answer).code).toBe(code);
      expect(errorOf(answer).message.length).toBeGreaterThan(10);
      if (field) expect(errorOf(answer).field).toBe(field);
      expect(JSON.stringify(db.snapshot())).toBe(before);
    });
  }

  it('echoes the request id, also on failures', () => {
    expect(send({ op: 'capabilities', token: 't', id: 7 }).id).toBe(7);
    expect(send({ op: 'userset', token: 't', id: 8, user: { uid: 999_999 } }).id).toBe(8);
  });

  it('lists every invalid parameter so a form can mark each field', () => {
    const answer = call('useradd', { user: { address: 'x@y.z', profile: { name: 'n'.repeat(40), role: -1 } } });
    expect(errorOf(answer).code).toBe('VALIDATION');
    expect(answer.error.issues.map((issue: { field: string }) => issue.field)).toEqual(['user.profile.name', 'user.profile.role']);
  });
});

describe('useradd', () => {
  it('creates a user with a backend-assigned uid and a token when asked', () => {
    const answer = call('useradd', { user: { address: 'new@example.com', name: 'New Person', token: { appid: 'com.example.app' } } });
    expect(answer.result).toBe(true);
    expect(answer.user.uid).toBe(SIZE + 1);
    expect(answer.user.address).toBe('new@example.com');
    expect(answer.user.token.length).toBeLessThanOrEqual(256);
    const stored = db.users.get(SIZE + 1);
    expect(stored?.profile.name).toBe('New Person');
    expect(stored?.active).toBe(true);
    expect(db.tokens.find(answer.user.token)?.uid).toBe(SIZE + 1);
    expect(db.tokens.find(answer.user.token)?.expiresAt).toBe(clock + 525_600 * 60_000);
  });

  it('generates no token without a token object', () => {
    expect(call('useradd', { user: { address: 'plain@example.com' } }).user.token).toBeUndefined();
  });

  it('regenerates the token of an existing address instead of creating a second user', () => {
    const first = call('useradd', { user: { address: 'same@example.com', token: { appid: 'com.a.b' } } });
    const second = call('useradd', { user: { address: 'same@example.com', token: { appid: 'com.a.b' } } });
    expect(second.user.uid).toBe(first.user.uid);
    expect(second.user.token).not.toBe(first.user.token);
    expect(db.tokens.find(first.user.token)).toBeUndefined();
    expect(db.users.count).toBe(SIZE + 1);
  });

  it('treats an existing generated address the same way', () => {
    const address = db.users.dataset.address(10);
    expect(call('useradd', { user: { address, active: false } }).user.uid).toBe(11);
    expect(db.users.get(11)?.active).toBe(false);
  });

  it('keeps uids increasing and never reuses a deleted one', () => {
    const a = call('useradd', { user: { address: 'a@example.com' } }).user.uid as number;
    call('userdel', { user: { uid: a } });
    const b = call('useradd', { user: { address: 'b@example.com' } }).user.uid as number;
    expect(b).toBeGreaterThan(a);
  });

  it('restricts tokens to platforms: package implies Android, bundle implies iOS', () => {
    const answer = call('useradd', {
      user: { address: 'p@example.com', token: { package: 'com.example.app', bundle: 'com.example.ios', javascript: true, url: 'https://App.example.com/' } },
    });
    const record = db.tokens.find(answer.user.token);
    expect(record?.platforms).toEqual(['android', 'ios', 'javascript']);
    expect(record?.allPlatforms).toBe(false);
  });

  it('refuses a duplicate uniqueId', () => {
    const taken = db.users.dataset.uniqueId(3);
    const answer = call('useradd', { user: { address: 'dup@example.com', profile: { uniqueId: taken.toLowerCase() } } });
    expect(errorOf(answer)).toMatchObject({ code: 'ALREADY_EXISTS', field: 'user.profile.uniqueId' });
    expect(db.users.getByAddress('dup@example.com')).toBeUndefined();
  });
});

describe('userset', () => {
  it('needs an existing user', () => {
    expect(errorOf(call('userset', { user: { uid: SIZE + 50, active: false } }))).toMatchObject({ code: 'NOT_FOUND', field: 'user.uid' });
    expect(errorOf(call('userset', { user: { address: 'nobody@example.com' } }))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('overwrites the profile by default, merges with update, clears with remove', () => {
    call('userset', { user: { uid: 1, profile: { name: 'Only Name' } } });
    expect(db.users.get(1)?.profile).toEqual({ name: 'Only Name' });
    call('userset', { user: { uid: 1, profile: { update: true, status: 'Busy', description: 'Hi' } } });
    expect(db.users.get(1)?.profile).toEqual({ name: 'Only Name', status: 'Busy', description: 'Hi' });
    call('userset', { user: { uid: 1, profile: { update: true, status: '' } } });
    expect(db.users.get(1)?.profile).toEqual({ name: 'Only Name', description: 'Hi' });
    call('userset', { user: { uid: 1, profile: { remove: true } } });
    expect(db.users.get(1)?.profile).toEqual({});
  });

  it('merges permissions and keeps the others', () => {
    call('userset', { user: { uid: 2, permissions: { calls: false, peers: 2 } } });
    expect(db.users.get(2)?.permissions).toMatchObject({ calls: false, peers: 2, incoming: true });
  });

  it('refuses a stale version with CONFLICT and keeps the newer change', () => {
    const version = db.users.get(5)?.version as number;
    expect(call('userset', { user: { uid: 5, version, profile: { update: true, status: 'first' } } }).result).toBe(true);
    const stale = call('userset', { user: { uid: 5, version, profile: { update: true, status: 'second' } } });
    expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT', field: 'user.version' });
    expect(db.users.get(5)?.profile.status).toBe('first');
  });

  it('adds, changes and removes contacts of existing users only', () => {
    const other = db.users.dataset.address(20);
    call('userset', { user: { uid: 1, contact: { address: other, favorite: true } } });
    expect(db.contacts.get(1, other)).toMatchObject({ favorite: true, contact: true, subscribe: true, block: false });
    call('userset', { user: { uid: 1, contact: { address: other, block: true } } });
    expect(db.contacts.get(1, other)?.block).toBe(true);
    call('userset', { user: { uid: 1, contact: { address: other, remove: true } } });
    expect(db.contacts.get(1, other)).toBeUndefined();
    expect(errorOf(call('userset', { user: { uid: 1, contact: { address: 'ghost@example.com' } } }))).toMatchObject({
      code: 'NOT_FOUND',
      field: 'user.contact.address',
    });
    expect(errorOf(call('userset', { user: { uid: 1, contact: { address: db.users.dataset.address(0) } } })).code).toBe('VALIDATION');
  });

  it('revokes one device token or all of them with token.remove', () => {
    call('userset', { user: { uid: 7, token: { appid: 'com.a.b', device: 'phone' } } });
    call('userset', { user: { uid: 7, token: { appid: 'com.a.b', device: 'tablet' } } });
    expect(db.tokens.tokensOf(7)).toHaveLength(2);
    call('userset', { user: { uid: 7, token: { remove: true, device: 'phone' } } });
    expect(db.tokens.tokensOf(7).map((token) => token.device)).toEqual(['tablet']);
    call('userset', { user: { uid: 7, token: { remove: true } } });
    expect(db.tokens.tokensOf(7)).toHaveLength(0);
  });
});

describe('linked users and userdel', () => {
  function linkedFamily() {
    const parent = call('useradd', { user: { address: 'parent@example.com' } }).user.uid as number;
    const phone = call('useradd', { user: { address: 'parent-phone@example.com', token: { appid: 'com.a.b', linkto: parent } } }).user.uid as number;
    const laptop = call('useradd', { user: { address: 'parent-laptop@example.com', token: { appid: 'com.a.b', linkto: 'parent-phone@example.com' } } }).user.uid as number;
    return { parent, phone, laptop };
  }

  it('links to the root parent, even through a linked user', () => {
    const { parent, phone, laptop } = linkedFamily();
    expect(db.users.get(phone)?.parent).toBe(parent);
    expect(db.users.get(laptop)?.parent).toBe(parent);
  });

  it('deletes a parent together with every linked user, whatever linked says', () => {
    const { parent, phone, laptop } = linkedFamily();
    const answer = call('userdel', { user: { uid: parent, linked: false } });
    expect(answer.deleted.sort()).toEqual([parent, phone, laptop].sort());
    expect(db.users.get(phone)).toBeUndefined();
  });

  it('deletes only the linked user without linked, and the whole group with it', () => {
    const { parent, phone, laptop } = linkedFamily();
    expect(call('userdel', { user: { uid: phone } }).deleted).toEqual([phone]);
    expect(db.users.get(parent)).toBeDefined();
    expect(call('userdel', { user: { address: 'parent-laptop@example.com', linked: true } }).deleted.sort()).toEqual([laptop, parent].sort());
    expect(db.users.get(parent)).toBeUndefined();
  });

  it('removes the deleted user from other users’ contacts and its tokens', () => {
    const victim = db.users.dataset.address(30);
    const token = call('userset', { user: { uid: 31, token: { appid: 'com.a.b' } } }).user.token as string;
    call('userset', { user: { uid: 1, contact: { address: victim } } });
    call('userdel', { user: { uid: 31 } });
    expect(db.contacts.get(1, victim)).toBeUndefined();
    expect(db.tokens.find(token)).toBeUndefined();
    expect(errorOf(call('userdel', { user: { uid: 31 } })).code).toBe('NOT_FOUND');
  });
});

describe('usersget', () => {
  it('gets by uid and by exact address', () => {
    expect(call('usersget', { user: { uid: 4 } }).users[0].uid).toBe(4);
    expect(call('usersget', { user: { uid: SIZE + 9 } }).users).toEqual([]);
    const address = db.users.dataset.address(8);
    expect(call('usersget', { user: { address } }).users.map((user: { uid: number }) => user.uid)).toEqual([9]);
  });

  it('matches * wildcards in the address', () => {
    call('useradd', { user: { address: 'hello-1@example.com' } });
    call('useradd', { user: { address: 'hello-2@example.org' } });
    call('useradd', { user: { address: 'say-hello@example.com' } });
    const addresses = (pattern: string) =>
      call('usersget', { count: 50, user: { address: pattern } }).users.map((user: { address: string }) => user.address).sort();
    expect(addresses('hello*')).toEqual(['hello-1@example.com', 'hello-2@example.org']);
    expect(addresses('*hello*@example.com')).toEqual(['hello-1@example.com', 'say-hello@example.com']);
    expect(addresses('hello-?')).toEqual([]);
  });

  it('honours count and reports the total', () => {
    const answer = call('usersget', { count: 10 });
    expect(answer.users).toHaveLength(10);
    expect(answer.total).toBe(SIZE);
    expect(answer.next).toEqual(expect.any(String));
  });

  it('answers capabilities', () => {
    expect(call('capabilities').capabilities.usersget.cursor).toBe(true);
  });
});

describe('app settings and custom fields', () => {
  const define = (key: string, maxLength = 10) => call('appset', { app: { customField: { key, label: `Label ${key}`, maxLength } } });

  it('refuses values for keys that are not defined, then accepts them once defined', () => {
    const refused = call('userset', { user: { uid: 1, profile: { update: true, custom: { team: 'blue' } } } });
    expect(errorOf(refused)).toMatchObject({ code: 'VALIDATION', field: 'user.profile.custom.team' });
    expect(define('team').result).toBe(true);
    expect(call('userset', { user: { uid: 1, profile: { update: true, custom: { team: 'blue' } } } }).result).toBe(true);
    expect(db.users.get(1)?.profile.custom).toEqual({ team: 'blue' });
  });

  it('enforces the defined maximum length', () => {
    define('team', 4);
    expect(errorOf(call('userset', { user: { uid: 1, profile: { update: true, custom: { team: 'purple' } } } })).message).toMatch(/at most 4/);
  });

  it('counts the users holding a value before a definition is removed, and caps definitions at 20', () => {
    define('team');
    call('userset', { user: { uid: 1, profile: { update: true, custom: { team: 'a' } } } });
    call('userset', { user: { uid: 2, profile: { update: true, custom: { team: 'b' } } } });
    expect(call('appget').customFieldUsage).toEqual({ team: 2 });
    expect(call('appset', { app: { customField: { key: 'team', label: 'x', maxLength: 1, remove: true } } }).app.customFields).toEqual([]);
    for (let index = 0; index < 20; index += 1) define(`key${index}`);
    expect(errorOf(define('oneTooMany')).code).toBe('LIMIT_EXCEEDED');
  });

  it('sets the default visibility', () => {
    expect(call('appget').app.defaultVisibility).toBe('invisible');
    expect(call('appset', { app: { defaultVisibility: 'friends' } }).app.defaultVisibility).toBe('friends');
    expect(errorOf(call('appset', { app: { defaultVisibility: 'notSet' } })).field).toBe('app.defaultVisibility');
  });
});

describe('contactsget', () => {
  it('lists a user’s contacts with names, and who has the user as a contact', () => {
    const other = db.users.dataset.address(20);
    call('userset', { user: { uid: 1, contact: { address: other, favorite: true } } });
    call('userset', { user: { uid: 2, contact: { address: other, block: true } } });
    const forward = call('contactsget', { user: { uid: 1 } }).contacts;
    expect(forward).toEqual([expect.objectContaining({ address: other, uid: 21, favorite: true, name: db.users.dataset.name(20) })]);
    const reverse = call('contactsget', { user: { uid: 21 }, reverse: true }).contacts;
    expect(reverse.map((entry: { uid: number; block: boolean }) => [entry.uid, entry.block])).toEqual([[1, false], [2, true]]);
  });
});
