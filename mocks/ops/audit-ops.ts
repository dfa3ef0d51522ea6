import type { OpAnswer, OpRequestParsed } from '../../src/contract/index.ts';
import type { OpContext } from './op-context.ts';
import { operatorFor } from './operators.ts';

type Answer<Op extends 'whoami' | 'auditget'> = Omit<OpAnswer<Op>, 'op' | 'result' | 'id'>;

export function whoami(context: OpContext): Answer<'whoami'> {
  return { operator: context.operator ?? operatorFor('') };
}

/** The audit log, newest first, filtered; pages continue below the `next` id. */
export function auditget(context: OpContext, request: OpRequestParsed<'auditget'>): Answer<'auditget'> {
  const { filter } = request;
  const operator = filter?.operator?.toLowerCase();
  const matching = context.db.audit.filter(
    (entry) =>
      (!operator || entry.operator.toLowerCase().includes(operator)) &&
      (filter?.uid === undefined || entry.uid === filter.uid) &&
      (!filter?.op || entry.op === filter.op) &&
      (filter?.from === undefined || entry.at >= filter.from) &&
      (filter?.to === undefined || entry.at <= filter.to),
  );
  const below = request.before === undefined ? matching : matching.filter((entry) => entry.id < (request.before as number));
  const page = below.slice(-request.count).reverse();
  const last = page.at(-1);
  return { entries: page, total: matching.length, next: last && below.length > page.length ? last.id : null };
}
