import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OpAnswer, OpParams, Platform, UserPresence } from '../../contract/index.ts';
import type { BackendClient } from '../backend-client.ts';
import { useBackend } from '../backend-context.tsx';
import { applyPresenceChanges, type PlatformsByUid } from './cache-patches.ts';
import { presenceKeys } from './presence-keys.ts';
import { useSingleFlightMutation } from '../use-single-flight-mutation.ts';

export type PresenceSnapshot = OpAnswer<'presenceget'>;

/** Counts, the online timeline of the last 15 minutes, and whether the backend streams changes. */
export function presenceSnapshotQueryOptions(client: BackendClient) {
  return queryOptions({
    queryKey: presenceKeys.snapshot(),
    queryFn: ({ signal }) => client.call('presenceget', {}, { signal }),
  });
}

/** One user's current sessions and recent history; null when the backend does not know the user. */
export function userPresenceQueryOptions(client: BackendClient, uid: number) {
  return queryOptions({
    queryKey: presenceKeys.user(uid),
    queryFn: async ({ signal }): Promise<UserPresence | null> => {
      const answer = await client.call('presenceget', { uids: [uid], history: true }, { signal });
      return answer.users.find((user) => user.uid === uid) ?? null;
    },
  });
}

export function useUserPresence(uid: number) {
  const { client } = useBackend();
  return useQuery(userPresenceQueryOptions(client, uid));
}

/** The platform of the newest session: the one a person most likely uses right now. */
export function currentPlatform(presence: Pick<UserPresence, 'sessions'>): Platform | undefined {
  return presence.sessions.reduce<UserPresence['sessions'][number] | undefined>(
    (newest, session) => (newest && newest.since > session.since ? newest : session),
    undefined,
  )?.platform;
}

/**
 * The platform of each online user among `uids` (a directory page, at most 1000). Kept up to date by the
 * live stream afterwards, so it is fetched once per page, not per change.
 */
export function usePresencePlatforms(uids: readonly number[], enabled: boolean) {
  const { client } = useBackend();
  return useQuery({
    queryKey: presenceKeys.platforms(uids),
    queryFn: async ({ signal }): Promise<PlatformsByUid> => {
      const answer = await client.call('presenceget', { uids: [...uids] }, { signal });
      const platforms: Record<number, Platform> = {};
      for (const user of answer.users) {
        const platform = user.online ? currentPlatform(user) : undefined;
        if (platform) platforms[user.uid] = platform;
      }
      return platforms;
    },
    enabled: enabled && uids.length > 0,
    // The stream patches it; a new page of the directory is a new key anyway.
    staleTime: Infinity,
  });
}

export type SetPresenceParams = Pick<OpParams<'presenceset'>, 'online' | 'platform' | 'device'>;

/**
 * The mock's QA control: force a user online (on a platform and device) or offline. The answer is put
 * into every cached view of the user at once; the stream then brings the same change, which is a no-op.
 */
export function useSetPresence(uid: number) {
  const { client } = useBackend();
  const queryClient = useQueryClient();
  return useSingleFlightMutation({
    mutationFn: (params: SetPresenceParams) => client.call('presenceset', { user: { uid }, ...params }),
    onSuccess: ({ presence }) => {
      const platform = presence.online ? currentPlatform(presence) : undefined;
      applyPresenceChanges(
        queryClient,
        new Map([[uid, { uid, online: presence.online, lastSeen: presence.lastSeen, ...(platform ? { platform } : {}) }]]),
      );
      queryClient.setQueryData(presenceKeys.user(uid), presence);
    },
  });
}
