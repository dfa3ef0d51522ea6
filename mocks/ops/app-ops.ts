import { PROFILE_LIMITS, type OpAnswer, type OpRequestParsed } from '../../src/contract/index.ts';
import type { OpContext } from './op-context.ts';
import { OpError } from './op-error.ts';

type Answer<Op extends 'appget' | 'appset'> = Omit<OpAnswer<Op>, 'op' | 'result' | 'id'>;

export function appget(context: OpContext): Answer<'appget'> {
  return { app: structuredClone(context.db.app), customFieldUsage: context.db.customFieldUsage() };
}

/**
 * Defines, changes or removes a custom field. Removing a definition leaves users' values in place (they
 * are no longer shown or editable) — the console warns with the usage count before it asks.
 */
export function appset(context: OpContext, request: OpRequestParsed<'appset'>): Answer<'appset'> {
  const { db } = context;
  const { customField, defaultVisibility } = request.app;
  const fields = [...db.app.customFields];
  if (customField) {
    const { remove, ...definition } = customField;
    const index = fields.findIndex((field) => field.key.toLowerCase() === definition.key.toLowerCase());
    if (remove) {
      if (index < 0) throw new OpError('NOT_FOUND', `No custom field ${definition.key} is defined`, 'app.customField.key');
      fields.splice(index, 1);
    } else if (index >= 0) {
      fields[index] = { ...definition, key: (fields[index] as { key: string }).key };
    } else {
      if (fields.length >= PROFILE_LIMITS.customFields) {
        throw new OpError('LIMIT_EXCEEDED', `At most ${PROFILE_LIMITS.customFields} custom fields can be defined`, 'app.customField.key');
      }
      fields.push(definition);
    }
  }
  const before = db.app;
  db.app = { customFields: fields, defaultVisibility: defaultVisibility ?? db.app.defaultVisibility };
  const changes = [];
  if (JSON.stringify(before.customFields) !== JSON.stringify(db.app.customFields)) {
    changes.push({ field: 'app.customFields', before: before.customFields, after: db.app.customFields });
  }
  if (before.defaultVisibility !== db.app.defaultVisibility) {
    changes.push({ field: 'app.defaultVisibility', before: before.defaultVisibility, after: db.app.defaultVisibility });
  }
  context.audit?.({ summary: 'app settings changed', changes });
  return appget(context);
}
