import type { ReactNode } from 'react';
import { LastSeen, PresenceText } from '../../../components/presence.tsx';
import { ProfileImage } from '../../../components/profile-image.tsx';
import type { Permissions, User } from '../../../contract/index.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useNow } from '../../../lib/use-now.ts';

const PERMISSION_LABELS: Record<Exclude<keyof Permissions, 'peers'>, string> = {
  incoming: 'Incoming messages',
  outgoing: 'Outgoing messages',
  calls: 'Calls',
  turn: 'TURN relay',
  storage: 'Storage',
  groupCreate: 'Create groups',
  retention: 'Message retention',
  webhook: 'Webhook',
};

const PEER_LABELS = ['All users', 'Specific peers', 'Contacts only', 'Favourites only'] as const;

/** The read-only profile: every value is plain text, whatever the profile contains. */
export function UserDetails({ user }: { user: User }) {
  const now = useNow();
  const { profile, permissions } = user;
  const allowed = (Object.keys(PERMISSION_LABELS) as (keyof typeof PERMISSION_LABELS)[]).filter((key) => permissions[key]);
  return (
    <>
      <ProfileImage src={profile.image} size={64} />
      <dl className="details">
        <Detail term="Address">{user.address}</Detail>
        <Detail term="UID">{user.uid}</Detail>
        <Detail term="Active">{user.active ? 'Yes' : 'No'}</Detail>
        <Detail term="Presence">
          <PresenceText online={user.online} />
        </Detail>
        <Detail term="Last seen">
          <LastSeen lastSeen={user.lastSeen} online={user.online} now={now} />
        </Detail>
        <Detail term="Status">{profile.status}</Detail>
        <Detail term="Description">{profile.description}</Detail>
        <Detail term="Email">{profile.email}</Detail>
        <Detail term="Mobile">{profile.mobile}</Detail>
        <Detail term="Unique ID">{profile.uniqueId}</Detail>
        <Detail term="Permissions">
          {allowed.length > 0 ? allowed.map((key) => PERMISSION_LABELS[key]).join(', ') : 'None'}
          {`; may talk to: ${PEER_LABELS[permissions.peers] ?? permissions.peers}`}
        </Detail>
        {user.parent !== null ? <Detail term="Linked to UID">{user.parent}</Detail> : null}
        <Detail term="Created">{formatDateTime(user.createdAt)}</Detail>
        <Detail term="Updated">{formatDateTime(user.updatedAt)}</Detail>
      </dl>
    </>
  );
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  const empty = children === undefined || children === null || children === '';
  return (
    <div className="detail">
      <dt>{term}</dt>
      <dd>{empty ? <span className="muted">Not set</span> : children}</dd>
    </div>
  );
}
