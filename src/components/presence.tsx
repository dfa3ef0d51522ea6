import type { Platform } from '../contract/index.ts';
import { describeLastSeen, presenceLabel } from '../lib/presence/last-seen.ts';

/**
 * "Online" / "Online · Android" / "Offline" as text (the dot is decoration), so it reads the same to
 * everyone.
 */
export function PresenceText({ online, platform }: { online: boolean; platform?: Platform | undefined }) {
  return (
    <span className={online ? 'presence presence-online' : 'presence presence-offline'}>
      <span className="presence-dot" aria-hidden="true" />
      {presenceLabel(online, platform)}
    </span>
  );
}

/** A relative "last seen" ("5 minutes ago", "Now" while online) with the exact time in `<time>` and its title. */
export function LastSeen({ lastSeen, online, now }: { lastSeen: number | null; online: boolean; now: number }) {
  const { text, exact } = describeLastSeen(lastSeen, online, now);
  if (!exact) return <span>{text}</span>;
  return (
    <time dateTime={exact.dateTime} title={exact.title}>
      {text}
    </time>
  );
}
