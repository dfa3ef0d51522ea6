import { formatDateTime, formatRelativeTime } from '../lib/format.ts';

/** "Online" / "Offline" as text (the dot is decoration), so it reads the same to everyone. */
export function PresenceText({ online }: { online: boolean }) {
  return (
    <span className={online ? 'presence presence-online' : 'presence presence-offline'}>
      <span className="presence-dot" aria-hidden="true" />
      {online ? 'Online' : 'Offline'}
    </span>
  );
}

/** A relative "last seen" with the exact time in `<time>` and its title. */
export function LastSeen({ lastSeen, online, now }: { lastSeen: number | null; online: boolean; now: number }) {
  if (lastSeen === null) return <span>{online ? 'Now' : 'Never'}</span>;
  const absolute = formatDateTime(lastSeen);
  return (
    <time dateTime={new Date(lastSeen).toISOString()} title={absolute}>
      {formatRelativeTime(lastSeen, now)}
    </time>
  );
}
