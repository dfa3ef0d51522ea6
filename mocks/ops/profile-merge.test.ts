// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { failureAnswerSchema, operations, type ErrorDetail, type OpAnswer, type OpName } from '../../src/contract/index.ts';
import { MockDatabase } from '../db/mock-database.ts';
import { dispatch } from './dispatch.ts';

let db: MockDatabase;
let clock = Date.UTC(2026, 5, 1);

beforeEach(() => {
  db = MockDatabase.seedNow({ seed: 4, size: 50, epoch: clock });
});

function send(body: object): Record<string, unknown> {
  clock += 1000;
  return dispatch(db, JSON.stringify({ token: 'app-token', ...body }), clock).body;
}
const ok = <Op extends OpName>(op: Op, params: object = {}): OpAnswer<Op> =>
  operations[op].answer.parse(send({ op, ...params })) as OpAnswer<Op>;
const refused = (op: string, params: object): ErrorDetail => failureAnswerSchema.parse(send({ op, ...params })).error;
const profileOf = (uid: number) => ok('usersget', { user: { uid } }).users[0]?.profile;

describe('profile merge (the profile tab saves this way)', () => {
  it('removes a choice or a number sent as "" and keeps every field not sent', () => {
    ok('userset', { user: { uid: 3, profile: { update: true, gender: 'female', role: 40, level: 2, allowType: 'denyAny', status: 'Hi' } } });
    ok('userset', { user: { uid: 3, profile: { update: true, gender: '', role: '', allowType: '' } } });
    const profile = profileOf(3);
    expect(profile).toMatchObject({ level: 2, status: 'Hi' });
    expect(profile).not.toHaveProperty('gender');
    expect(profile).not.toHaveProperty('role');
    expect(profile).not.toHaveProperty('allowType');
  });

  it('still refuses values outside the limits', () => {
    expect(refused('userset', { user: { uid: 3, profile: { update: true, role: 101 } } })).toMatchObject({
      code: 'VALIDATION',
      field: 'user.profile.role',
    });
    expect(refused('userset', { user: { uid: 3, profile: { update: true, gender: 'other' } } })).toMatchObject({
      code: 'VALIDATION',
      field: 'user.profile.gender',
    });
  });

  it('refuses a stale version with CONFLICT and changes nothing', () => {
    const { version } = ok('userset', { user: { uid: 5, profile: { update: true, name: 'First' } } }).user;
    ok('userset', { user: { uid: 5, version, profile: { update: true, name: 'Second' } } });
    expect(refused('userset', { user: { uid: 5, version, profile: { update: true, name: 'Third' } } })).toMatchObject({ code: 'CONFLICT' });
    expect(profileOf(5)?.name).toBe('Second');
  });
});

describe('usersget filter.parent', () => {
  it('lists a parent’s linked users, and nothing for a user without any', () => {
    const parent = ok('useradd', { user: { address: 'parent@example.com' } }).user.uid;
    const token = { appid: 'com.example.chat', linkto: parent };
    const first = ok('useradd', { user: { address: 'device-1@example.com', token: { ...token, device: 'one' } } }).user.uid;
    const second = ok('useradd', { user: { address: 'device-2@example.com', token: { ...token, device: 'two' } } }).user.uid;

    const linked = ok('usersget', { filter: { parent } });
    expect(linked.users.map((user) => user.uid)).toEqual([first, second]);
    expect(linked.total).toBe(2);
    expect(ok('usersget', { filter: { parent: first } }).total).toBe(0);

    ok('userdel', { user: { uid: parent } });
    expect(ok('usersget', { filter: { parent } }).total).toBe(0);
    expect(ok('usersget', { user: { uid: first } }).users).toEqual([]);
  });
});
