import type { AnyRequest, Operator, OperatorRole } from '../../src/contract/index.ts';
import { MOCK_APP_TOKEN } from '../mock-settings.ts';
import { OpError } from './op-error.ts';

/** The mock's demo operators, one per role, by app token (listed on the console's sign-in screen). */
export const DEMO_OPERATORS: Readonly<Record<string, Operator>> = {
  [MOCK_APP_TOKEN]: { name: 'Ada Admin', role: 'admin' },
  'demo-admin-token': { name: 'Ada Admin', role: 'admin' },
  'demo-support-token': { name: 'Sam Support', role: 'support' },
  'demo-viewer-token': { name: 'Vic Viewer', role: 'viewer' },
};

/** Any other non-empty token is taken as an admin's, as a real backend's single app token would be. */
export function operatorFor(appToken: string): Operator {
  return DEMO_OPERATORS[appToken] ?? { name: 'App token holder', role: 'admin' };
}

const READ_OPS = new Set(['usersget', 'capabilities', 'appget', 'contactsget', 'tokensget', 'presenceget', 'whoami', 'auditget']);
/** Simulation controls of the mock, not changes to users: any role may use them (QA needs them). */
const MOCK_CONTROLS = new Set(['presenceset']);

const refuse = (role: OperatorRole, what: string, field?: string): never => {
  throw new OpError('FORBIDDEN', `Not allowed for role ${role}: ${what}`, field);
};

/** Enforced here, in the backend, whatever the console shows or hides. */
export function checkAllowed(role: OperatorRole, request: AnyRequest): void {
  if (role === 'admin' || READ_OPS.has(request.op) || MOCK_CONTROLS.has(request.op)) return;
  if (request.op === 'tokeninspect') {
    if (request.login?.record) refuse(role, 'recording a login', 'login.record');
    return;
  }
  if (role === 'viewer') refuse(role, `${request.op} (viewers can only look)`, 'op');
  if (request.op !== 'userset') refuse(role, `${request.op} (support can edit profiles and contacts only)`, 'op');
  if (request.op === 'userset') {
    const { user } = request;
    if (user.active !== undefined) refuse(role, 'activating or deactivating users', 'user.active');
    if (user.permissions !== undefined) refuse(role, 'changing permissions', 'user.permissions');
    if (user.token !== undefined) refuse(role, 'issuing or revoking tokens', 'user.token');
  }
}
