import { z } from 'zod';
import { contactParamsSchema, type ContactEntry, type ContactParams } from '../../../contract/index.ts';

/** The flags edited as checkboxes in each row; `block` has its own Block / Unblock button. */
export const checkboxFlags = [
  { key: 'contact', label: 'Contact', help: 'In the user’s contact list.' },
  { key: 'subscribe', label: 'Subscribe', help: 'The user gets this contact’s profile and online-status updates.' },
  { key: 'favorite', label: 'Favorite', help: 'Marked as a favorite; with Peers “Favorites only” the user talks only to these.' },
  { key: 'pair', label: 'Pair', help: 'A communication pair; with Peers “Specific peers only” the user talks only to these.' },
] as const satisfies readonly { key: keyof ContactFlags; label: string; help: string }[];

export type ContactFlags = Pick<ContactEntry, 'contact' | 'subscribe' | 'favorite' | 'pair' | 'block' | 'visibility'>;
export type ContactFlagChange = Partial<ContactFlags>;

/**
 * The `user.contact` of a userset that changes one contact. mesibo replaces the whole contact with
 * what is sent (a missing flag falls back to its default), so every flag goes out: the row's current
 * values with the change on top.
 */
export function toContactParams(entry: ContactEntry, change: ContactFlagChange = {}): ContactParams {
  const { address, contact, subscribe, favorite, pair, block, visibility } = { ...entry, ...change };
  return { address, contact, subscribe, favorite, pair, block, visibility };
}

/** mesibo `remove`: takes the contact off the list and deletes every message with it. */
export function toRemoveParams(entry: ContactEntry): ContactParams {
  return { ...toContactParams(entry), remove: true };
}

/** What a change did, for the live region: "Favorite turned on for bob@example.com". */
export function describeChange(address: string, change: ContactFlagChange): string {
  if (change.block !== undefined) return `${address} ${change.block ? 'blocked' : 'unblocked'}`;
  if (change.visibility !== undefined) return `Visibility of ${address} set to ${change.visibility}`;
  const flag = checkboxFlags.find(({ key }) => change[key] !== undefined);
  if (!flag) return `${address} updated`;
  return `${flag.label} turned ${change[flag.key] ? 'on' : 'off'} for ${address}`;
}

/** Contact visibility as the contract has it (0–255), with the field's own words. */
export const visibilitySchema = contactParamsSchema.shape.visibility.unwrap();
export const VISIBILITY_MAX = 255;

export function parseVisibility(text: string): { value: number } | { error: string } {
  const parsed = visibilitySchema.safeParse(text.trim() === '' ? Number.NaN : Number(text));
  return parsed.success ? { value: parsed.data } : { error: `Visibility must be a whole number from 0 to ${VISIBILITY_MAX}` };
}

/**
 * The add-contact form: the contract's address rule, plus what this page already knows — a user
 * cannot be its own contact, and adding an existing contact again would reset its flags (mesibo
 * replaces the contact), so it is refused here. Whether the address belongs to a user is the
 * backend's answer (NOT_FOUND), which lands on the field.
 */
export function addContactSchema(selfAddress: string, existingAddresses: readonly string[]) {
  return contactParamsSchema.pick({ address: true }).superRefine(({ address }, context) => {
    if (address === selfAddress) {
      context.addIssue({ code: 'custom', path: ['address'], message: 'A user cannot be their own contact' });
    } else if (existingAddresses.includes(address)) {
      context.addIssue({ code: 'custom', path: ['address'], message: `${address} is already a contact; change its flags in the table` });
    }
  });
}
export type AddContactValues = z.input<ReturnType<typeof addContactSchema>>;
