import { z } from 'zod';
import { addressSchema, uidSchema } from './common.ts';
import { permissionsSchema } from './permissions.ts';
import { profileSchema } from './profile.ts';

/** A user as usersget returns it. Times are milliseconds since the epoch. */
export const userSchema = z.object({
  uid: uidSchema,
  address: z.string(),
  active: z.boolean(),
  profile: profileSchema,
  permissions: permissionsSchema,
  /** The parent user for a linked (multi-device) user, else null. */
  parent: uidSchema.nullable(),
  /** Extension: incremented by every accepted change, for conflict detection. */
  version: z.number().int().nonnegative(),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** Extension (presence): whether the user is connected now, and when it was last seen. */
  online: z.boolean(),
  lastSeen: z.number().nullable(),
});
export type User = z.infer<typeof userSchema>;

export const userRefSchema = z.object({ uid: uidSchema, address: addressSchema });
