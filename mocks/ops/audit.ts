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

/** Field by field, what differs between two JSON-able records (absent = null), sorted by field. */
export function diffFields(old: Record<string, unknown>, next: Record<string, unknown>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of [...new Set([...Object.keys(old), ...Object.keys(next)])].sort()) {
    const a = old[field] ?? null;
    const b = next[field] ?? null;
    if (JSON.stringify(a) !== JSON.stringify(b)) changes.push({ field, before: a, after: b });
  }
  return changes;
}

export function diffUsers(before: User | undefined, after: User | undefined): FieldChange[] {
  return diffFields(flatten(before), flatten(after));
}

/** Times in the log are ISO strings: an auditor reads them, and they survive JSON unchanged. */
export const isoTime = (ms: number | null | undefined): string | null => (ms == null ? null : new Date(ms).toISOString());

/** The device part of a `token.<device>` field: the default device has no name. */
export const tokenField = (device: string) => `token.${device || 'default'}`;
/** "device phone", or "the default device" for a token issued without one. */
export const deviceWords = (device: string) => (device === '' || device === 'default' ? 'the default device' : `device ${device}`);
/** `token.<device>` itself, not one of its facts (`token.<device>.expires`, `.platforms`). */
const isTokenItself = (group: string, field: string) => group === 'token' && !/\.(expires|platforms)$/.test(field);

const MAX_NAMED = 4;
function named(group: string, fields: string[]): string {
  const shown = fields.slice(0, MAX_NAMED).join(', ');
  return `${group} changed: ${shown}${fields.length > MAX_NAMED ? ` and ${fields.length - MAX_NAMED} more` : ''}`;
}

/**
 * The "what happened" sentence of a useradd / userset entry, from its field changes, so the log reads
 * "deactivated" or "token issued for device phone" rather than a bare "changed".
 */
export function describeUserChange(created: boolean, changes: readonly FieldChange[]): string {
  const parts: string[] = [];
  const profile: string[] = [];
  const permissions: string[] = [];
  for (const { field, before, after } of changes) {
    const [group = '', ...rest] = field.split('.');
    const key = rest.join('.');
    if (group === 'profile') profile.push(key);
    else if (group === 'permissions') permissions.push(key);
    if (created) {
      if (isTokenItself(group, field)) parts.push(`token issued for ${deviceWords(key)}`);
      continue;
    }
    if (field === 'active') parts.push(after === true ? 'reactivated' : 'deactivated');
    else if (field === 'parent') parts.push(after === null ? 'unlinked' : `linked to uid ${JSON.stringify(after)}`);
    else if (group === 'contact') parts.push(`contact ${key} ${before === null ? 'added' : after === null ? 'removed' : 'changed'}`);
    else if (isTokenItself(group, field)) {
      const what = before === null ? 'issued for' : after === null ? 'revoked for' : 'regenerated for';
      parts.push(`token ${what} ${deviceWords(key)}`);
    }
  }
  const groups = created ? [] : [profile.length > 0 ? named('profile', profile) : '', permissions.length > 0 ? named('permissions', permissions) : ''];
  const all = [created ? 'created' : '', ...groups, ...parts].filter(Boolean);
  return all.length > 0 ? all.join('; ') : 'saved without changes';
}
