import { Link } from 'react-router';
import { LastSeen, PresenceText } from '../../../components/presence.tsx';
import { ProfileImage } from '../../../components/profile-image.tsx';
import { paths } from '../../../config/paths.ts';
import type { User } from '../../../contract/index.ts';
import { formatCount } from '../../../lib/format.ts';
import { useNow } from '../../../lib/use-now.ts';
import { useUser } from '../../../lib/user-api.ts';
import { useLinkedUsers } from '../api/linked-users.ts';

/** Who this is: picture, name, address, uid, state, presence, and the multi-device links. */
export function UserHeader({ user }: { user: User }) {
  const now = useNow();
  return (
    <header className="user-header">
      <ProfileImage src={user.profile.image} thumbnail={user.profile.tn} size={72} />
      <div className="user-header-text">
        <h1>{user.profile.name || user.address}</h1>
        <dl className="user-facts">
          <div>
            <dt>Address</dt>
            <dd>{user.address}</dd>
          </div>
          <div>
            <dt>UID</dt>
            <dd>{user.uid}</dd>
          </div>
          <div>
            <dt>State</dt>
            <dd>{user.active ? 'Active' : <strong className="inactive">Inactive</strong>}</dd>
          </div>
          <div>
            <dt>Presence</dt>
            <dd>
              <PresenceText online={user.online} />
            </dd>
          </div>
          <div>
            <dt>Last seen</dt>
            <dd>
              <LastSeen lastSeen={user.lastSeen} online={user.online} now={now} />
            </dd>
          </div>
          {user.parent !== null ? <ParentFact parent={user.parent} /> : <LinkedUsersFact uid={user.uid} />}
        </dl>
      </div>
    </header>
  );
}

function ParentFact({ parent }: { parent: number }) {
  const parentUser = useUser(parent).data;
  return (
    <div>
      <dt>Linked to</dt>
      <dd>
        <Link to={paths.user(parent)}>{parentUser ? parentUser.profile.name || parentUser.address : `User ${parent}`}</Link>
      </dd>
    </div>
  );
}

function LinkedUsersFact({ uid }: { uid: number }) {
  const linked = useLinkedUsers(uid).data;
  if (!linked || linked.total === 0) return null;
  return (
    <div>
      <dt>Linked users</dt>
      <dd>{formatCount(linked.total, 'linked user')}</dd>
    </div>
  );
}
