import { z } from 'zod';

/** mesibo `peers`: who the user may communicate with. */
export const peerModes = { all: 0, specificPeers: 1, contactsOnly: 2, favoritesOnly: 3 } as const;

/** Each permission's type, without a default (see `permissionsParamsSchema` for why). */
const permissionFields = {
  incoming: z.boolean(),
  outgoing: z.boolean(),
  calls: z.boolean(),
  turn: z.boolean(),
  storage: z.boolean(),
  groupCreate: z.boolean(),
  retention: z.boolean(),
  webhook: z.boolean(),
  peers: z.number().int().min(0, 'Peers must be 0–3').max(3, 'Peers must be 0–3'),
};

export const permissionsSchema = z.object({
  incoming: permissionFields.incoming.default(true),
  outgoing: permissionFields.outgoing.default(true),
  calls: permissionFields.calls.default(true),
  turn: permissionFields.turn.default(true),
  storage: permissionFields.storage.default(true),
  groupCreate: permissionFields.groupCreate.default(true),
  retention: permissionFields.retention.default(false),
  webhook: permissionFields.webhook.default(false),
  peers: permissionFields.peers.default(0),
});
export type Permissions = z.infer<typeof permissionsSchema>;

/**
 * In a request every permission is optional: the stored value (or its default) stays. Built from the
 * fields without defaults: zod 4 applies a default even inside `.optional()`, so
 * `permissionsSchema.partial()` would fill every permission left out and reset it to its default.
 */
export const permissionsParamsSchema = z.object(permissionFields).partial();
export type PermissionsParams = z.infer<typeof permissionsParamsSchema>;

export const defaultPermissions: Permissions = permissionsSchema.parse({});
