import { z } from 'zod';
import { uidSchema } from './common.ts';
import { platformSchema, platforms } from './token.ts';

/** One connection of a user: which platform and device, since when. */
export const presenceSessionSchema = z.object({ platform: platformSchema, device: z.string(), since: z.number() });
export type PresenceSession = z.infer<typeof presenceSessionSchema>;

export const pastSessionSchema = presenceSessionSchema.extend({ until: z.number() });
export type PastSession = z.infer<typeof pastSessionSchema>;

export const userPresenceSchema = z.object({
  uid: uidSchema,
  online: z.boolean(),
  /** MirrorFly's notion: null never seen; while online, the time the current session began. */
  lastSeen: z.number().nullable(),
  sessions: z.array(presenceSessionSchema),
  /** The most recent ended sessions, newest first (only when asked for). */
  history: z.array(pastSessionSchema).optional(),
});
export type UserPresence = z.infer<typeof userPresenceSchema>;

export const presenceCountsSchema = z.object({
  online: z.number().int().nonnegative(),
  byPlatform: z.record(platformSchema, z.number().int().nonnegative()),
});
export type PresenceCounts = z.infer<typeof presenceCountsSchema>;

/** Directory filters on presence. */
export const presenceStates = ['online', 'seen24h', 'dormant30d'] as const;
export type PresenceState = (typeof presenceStates)[number];

/**
 * What the live stream pushes (JSON text frames on the presence WebSocket): presence changes batched,
 * profile changes, and on connect a hello with the counts so a client can resynchronise.
 */
export const presenceStreamMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), at: z.number(), counts: presenceCountsSchema }),
  z.object({
    type: z.literal('presence'),
    at: z.number(),
    counts: presenceCountsSchema,
    changes: z.array(
      z.object({ uid: uidSchema, online: z.boolean(), lastSeen: z.number().nullable(), platform: platformSchema.optional() }),
    ),
  }),
  z.object({ type: z.literal('user'), uid: uidSchema, version: z.number().int(), deleted: z.boolean().optional() }),
]);
export type PresenceStreamMessage = z.infer<typeof presenceStreamMessageSchema>;

export const emptyPlatformCounts = (): Record<(typeof platforms)[number], number> => ({
  android: 0, ios: 0, javascript: 0, python: 0, cpp: 0,
});
