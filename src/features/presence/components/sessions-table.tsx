import type { PastSession, PresenceSession } from '../../../contract/index.ts';
import { formatDateTime, formatRelativeTime } from '../../../lib/format.ts';
import { PLATFORM_LABELS } from '../../../lib/token-restriction.ts';
import { formatDuration } from '../format-duration.ts';

function Moment({ at, now }: { at: number; now: number }) {
  return (
    <time dateTime={new Date(at).toISOString()} title={formatDateTime(at)}>
      {formatRelativeTime(Math.min(at, now), now)}
    </time>
  );
}

/** The user's open connections, newest first: one per device. */
export function CurrentSessions({ sessions, now, labelledBy }: { sessions: readonly PresenceSession[]; now: number; labelledBy: string }) {
  if (sessions.length === 0) return <p className="muted">No open sessions.</p>;
  const newestFirst = [...sessions].sort((a, b) => b.since - a.since);
  return (
    <table className="data-table" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">Platform</th>
          <th scope="col">Device</th>
          <th scope="col">Since</th>
        </tr>
      </thead>
      <tbody>
        {newestFirst.map((session) => (
          <tr key={`${session.device}-${session.since}`}>
            <td>{PLATFORM_LABELS[session.platform]}</td>
            <td>{session.device}</td>
            <td>
              <Moment at={session.since} now={now} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Ended sessions as the backend keeps them (newest first, a short list). */
export function SessionHistory({ history, now, labelledBy }: { history: readonly PastSession[]; now: number; labelledBy: string }) {
  if (history.length === 0) return <p className="muted">No ended sessions recorded.</p>;
  return (
    <table className="data-table" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">Platform</th>
          <th scope="col">Device</th>
          <th scope="col">Started</th>
          <th scope="col">Ended</th>
          <th scope="col">Duration</th>
        </tr>
      </thead>
      <tbody>
        {history.map((session) => (
          <tr key={`${session.device}-${session.since}-${session.until}`}>
            <td>{PLATFORM_LABELS[session.platform]}</td>
            <td>{session.device}</td>
            <td>
              <Moment at={session.since} now={now} />
            </td>
            <td>
              <Moment at={session.until} now={now} />
            </td>
            <td>{formatDuration(session.until - session.since)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
