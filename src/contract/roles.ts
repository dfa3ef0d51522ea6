import type { OperatorRole } from './operators.ts';
import type { AnyRequest } from './ops.ts';

/**
 * What each operator role may change [ext]. One table for both sides: the backend (the mock) refuses a
 * request that needs an action the role lacks, and the console disables the same actions with the same
 * sentence as their reason, so the two cannot drift. Reading is open to every role.
 */
export const operatorActions = [
  'createUser',
  'deleteUser',
  'setActive',
  'editPermissions',
  'manageTokens',
  'recordLogin',
  'defineProfileFields',
  'editProfile',
  'editContacts',
] as const;
export type OperatorAction = (typeof operatorActions)[number];

interface ActionRule {
  /** The roles that may do it. */
  roles: readonly OperatorRole[];
  /** The action in words, finishing "Support staff cannot …". */
  what: string;
}

export const actionRules: Readonly<Record<OperatorAction, ActionRule>> = {
  createUser: { roles: ['admin'], what: 'create users' },
  deleteUser: { roles: ['admin'], what: 'delete users' },
  setActive: { roles: ['admin'], what: 'deactivate or reactivate users' },
  editPermissions: { roles: ['admin'], what: 'change permissions' },
  manageTokens: { roles: ['admin'], what: 'issue or revoke tokens' },
  recordLogin: { roles: ['admin'], what: 'record logins' },
  defineProfileFields: { roles: ['admin'], what: 'change the app’s profile fields or default visibility' },
  editProfile: { roles: ['admin', 'support'], what: 'edit profiles' },
  editContacts: { roles: ['admin', 'support'], what: 'edit contacts' },
};

/** How a role is named in sentences. */
export const roleTitles: Readonly<Record<OperatorRole, string>> = {
  admin: 'Admins',
  support: 'Support staff',
  viewer: 'Viewers',
};

export function roleMay(role: OperatorRole, action: OperatorAction): boolean {
  return actionRules[action].roles.includes(role);
}

/**
 * Why the role may not do the action, as one sentence ("Support staff cannot issue or revoke tokens",
 * "Viewers can only look"), or null when it may. The console's tooltips and the backend's refusal
 * both say this.
 */
export function whyNotAllowed(role: OperatorRole, action: OperatorAction): string | null {
  if (roleMay(role, action)) return null;
  if (!operatorActions.some((each) => roleMay(role, each))) return `${roleTitles[role]} can only look`;
  return `${roleTitles[role]} cannot ${actionRules[action].what}`;
}

/** What a role may do, in a sentence or two, for the sign-in screen and the docs. */
export function describeRole(role: OperatorRole): string {
  const may = operatorActions.filter((action) => roleMay(role, action)).map((action) => actionRules[action].what);
  const mayNot = operatorActions.filter((action) => !roleMay(role, action)).map((action) => actionRules[action].what);
  if (mayNot.length === 0) return 'May view and change everything.';
  if (may.length === 0) return 'May view everything and change nothing.';
  return `May view everything, ${listInWords(may)}. Cannot ${listInWords(mayNot, 'or')}.`;
}

function listInWords(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1) ?? ''}`;
}

/** One action a request needs, and the parameter that needs it (the refusal's `field`). */
export interface NeededAction {
  action: OperatorAction;
  field: string;
}

/**
 * The actions a request needs, in the order they are checked. Reads need none; so do the mock's
 * simulation controls (`presenceset`), which QA uses whatever the role. Every op is listed, so a new op
 * does not type-check until it is classified here.
 */
export function actionsNeededBy(request: AnyRequest): NeededAction[] {
  switch (request.op) {
    case 'usersget':
    case 'capabilities':
    case 'appget':
    case 'contactsget':
    case 'tokensget':
    case 'presenceget':
    case 'presenceset':
    case 'whoami':
    case 'auditget':
      return [];
    case 'tokeninspect':
      return request.login?.record ? [{ action: 'recordLogin', field: 'login.record' }] : [];
    case 'useradd':
      return [{ action: 'createUser', field: 'op' }];
    case 'userdel':
      return [{ action: 'deleteUser', field: 'op' }];
    case 'appset':
      return [{ action: 'defineProfileFields', field: 'op' }];
    case 'userset':
      return usersetNeeds(request.user);
    default:
      return request satisfies never;
  }
}

function usersetNeeds(user: Extract<AnyRequest, { op: 'userset' }>['user']): NeededAction[] {
  const needed: NeededAction[] = [];
  if (user.active !== undefined) needed.push({ action: 'setActive', field: 'user.active' });
  if (user.permissions !== undefined) needed.push({ action: 'editPermissions', field: 'user.permissions' });
  if (user.token !== undefined) needed.push({ action: 'manageTokens', field: 'user.token' });
  if (user.profile !== undefined) needed.push({ action: 'editProfile', field: 'user.profile' });
  if (user.name !== undefined) needed.push({ action: 'editProfile', field: 'user.name' });
  if (user.contact !== undefined) needed.push({ action: 'editContacts', field: 'user.contact' });
  // A userset that changes nothing still writes (a new version): it takes the least a change takes.
  if (needed.length === 0) needed.push({ action: 'editProfile', field: 'op' });
  return needed;
}
