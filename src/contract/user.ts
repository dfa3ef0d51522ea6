import { z } from 'zod';
import { addressSchema, uidSchema } from './common.ts';
import { permissionsSchema } from './permissions.ts';
import { profileSchema } from './profile.ts';

/**
 * A user as usersget returns it. Times are milliseconds since the epoch.
 *
 * mesibo documents usersget's request but not its answer, and a plain mesibo knows none of our extensions:
 * only `uid` and `address` are required. What the console needs a value for gets mesibo's documented
 * default; what it cannot guess stays unknown (null or absent) and the UI says so. The mock sends every
 * field.
 */
export const userSchema = z.object({
  uid: uidSchema,
  address: z.string(),
  /** mesibo's default for `active` is true. */
  active: z.boolean().default(true),
  profile: profileSchema.prefault({}),
  /** Absent: mesibo's documented defaults (each permission left out gets its own). */
  permissions: permissionsSchema.prefault({}),
  /** The parent user for a linked (multi-device) user, else null (also when the backend does not say). */
  parent: uidSchema.nullable().default(null),
  /**
   * Extension: incremented by every accepted change, for conflict detection. 0 when the backend keeps no
   * versions: saves then go without one (see `capabilities.conflictDetection`), and the last save wins.
   */
  version: z.number().int().nonnegative().default(0),
  /** Extension: absent when the backend does not keep them. */
  createdAt: z.number().optional(),
  updatedAt: z.number().optional(),
  /** Extension (presence): whether the user is connected now (null: the backend does not report presence). */
  online: z.boolean().nullable().default(null),
  /** When the user was last seen; null when never, or when the backend does not report presence. */
  lastSeen: z.number().nullable().default(null),
});
export type User = z.infer<typeof userSchema>;

export const userRefSchema = z.object({ uid: uidSchema, address: addressSchema });
