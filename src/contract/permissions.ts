import { z } from 'zod';

/** mesibo `peers`: who the user may communicate with. */
export const peerModes = { all: 0, specificPeers: 1, contactsOnly: 2, favoritesOnly: 3 } as const;

export const permissionsSchema = z.object({
  incoming: z.boolean().default(true),
  outgoing: z.boolean().default(true),
  calls: z.boolean().default(true),
  turn: z.boolean().default(true),
  storage: z.boolean().default(true),
  groupCreate: z.boolean().default(true),
  retention: z.boolean().default(false),
  webhook: z.boolean().default(false),
  peers: z.number().int().min(0, 'Peers must be 0–3').max(3, 'Peers must be 0–3').default(0),
});
export type Permissions = z.infer<typeof permissionsSchema>;

/** In a request every permission is optional: the stored value (or its default) stays. */
export const permissionsParamsSchema = permissionsSchema.partial();
export type PermissionsParams = z.infer<typeof permissionsParamsSchema>;

export const defaultPermissions: Permissions = permissionsSchema.parse({});
