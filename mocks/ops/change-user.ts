import type { FieldChange, OpRequestParsed, Profile, ProfileChanges, User } from '../../src/contract/index.ts';
import type { TokenRecord } from '../db/token-registry.ts';
import { defaultPermissions, PROFILE_LIMITS } from '../../src/contract/index.ts';
import { describeUserChange, diffFields, diffUsers, isoTime, tokenField } from './audit.ts';
import { OpError } from './op-error.ts';
import { maskToken } from './token-ops.ts';
import type { OpContext } from './op-context.ts';

type UserChanges = OpRequestParsed<'userset'>['user'];

export interface ChangeResult {
  user: User;
  token?: string;
}

/**
 * The shared body of useradd and userset: checks every change against the current state first, then
 * applies them all, so a refused request changes nothing.
 */
export function changeUser(context: OpContext, current: User | undefined, address: string, changes: UserChanges): ChangeResult {
  const { db, now } = context;
  if (current && changes.version !== undefined && changes.version !== current.version) {
    throw new OpError(
      'CONFLICT',
      `This user was changed by someone else (your version ${changes.version}, now ${current.version}). Reload to see the changes.`,
      'user.version',
    );
  }
  const uid = current?.uid ?? db.users.nextUid;
  checkCustomFields(context, changes.profile?.custom);
  const profile = nextProfile(current?.profile ?? {}, changes);
  checkProfile(context, uid, current?.profile ?? {}, profile);

  const contactTarget = changes.contact ? db.users.getByAddress(changes.contact.address) : undefined;
  if (changes.contact && !changes.contact.remove) {
    if (!contactTarget) throw new OpError('NOT_FOUND', `No user has the address ${changes.contact.address}`, 'user.contact.address');
    if (contactTarget.uid === uid) throw new OpError('VALIDATION', 'A user cannot be its own contact', 'user.contact.address');
  }

  let parent = current?.parent ?? null;
  const token = changes.token;
  if (token && !token.remove && token.linkto !== undefined) {
    const linked = typeof token.linkto === 'number' ? db.users.get(token.linkto) : db.users.getByAddress(token.linkto);
    if (!linked) throw new OpError('NOT_FOUND', `No user to link to: ${String(token.linkto)}`, 'user.token.linkto');
    if (linked.uid === uid) throw new OpError('VALIDATION', 'A user cannot be linked to itself', 'user.token.linkto');
    if (db.childrenOfUser(uid).length > 0) {
      throw new OpError('VALIDATION', 'This user has linked users of its own and cannot be linked to another user', 'user.token.linkto');
    }
    parent = linked.parent ?? linked.uid;
  }

  if (!current) db.users.allocateUid();
  const user: User = {
    uid,
    address,
    active: changes.active ?? current?.active ?? true,
    profile,
    permissions: { ...(current?.permissions ?? defaultPermissions), ...stripUndefined(changes.permissions ?? {}) },
    parent,
    version: (current?.version ?? 0) + 1,
    createdAt: current?.createdAt ?? now,
    updatedAt: now,
    online: current?.online ?? false,
    lastSeen: current?.lastSeen ?? null,
  };
  db.putUser(user);
  // Linked to another user now: the tokens it already holds must not keep naming the old parent.
  if (current && current.parent !== parent) db.relinkTokens(uid, parent);
  const fieldChanges = diffUsers(current, user);

  if (changes.contact) {
    const { remove, ...contact } = changes.contact;
    const before = db.contacts.get(uid, contact.address) ?? null;
    if (remove) db.contacts.remove(uid, contact.address);
    else db.contacts.set(uid, contact);
    fieldChanges.push({ field: `contact.${contact.address}`, before, after: remove ? null : contact });
  }

  let result: ChangeResult = { user };
  if (token?.remove) {
    const revoked = db.tokensOf(uid).filter((record) => token.device === undefined || record.device === token.device);
    db.revokeTokens(uid, token.device);
    for (const record of revoked) fieldChanges.push({ field: tokenField(record.device), before: maskToken(record.token), after: null });
  } else if (token) {
    const device = token.device ?? '';
    const previous = db.tokensOf(uid).find((record) => record.device === device);
    const record = db.issueToken(uid, token, parent, now);
    fieldChanges.push(...tokenChanges(previous, record));
    result = { user, token: record.token };
  }
  context.audit?.({ uid, address, summary: describeUserChange(!current, fieldChanges), changes: fieldChanges });
  return result;
}

/** An issued token in the log: masked, with what an auditor asks next (where it works, until when). */
function tokenChanges(previous: TokenRecord | undefined, issued: TokenRecord): FieldChange[] {
  const field = tokenField(issued.device);
  const facts = (record: TokenRecord | undefined): Record<string, unknown> =>
    record
      ? {
          [`${field}.expires`]: isoTime(record.expiresAt),
          [`${field}.platforms`]: record.allPlatforms ? 'all' : record.platforms.join(', '),
        }
      : {};
  return [
    { field, before: previous ? maskToken(previous.token) : null, after: maskToken(issued.token) },
    ...diffFields(facts(previous), facts(issued)),
  ];
}

/** mesibo profile semantics: `remove` clears it, `update` merges, otherwise the given fields replace it. */
function nextProfile(current: Profile, changes: UserChanges): Profile {
  const params = changes.profile;
  let profile: Profile;
  if (!params) profile = { ...current };
  else if (params.remove) profile = {};
  else {
    const { update, remove, ...fields } = params;
    profile = update ? mergeProfile(current, fields) : mergeProfile({}, fields);
  }
  if (changes.name !== undefined && params?.name === undefined && !params?.remove) {
    profile = mergeProfile(profile, { name: changes.name });
  }
  return profile;
}

/** Sets the given fields; an empty string (or an empty custom value) removes the field. */
function mergeProfile(base: Profile, fields: ProfileChanges): Profile {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (key === 'custom' && typeof value === 'object') {
      const custom: Record<string, string> = { ...(base.custom ?? {}) };
      for (const [customKey, customValue] of Object.entries(value)) {
        if (customValue === '') delete custom[customKey];
        else custom[customKey] = customValue;
      }
      if (Object.keys(custom).length > 0) merged.custom = custom;
      else delete merged.custom;
    } else if (value === '') delete merged[key];
    else merged[key] = value;
  }
  return merged;
}

function checkProfile(context: OpContext, uid: number, before: Profile, after: Profile): void {
  const uniqueId = after.uniqueId;
  if (uniqueId && uniqueId.toLowerCase() !== before.uniqueId?.toLowerCase()) {
    const holder = context.db.users.uidWithUniqueId(uniqueId);
    if (holder !== undefined && holder !== uid) {
      throw new OpError('ALREADY_EXISTS', `Unique ID ${uniqueId} is already used by another user`, 'user.profile.uniqueId');
    }
  }
  if (Object.keys(after.custom ?? {}).length > PROFILE_LIMITS.customFields) {
    throw new OpError('LIMIT_EXCEEDED', `A user can have at most ${PROFILE_LIMITS.customFields} custom fields`, 'user.profile.custom');
  }
}

/** Custom keys must be defined at app level first (Tencent, RongCloud), and values fit their definition. */
function checkCustomFields(context: OpContext, custom: Record<string, string> | undefined): void {
  for (const [key, value] of Object.entries(custom ?? {})) {
    if (value === '') continue;
    const definition = context.db.app.customFields.find((field) => field.key === key);
    if (!definition) {
      throw new OpError(
        'VALIDATION',
        `Custom field ${key} is not defined for this app; define it under Settings → Custom fields first`,
        `user.profile.custom.${key}`,
      );
    }
    if (value.length > definition.maxLength) {
      throw new OpError('VALIDATION', `${definition.label} must be at most ${definition.maxLength} characters`, `user.profile.custom.${key}`);
    }
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
