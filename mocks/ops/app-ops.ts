import { PROFILE_LIMITS, type AppSettings, type FieldChange, type OpAnswer, type OpRequestParsed } from '../../src/contract/index.ts';
import { diffFields } from './audit.ts';
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
  const changes = diffFields(appFields(before), appFields(db.app));
  context.audit?.({ summary: describeAppChange(changes), changes });
  return appget(context);
}

/** App settings as fields, one per custom field definition, so the log shows just the one that changed. */
function appFields(app: AppSettings): Record<string, unknown> {
  const fields: Record<string, unknown> = { 'app.defaultVisibility': app.defaultVisibility };
  for (const { key, ...definition } of app.customFields) fields[`app.customField.${key}`] = definition;
  return fields;
}

function describeAppChange(changes: readonly FieldChange[]): string {
  const parts = changes.map(({ field, before, after }) => {
    if (field === 'app.defaultVisibility') return `default visibility set to ${String(after)}`;
    const key = field.slice('app.customField.'.length);
    return `custom field ${key} ${before === null ? 'defined' : after === null ? 'removed' : 'changed'}`;
  });
  return parts.length > 0 ? parts.join('; ') : 'app settings saved without changes';
}
