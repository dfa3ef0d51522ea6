import { memo, useMemo } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths.ts';
import type { AuditEntry } from '../../../contract/index.ts';
import { useExistingUsers } from '../api/audit-log.ts';
import { ChangeList } from './change-list.tsx';

// Seconds matter in a log: two saves a few seconds apart must not look simultaneous.
const timeFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'medium' });

/** The user an entry is about: a link while the user exists, its address as text once deleted. */
function UserCell({ entry, exists }: { entry: AuditEntry; exists: boolean | undefined }) {
  if (entry.uid === undefined) return <span className="muted">App settings</span>;
  const address = entry.address ?? `uid ${entry.uid}`;
  return (
    <>
      {exists ? (
        <Link to={paths.user(entry.uid)}>
          <bdi>{address}</bdi>
        </Link>
      ) : (
        <bdi>{address}</bdi>
      )}{' '}
      <span className="muted">
        uid {entry.uid}
        {exists === false ? ', deleted' : ''}
      </span>
    </>
  );
}

const AuditRow = memo(function AuditRow({ entry, showUser, exists }: { entry: AuditEntry; showUser: boolean; exists: boolean | undefined }) {
  return (
    <tr>
      <td className="audit-time">
        <time dateTime={new Date(entry.at).toISOString()}>{timeFormat.format(entry.at)}</time>
      </td>
      <td>
        <bdi>{entry.operator}</bdi> <span className="muted">({entry.role})</span>
      </td>
      <td className="audit-action">
        <code>{entry.op}</code> {entry.summary}
      </td>
      {showUser ? (
        <td>
          <UserCell entry={entry} exists={exists} />
        </td>
      ) : null}
      <td className="audit-changes">
        <ChangeList changes={entry.changes} />
      </td>
    </tr>
  );
});

/**
 * Audit entries, newest first: when, who, what, about whom, and each field's before → after. Read-only:
 * the backend offers no op that edits or deletes an entry, so there is nothing here to do it with.
 */
export function AuditTable({ entries, label, showUser = true, busy = false }: { entries: readonly AuditEntry[]; label: string; showUser?: boolean; busy?: boolean }) {
  const uids = useMemo(
    () => (showUser ? [...new Set(entries.flatMap((entry) => (entry.uid === undefined ? [] : [entry.uid])))] : []),
    [entries, showUser],
  );
  const existing = useExistingUsers(uids);
  return (
    // Focusable, so a keyboard can scroll the table sideways on a narrow screen (its rows may hold no link).
    <div className="table-scroll" tabIndex={0} role="region" aria-label={`${label} entries`}>
      <table className="data-table audit-table" aria-label={label} aria-busy={busy || undefined}>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Operator</th>
            <th scope="col">Action</th>
            {showUser ? <th scope="col">User</th> : null}
            <th scope="col">Changes</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <AuditRow
              key={entry.id}
              entry={entry}
              showUser={showUser}
              exists={entry.uid === undefined ? undefined : existing.get(entry.uid)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
