// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { failureAnswerSchema, operations, type ErrorDetail, type OpAnswer, type OpName } from '../../src/contract/index.ts';
import { MockDatabase } from '../db/mock-database.ts';
import { dispatch } from './dispatch.ts';

const ADMIN = 'demo-admin-token';
const SUPPORT = 'demo-support-token';
const VIEWER = 'demo-viewer-token';
let db: MockDatabase;
let clock = Date.UTC(2026, 5, 1);

beforeEach(() => {
  db = MockDatabase.seedNow({ seed: 2, size: 100, epoch: clock });
});

function send(token: string, op: string, params: object = {}) {
  clock += 1000;
  return dispatch(db, JSON.stringify({ op, token, ...params }), clock).body;
}
function ok<Op extends OpName>(token: string, op: Op, params: object = {}): OpAnswer<Op> {
  return operations[op].answer.parse(send(token, op, params)) as OpAnswer<Op>;
}
const refused = (token: string, op: string, params: object = {}): ErrorDetail => failureAnswerSchema.parse(send(token, op, params)).error;

describe('operator roles, enforced by the backend', () => {
  it('tells each operator who they are', () => {
    expect(ok(SUPPORT, 'whoami').operator).toEqual({ name: 'Sam Support', role: 'support' });
    expect(ok(VIEWER, 'whoami').operator.role).toBe('viewer');
  });

  it('lets support edit profiles and contacts, and nothing else', () => {
    expect(ok(SUPPORT, 'userset', { user: { uid: 1, profile: { update: true, status: 'Helped' } } }).user.uid).toBe(1);
    expect(ok(SUPPORT, 'userset', { user: { uid: 1, contact: { address: db.users.dataset.address(5) } } }).user.uid).toBe(1);
    const forbidden: [string, object, string][] = [
      ['userset', { user: { uid: 1, permissions: { calls: false } } }, 'user.permissions'],
      ['userset', { user: { uid: 1, token: { appid: 'com.a.b' } } }, 'user.token'],
      ['userset', { user: { uid: 1, active: false } }, 'user.active'],
      ['useradd', { user: { address: 'new@example.com' } }, 'op'],
      ['userdel', { user: { uid: 2 } }, 'op'],
      ['appset', { app: { defaultVisibility: 'everyone' } }, 'op'],
    ];
    for (const [op, params, field] of forbidden) {
      const error = refused(SUPPORT, op, params);
      expect(error).toMatchObject({ code: 'FORBIDDEN', field });
      expect(error.message).toMatch(/^Not allowed for role support/);
    }
    expect(db.users.get(1)?.permissions.calls).toBe(true);
    expect(db.users.get(2)).toBeDefined();
  });

  it('lets viewers read and nothing more', () => {
    expect(ok(VIEWER, 'usersget', { count: 5 }).users).toHaveLength(5);
    expect(ok(VIEWER, 'auditget').entries).toEqual([]);
    expect(refused(VIEWER, 'userset', { user: { uid: 1, profile: { update: true, status: 'x' } } }).code).toBe('FORBIDDEN');
  });
});

describe('audit log', () => {
  it('records every accepted change with operator, op, user and a field diff — and no refused one', () => {
    const { uid } = ok(ADMIN, 'useradd', { user: { address: 'audited@example.com', name: 'Audited' } }).user;
    ok(SUPPORT, 'userset', { user: { uid, profile: { update: true, status: 'Busy', name: 'Audited Two' } } });
    refused(SUPPORT, 'userset', { user: { uid, permissions: { calls: false } } });
    refused(ADMIN, 'userset', { user: { uid, profile: { email: 'broken' } } });
    ok(ADMIN, 'userset', { user: { uid, token: { appid: 'com.a.b', device: 'phone' } } });
    ok(ADMIN, 'userdel', { user: { uid } });

    const { entries, total } = ok(VIEWER, 'auditget', { filter: { uid } });
    expect(total).toBe(4);
    expect(entries.map((entry) => [entry.op, entry.operator, entry.summary])).toEqual([
      ['userdel', 'Ada Admin', 'deleted'],
      ['userset', 'Ada Admin', 'token issued for device phone'],
      ['userset', 'Sam Support', 'profile changed: name, status'],
      ['useradd', 'Ada Admin', 'created'],
    ]);
    expect(entries[2]?.changes).toEqual([
      { field: 'profile.name', before: 'Audited', after: 'Audited Two' },
      { field: 'profile.status', before: null, after: 'Busy' },
    ]);
    const tokenChange = entries[1]?.changes.find((change) => change.field === 'token.phone');
    expect(tokenChange?.before).toBeNull();
    expect(String(tokenChange?.after)).toMatch(/…/);
  });

  it('pages newest first and filters by operator, op and time', () => {
    for (let index = 0; index < 7; index += 1) ok(ADMIN, 'userset', { user: { uid: 3, profile: { update: true, status: `s${index}` } } });
    ok(SUPPORT, 'userset', { user: { uid: 4, profile: { update: true, status: 'x' } } });
    const first = ok(ADMIN, 'auditget', { count: 3 });
    expect(first.total).toBe(8);
    expect(first.entries[0]?.operator).toBe('Sam Support');
    const second = ok(ADMIN, 'auditget', { count: 3, before: first.next ?? undefined });
    expect(second.entries.map((entry) => entry.id)).toEqual([5, 4, 3]);
    expect(ok(ADMIN, 'auditget', { filter: { operator: 'sam' } }).total).toBe(1);
    expect(ok(ADMIN, 'auditget', { filter: { op: 'useradd' } }).total).toBe(0);
    expect(ok(ADMIN, 'auditget', { filter: { from: clock + 1 } }).total).toBe(0);
  });

  it('describes every kind of write with the fields it changed', () => {
    const latest = () => ok(ADMIN, 'auditget', { count: 1 }).entries[0];
    const change = (field: string) => latest()?.changes.find((each) => each.field === field);

    const { uid, token } = ok(ADMIN, 'useradd', { user: { address: 'parent@example.com', token: { appid: 'com.a.b', autorefresh: 60 } } }).user;
    expect(latest()?.summary).toBe('created; token issued for the default device');
    expect(change('token.default.platforms')).toEqual({ field: 'token.default.platforms', before: null, after: 'all' });

    ok(ADMIN, 'userset', { user: { uid, active: false } });
    expect([latest()?.summary, change('active')?.after]).toEqual(['deactivated', false]);
    ok(ADMIN, 'userset', { user: { uid, permissions: { calls: false, turn: false } } });
    expect(latest()?.summary).toBe('permissions changed: calls, turn');

    const contact = db.users.dataset.address(6);
    ok(SUPPORT, 'userset', { user: { uid, contact: { address: contact, favorite: true } } });
    expect(latest()?.summary).toBe(`contact ${contact} added`);
    ok(SUPPORT, 'userset', { user: { uid, contact: { address: contact, remove: true } } });
    expect([latest()?.summary, change(`contact.${contact}`)?.after]).toEqual([`contact ${contact} removed`, null]);

    ok(ADMIN, 'userset', { user: { uid, token: { appid: 'com.a.b', android: true, expiry: 60 } } });
    expect(latest()?.summary).toBe('token regenerated for the default device');
    expect(change('token.default.platforms')).toMatchObject({ before: 'all', after: 'android' });
    ok(ADMIN, 'userset', { user: { uid, token: { remove: true } } });
    expect(latest()?.summary).toBe('token revoked for the default device');
    ok(ADMIN, 'userset', { user: { uid, profile: { update: true } } });
    expect(latest()).toMatchObject({ summary: 'saved without changes', changes: [] });

    const { uid: child } = ok(ADMIN, 'useradd', { user: { address: 'child@example.com', token: { appid: 'com.a.b', device: 'tablet', linkto: uid } } }).user;
    ok(ADMIN, 'userset', { user: { uid: child, token: { appid: 'com.a.b', device: 'tablet', linkto: uid } } });
    expect(latest()?.summary).toBe('token regenerated for device tablet');
    ok(ADMIN, 'userdel', { user: { uid } });
    const deletions = ok(ADMIN, 'auditget', { count: 2 }).entries;
    expect(deletions.map((entry) => [entry.uid, entry.summary]).sort()).toEqual([
      [uid, 'deleted'],
      [child, 'deleted with parent@example.com'],
    ].sort());
    expect(token).toBeDefined();
  });

  it('records a simulated login, and app settings field by field', () => {
    const { uid, token } = ok(ADMIN, 'useradd', { user: { address: 'login@example.com', token: { appid: 'com.a.b', device: 'phone', expiry: 10, autorefresh: 600 } } }).user;
    const before = db.audit.length;
    ok(ADMIN, 'tokeninspect', { accessToken: token, login: { platform: 'android' } });
    ok(ADMIN, 'tokeninspect', { accessToken: 'no-such-token', login: { platform: 'android', record: true } });
    expect(db.audit).toHaveLength(before);

    ok(ADMIN, 'tokeninspect', { accessToken: token, login: { platform: 'ios', appid: 'com.a.b', record: true } });
    const [login] = ok(ADMIN, 'auditget', { count: 1, filter: { uid } }).entries;
    expect(login).toMatchObject({ op: 'tokeninspect', summary: 'login recorded on iOS with the token of device phone' });
    expect(login?.changes.map((each) => [each.field, each.before === null])).toEqual([
      ['token.phone.expires', false],
      ['token.phone.lastLogin', true],
    ]);
    expect(login?.changes[1]?.after).toBe(new Date(login?.at ?? 0).toISOString());

    ok(ADMIN, 'appset', { app: { customField: { key: 'team', label: 'Team', maxLength: 20 } } });
    ok(ADMIN, 'appset', { app: { defaultVisibility: 'everyone' } });
    const [visibility, defined] = ok(ADMIN, 'auditget', { count: 2, filter: { op: 'appset' } }).entries;
    expect(defined).toMatchObject({
      summary: 'custom field team defined',
      changes: [{ field: 'app.customField.team', before: null, after: { label: 'Team', maxLength: 20 } }],
    });
    expect(visibility).toMatchObject({
      summary: 'default visibility set to everyone',
      changes: [{ field: 'app.defaultVisibility', before: 'invisible', after: 'everyone' }],
    });
    expect(visibility?.uid).toBeUndefined();
  });

  it('survives a restart and offers no op that edits it', () => {
    ok(ADMIN, 'userset', { user: { uid: 5, active: false } });
    expect(MockDatabase.restoreNow(db.snapshot()).audit).toHaveLength(1);
    expect(Object.keys(operations).filter((op) => /audit/.test(op))).toEqual(['auditget']);
  });
});
