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
      ['userset', 'Ada Admin', 'changed'],
      ['userset', 'Sam Support', 'changed'],
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

  it('survives a restart and offers no op that edits it', () => {
    ok(ADMIN, 'userset', { user: { uid: 5, active: false } });
    expect(MockDatabase.restoreNow(db.snapshot()).audit).toHaveLength(1);
    expect(Object.keys(operations).filter((op) => /audit/.test(op))).toEqual(['auditget']);
  });
});
