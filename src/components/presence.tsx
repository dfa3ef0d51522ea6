import type { Platform } from '../contract/index.ts';
import { describeLastSeen, presenceLabel } from '../lib/presence/last-seen.ts';

/**
 * "Online" / "Online · Android" / "Offline" as text (the dot is decoration), so it reads the same to
 * everyone. `online` null: the backend does not report presence, so "Unknown" rather than a guess.
 */
export function PresenceText({ online, platform }: { online: boolean | null; platform?: Platform | undefined }) {
  if (online === null) return <span className="presence muted">{presenceLabel(online)}</span>;
  return (
    <span className={online ? 'presence presence-online' : 'presence presence-offline'}>
      <span className="presence-dot" aria-hidden="true" />
      {presenceLabel(online, platform)}
    </span>
  );
}

/** A relative "last seen" ("5 minutes ago", "Now" while online) with the exact time in `<time>` and its title. */
export function LastSeen({ lastSeen, online, now }: { lastSeen: number | null; online: boolean | null; now: number }) {
  const { text, exact } = describeLastSeen(lastSeen, online, now);
  if (!exact) return <span>{text}</span>;
  return (
    <time dateTime={exact.dateTime} title={exact.title}>
      {text}
    </time>
  );
}
