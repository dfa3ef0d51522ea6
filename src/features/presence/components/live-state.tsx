import { LastSeen, PresenceText } from '../../../components/presence.tsx';
import type { Platform, User } from '../../../contract/index.ts';

/**
 * Online or not, and since when: read from the user's cached record, which the live stream patches, so
 * it changes the moment the stream says so.
 */
export function LiveState({ user, platform, now }: { user: User; platform: Platform | undefined; now: number }) {
  return (
    <dl className="presence-facts">
      <div>
        <dt>Presence</dt>
        <dd>
          <PresenceText online={user.online} platform={user.online ? platform : undefined} />
        </dd>
      </div>
      <div>
        <dt>Last seen</dt>
        <dd>
          <LastSeen lastSeen={user.lastSeen} online={user.online} now={now} />
        </dd>
      </div>
    </dl>
  );
}
