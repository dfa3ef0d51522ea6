/**
 * Query keys of the presence ops, under one prefix so that a reconnect reloads every presence view at
 * once. (The users' own `online` / `lastSeen` live under queryKeys.users and are patched in place.)
 */
export const presenceKeys = {
  all: () => ['presence'] as const,
  /** presenceget without uids: counts, the 15-minute timeline, and whether the backend streams. */
  snapshot: () => ['presence', 'snapshot'] as const,
  /** One user's sessions and recent history (the Presence tab). */
  user: (uid: number) => ['presence', 'user', uid] as const,
  /** The platform of each online user among `uids` (the directory's "Online · Android"). */
  platforms: (uids: readonly number[]) => ['presence', 'platforms', uids] as const,
} as const;
