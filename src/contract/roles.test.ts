import { describe, expect, it } from 'vitest';
import { anyRequestSchema, type AnyRequest } from './ops.ts';
import { actionsNeededBy, describeRole, operatorActions, roleMay, whyNotAllowed } from './roles.ts';

const request = (body: object): AnyRequest => anyRequestSchema.parse({ token: 't', ...body });

describe('the role rule table', () => {
  it('lets admins do everything, support edit profiles and contacts only, viewers nothing', () => {
    expect(operatorActions.filter((action) => roleMay('admin', action))).toEqual(operatorActions);
    expect(operatorActions.filter((action) => roleMay('support', action))).toEqual(['editProfile', 'editContacts']);
    expect(operatorActions.filter((action) => roleMay('viewer', action))).toEqual([]);
  });

  it('says why in one sentence, the same for tooltips and refusals', () => {
    expect(whyNotAllowed('admin', 'manageTokens')).toBeNull();
    expect(whyNotAllowed('support', 'editProfile')).toBeNull();
    expect(whyNotAllowed('support', 'manageTokens')).toBe('Support staff cannot issue or revoke tokens');
    expect(whyNotAllowed('support', 'editPermissions')).toBe('Support staff cannot change permissions');
    expect(whyNotAllowed('support', 'deleteUser')).toBe('Support staff cannot delete users');
    expect(whyNotAllowed('viewer', 'editProfile')).toBe('Viewers can only look');
    expect(whyNotAllowed('viewer', 'manageTokens')).toBe('Viewers can only look');
  });

  it('describes each role for the sign-in screen', () => {
    expect(describeRole('admin')).toBe('May view and change everything.');
    expect(describeRole('viewer')).toBe('May view everything and change nothing.');
    expect(describeRole('support')).toBe(
      'May view everything, edit profiles and edit contacts. Cannot create users, delete users, deactivate or reactivate users, ' +
        'change permissions, issue or revoke tokens, record logins or change the app’s profile fields or default visibility.',
    );
  });
});

describe('what a request needs', () => {
  it('needs nothing to read, nor for the mock’s simulation controls', () => {
    for (const op of ['usersget', 'capabilities', 'appget', 'whoami', 'auditget', 'presenceget']) {
      expect(actionsNeededBy(request({ op }))).toEqual([]);
    }
    expect(actionsNeededBy(request({ op: 'contactsget', user: { uid: 1 } }))).toEqual([]);
    expect(actionsNeededBy(request({ op: 'tokensget', user: { uid: 1 } }))).toEqual([]);
    expect(actionsNeededBy(request({ op: 'presenceset', user: { uid: 1 }, online: true }))).toEqual([]);
    expect(actionsNeededBy(request({ op: 'tokeninspect', accessToken: 'x', login: { platform: 'android' } }))).toEqual([]);
  });

  it('names the action and the parameter that needs it', () => {
    expect(actionsNeededBy(request({ op: 'useradd', user: { address: 'a@b.c' } }))).toEqual([{ action: 'createUser', field: 'op' }]);
    expect(actionsNeededBy(request({ op: 'userdel', user: { uid: 2 } }))).toEqual([{ action: 'deleteUser', field: 'op' }]);
    expect(actionsNeededBy(request({ op: 'appset', app: { defaultVisibility: 'everyone' } }))).toEqual([
      { action: 'defineProfileFields', field: 'op' },
    ]);
    expect(actionsNeededBy(request({ op: 'tokeninspect', accessToken: 'x', login: { platform: 'ios', record: true } }))).toEqual([
      { action: 'recordLogin', field: 'login.record' },
    ]);
    const everything = request({
      op: 'userset',
      user: { uid: 1, active: false, permissions: { calls: false }, token: { remove: true }, profile: { status: 's' }, contact: { address: 'x@y.z' } },
    });
    expect(actionsNeededBy(everything).map(({ action, field }) => `${action}:${field}`)).toEqual([
      'setActive:user.active',
      'editPermissions:user.permissions',
      'manageTokens:user.token',
      'editProfile:user.profile',
      'editContacts:user.contact',
    ]);
  });

  it('takes a userset that changes nothing as the least a change takes', () => {
    expect(actionsNeededBy(request({ op: 'userset', user: { uid: 1 } }))).toEqual([{ action: 'editProfile', field: 'op' }]);
    expect(actionsNeededBy(request({ op: 'userset', user: { uid: 1, name: 'N' } }))).toEqual([{ action: 'editProfile', field: 'user.name' }]);
  });
});
