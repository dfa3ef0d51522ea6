import type { z } from 'zod';
import { anyRequestSchema, isOpName, opNames, type AnyRequest, type ErrorDetail } from '../../src/contract/index.ts';
import type { AuditDraft } from './audit.ts';
import { auditget, whoami } from './audit-ops.ts';
import { checkAllowed, operatorFor } from './operators.ts';
import type { MockDatabase } from '../db/mock-database.ts';
import type { PresenceModel } from '../presence/presence-model.ts';
import { presenceget, presenceset } from './presence-ops.ts';
import type { OpContext } from './op-context.ts';
import { OpError } from './op-error.ts';
import { appget, appset } from './app-ops.ts';
import { contactsget } from './contact-ops.ts';
import { tokeninspect, tokensget } from './token-ops.ts';
import { mockCapabilities, usersget } from './usersget.ts';
import { userdel, useradd, userset } from './user-ops.ts';

export interface DispatchResult {
  body: Record<string, unknown>;
  /** Whether the request changed the data (so it must be persisted). */
  changed: boolean;
}

/** Ops that may change data: the runtime runs them under the cross-tab lock. */
export const WRITE_OPS: ReadonlySet<string> = new Set(['useradd', 'userset', 'userdel', 'appset', 'tokeninspect']);

/** Whether an accepted request changed something (tokeninspect only when it records a login). */
function changedBy(request: AnyRequest): boolean {
  if (request.op === 'tokeninspect') return request.login?.record === true;
  return WRITE_OPS.has(request.op);
}

/**
 * The one entry point of every op: parses the body, checks the envelope and the op's schema, runs the op
 * and turns every refusal into a well-formed `result: false` answer. Ops only throw OpError.
 */
export function dispatch(db: MockDatabase, rawBody: string, now: number, presence?: PresenceModel): DispatchResult {
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    return failure(undefined, undefined, { code: 'BAD_REQUEST', message: 'The request body is not valid JSON' });
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return failure(undefined, undefined, { code: 'BAD_REQUEST', message: 'The request body must be a JSON object' });
  }
  const envelope = body as Record<string, unknown>;
  const id = typeof envelope.id === 'number' && Number.isInteger(envelope.id) ? envelope.id : undefined;
  const op = envelope.op;
  if (op === undefined) {
    return failure(undefined, id, { code: 'UNKNOWN_OP', message: `Missing op: use one of ${opNames.join(', ')}`, field: 'op' });
  }
  if (!isOpName(op)) {
    return failure(undefined, id, {
      code: 'UNKNOWN_OP',
      message: `Unknown op ${JSON.stringify(op).slice(0, 40)}: use one of ${opNames.join(', ')}`,
      field: 'op',
    });
  }
  if (typeof envelope.token !== 'string' || envelope.token === '') {
    return failure(op, id, { code: 'UNAUTHORIZED', message: 'The application token is missing', field: 'token' });
  }
  const parsed = anyRequestSchema.safeParse(body);
  if (!parsed.success) return failure(op, id, validationDetail(parsed.error));

  const operator = operatorFor(envelope.token);
  const drafts: AuditDraft[] = [];
  try {
    checkAllowed(operator.role, parsed.data);
    const answer = run({ db, now, presence, operator, audit: (draft) => drafts.push(draft) }, parsed.data);
    for (const draft of drafts) {
      db.audit.push({ ...draft, id: (db.audit.at(-1)?.id ?? 0) + 1, at: now, operator: operator.name, role: operator.role, op });
    }
    return { body: { op, result: true, ...(id === undefined ? {} : { id }), ...answer }, changed: changedBy(parsed.data) };
  } catch (error) {
    if (error instanceof OpError) {
      return failure(op, id, { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) });
    }
    throw error;
  }
}

function run(context: OpContext, request: AnyRequest): object {
  switch (request.op) {
    case 'useradd':
      return useradd(context, request);
    case 'userset':
      return userset(context, request);
    case 'userdel':
      return userdel(context, request);
    case 'usersget':
      return usersget(context, request);
    case 'capabilities':
      return { capabilities: mockCapabilities };
    case 'appget':
      return appget(context);
    case 'appset':
      return appset(context, request);
    case 'contactsget':
      return contactsget(context, request);
    case 'tokensget':
      return tokensget(context, request);
    case 'tokeninspect':
      return tokeninspect(context, request);
    case 'presenceget':
      return presenceget(context, request);
    case 'presenceset':
      return presenceset(context, request);
    case 'whoami':
      return whoami(context);
    case 'auditget':
      return auditget(context, request);
  }
}

function validationDetail(error: z.ZodError): ErrorDetail {
  const issues = error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }));
  const first = issues[0] ?? { field: '', message: 'Invalid request' };
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return {
    code: 'VALIDATION',
    message: `${first.field ? `${first.field}: ` : ''}${first.message}${more}`,
    field: first.field,
    issues,
  };
}

export function failure(op: string | undefined, id: number | undefined, error: ErrorDetail): DispatchResult {
  return {
    body: { ...(op === undefined ? {} : { op }), result: false, ...(id === undefined ? {} : { id }), error },
    changed: false,
  };
}
