import { memo } from 'react';
import { Link } from 'react-router';
import { LastSeen, PresenceText } from '../../../components/presence.tsx';
import { ProfileImage } from '../../../components/profile-image.tsx';
import type { Platform, User } from '../../../contract/index.ts';
import { paths } from '../../../config/paths.ts';
import { formatDateTime, formatRelativeTime } from '../../../lib/format.ts';

/**
 * One directory row. Memoized: the query keeps unchanged users referentially equal, so a refetch or a
 * new search re-renders only rows whose data changed. Profile text is user-supplied and rendered as
 * plain text only. Presence and last seen change live: the stream patches `user` in the query cache, and
 * `platform` (of the newest session, while online) comes from the page's presence lookup.
 */
export const UserRow = memo(function UserRow({
  user,
  now,
  platform,
  showChanged,
}: {
  user: User;
  now: number;
  platform?: Platform | undefined;
  /** Adds the "Last changed" cell. */
  showChanged: boolean;
}) {
  const { profile } = user;
  return (
    <tr>
      <td className="cell-address">
        <Link to={paths.user(user.uid)}>{user.address}</Link>
      </td>
      <td className="cell-name">
        <span className="name-with-avatar">
          <ProfileImage src={profile.image} thumbnail={profile.tn} />
          {profile.name ? (
            <span>{profile.name}</span>
          ) : (
            <>
              <span className="muted" aria-hidden="true">
                —
              </span>
              <span className="visually-hidden">No name</span>
            </>
          )}
        </span>
      </td>
      <td className="cell-status">{profile.status}</td>
      <td>{user.active ? 'Yes' : 'No'}</td>
      <td>
        <PresenceText online={user.online} platform={user.online ? platform : undefined} />
      </td>
      <td>
        <LastSeen lastSeen={user.lastSeen} online={user.online} now={now} />
      </td>
      {showChanged ? (
        <td>
          <LastChanged updatedAt={user.updatedAt} now={now} />
        </td>
      ) : null}
    </tr>
  );
});

/** When the user was last changed, as "5 minutes ago" with the exact time in the title. */
function LastChanged({ updatedAt, now }: { updatedAt: number | undefined; now: number }) {
  if (updatedAt === undefined) return <span className="muted">Unknown</span>;
  return (
    <time dateTime={new Date(updatedAt).toISOString()} title={formatDateTime(updatedAt)}>
      {formatRelativeTime(Math.min(updatedAt, now), now)}
    </time>
  );
}
