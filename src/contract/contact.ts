import { z } from 'zod';
import { addressSchema } from './common.ts';

/** `user.contact` in useradd / userset: adds, changes or removes one contact of the user. */
export const contactParamsSchema = z.object({
  address: addressSchema,
  contact: z.boolean().default(true),
  subscribe: z.boolean().default(true),
  favorite: z.boolean().default(false),
  pair: z.boolean().default(false),
  block: z.boolean().default(false),
  /** Removes the contact and deletes all messages with it. */
  remove: z.boolean().default(false),
  visibility: z.number().int().min(0).max(255).default(0),
});
export type ContactParams = z.input<typeof contactParamsSchema>;

export const contactSchema = contactParamsSchema.omit({ remove: true });
export type Contact = z.infer<typeof contactSchema>;

/**
 * A row of a contact list. For a user's own contacts: the contact's address, uid, name and picture
 * (`image`, `tn` as in the profile) with the user's flags. For the reverse list: the owner's, with the
 * owner's flags. The picture fields are checked where they are rendered, as any profile's.
 */
export const contactEntrySchema = contactSchema.extend({
  uid: z.number().int().positive().nullable(),
  name: z.string().optional(),
  image: z.string().optional(),
  tn: z.string().optional(),
});
export type ContactEntry = z.infer<typeof contactEntrySchema>;
