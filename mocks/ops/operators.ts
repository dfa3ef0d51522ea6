import { actionsNeededBy, whyNotAllowed, type AnyRequest, type Operator, type OperatorRole } from '../../src/contract/index.ts';
import { DEMO_OPERATORS, MOCK_APP_TOKEN } from '../mock-settings.ts';
import { OpError } from './op-error.ts';

const ADMIN: Operator = { name: 'Ada Admin', role: 'admin' };

/** The operator of each demo app token; the console's own default token is the demo admin's. */
const operatorsByToken: ReadonlyMap<string, Operator> = new Map([
  [MOCK_APP_TOKEN, ADMIN],
  ...DEMO_OPERATORS.map(({ token, name, role }): [string, Operator] => [token, { name, role }]),
]);

/** Any other non-empty token is taken as an admin's, as a real backend's single app token would be. */
export function operatorFor(appToken: string): Operator {
  return operatorsByToken.get(appToken) ?? { name: 'App token holder', role: 'admin' };
}

/**
 * Enforced here, in the backend, whatever the console shows or hides: the shared rule table
 * (src/contract/roles.ts) says which actions a request needs and which roles may do them.
 */
export function checkAllowed(role: OperatorRole, request: AnyRequest): void {
  for (const { action, field } of actionsNeededBy(request)) {
    const reason = whyNotAllowed(role, action);
    if (reason) throw new OpError('FORBIDDEN', `Not allowed for role ${role}: ${reason}.`, field);
  }
}
