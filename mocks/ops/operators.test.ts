// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { failureAnswerSchema, operatorRoles, whyNotAllowed, type OperatorAction } from '../../src/contract/index.ts';
import { MockDatabase } from '../db/mock-database.ts';
import { DEMO_OPERATORS } from '../mock-settings.ts';
import { dispatch } from './dispatch.ts';
import { operatorFor } from './operators.ts';

/** One request per action, each needing exactly that action. */
const requestFor: Record<OperatorAction, (db: MockDatabase) => object> = {
  createUser: () => ({ op: 'useradd', user: { address: 'new-operator-test@example.com' } }),
  deleteUser: () => ({ op: 'userdel', user: { uid: 2 } }),
  setActive: () => ({ op: 'userset', user: { uid: 1, active: false } }),
  editPermissions: () => ({ op: 'userset', user: { uid: 1, permissions: { calls: false } } }),
  manageTokens: () => ({ op: 'userset', user: { uid: 1, token: { appid: 'com.a.b', device: 'phone' } } }),
  recordLogin: () => ({ op: 'tokeninspect', accessToken: 'no-such-token', login: { platform: 'android', record: true } }),
  defineProfileFields: () => ({ op: 'appset', app: { defaultVisibility: 'everyone' } }),
  editProfile: () => ({ op: 'userset', user: { uid: 1, profile: { update: true, status: 'checked' } } }),
  editContacts: (db) => ({ op: 'userset', user: { uid: 1, contact: { address: db.users.dataset.address(5) } } }),
};

describe('the mock enforces the shared rule table', () => {
  it('knows the demo operators the sign-in screen lists', () => {
    for (const { token, name, role } of DEMO_OPERATORS) expect(operatorFor(token)).toEqual({ name, role });
  });

  for (const role of operatorRoles) {
    it(`refuses ${role} exactly what the table refuses, with the table’s reason`, () => {
      const token = DEMO_OPERATORS.find((operator) => operator.role === role)?.token ?? '';
      for (const [action, build] of Object.entries(requestFor) as [OperatorAction, (db: MockDatabase) => object][]) {
        const db = MockDatabase.seedNow({ seed: 3, size: 20, epoch: Date.UTC(2026, 5, 1) });
        const body = dispatch(db, JSON.stringify({ token, ...build(db) }), Date.UTC(2026, 5, 2)).body;
        const reason = whyNotAllowed(role, action);
        const failure = failureAnswerSchema.safeParse(body);
        if (reason === null) {
          expect(failure.success ? failure.data.error : null, `${role} may ${action}`).not.toMatchObject({ code: 'FORBIDDEN' });
        } else {
          expect(failure.success && failure.data.error, `${role} may not ${action}`).toMatchObject({
            code: 'FORBIDDEN',
            message: `Not allowed for role ${role}: ${reason}.`,
          });
        }
      }
    });
  }
});
