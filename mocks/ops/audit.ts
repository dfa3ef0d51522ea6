import type { AuditEntry, FieldChange, User } from '../../src/contract/index.ts';

/** What an op records for the audit log; the dispatcher adds id, time and operator once it succeeds. */
export type AuditDraft = Omit<AuditEntry, 'id' | 'at' | 'operator' | 'role' | 'op'>;

/** The user's changeable fields as dotted paths, so two versions diff field by field. */
function flatten(user: User | undefined): Record<string, unknown> {
  if (!user) return {};
  const fields: Record<string, unknown> = { active: user.active, parent: user.parent };
  for (const [key, value] of Object.entries(user.profile)) {
    if (key === 'custom' && value && typeof value === 'object') {
      for (const [customKey, customValue] of Object.entries(value)) fields[`profile.custom.${customKey}`] = customValue;
    } else fields[`profile.${key}`] = value;
  }
  for (const [key, value] of Object.entries(user.permissions)) fields[`permissions.${key}`] = value;
  return fields;
}

export function diffUsers(before: User | undefined, after: User | undefined): FieldChange[] {
  const old = flatten(before);
  const next = flatten(after);
  const changes: FieldChange[] = [];
  for (const field of [...new Set([...Object.keys(old), ...Object.keys(next)])].sort()) {
    const a = old[field] ?? null;
    const b = next[field] ?? null;
    if (JSON.stringify(a) !== JSON.stringify(b)) changes.push({ field, before: a, after: b });
  }
  return changes;
}
