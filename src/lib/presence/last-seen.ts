import type { Platform } from '../../contract/index.ts';
import { formatDateTime, formatRelativeTime } from '../format.ts';
import { PLATFORM_LABELS } from '../token-restriction.ts';

/**
 * "Online · Android", "Online" (platform unknown) or "Offline": the QA contract matches the first word.
 * "Unknown" when the backend does not report presence (online null).
 */
export function presenceLabel(online: boolean | null, platform?: Platform): string {
  if (online === null) return 'Unknown';
  if (!online) return 'Offline';
  return platform ? `Online · ${PLATFORM_LABELS[platform]}` : 'Online';
}

export interface LastSeenView {
  /** What the cell shows: "Now", "Never", "just now", "5 minutes ago", "yesterday"… */
  text: string;
  /** The exact time, for a title and a <time dateTime>; absent when there is none. */
  exact?: { title: string; dateTime: string };
}

/**
 * Last seen as people say it. While a user is online `lastSeen` is when the session began (MirrorFly's
 * notion), so the cell says "Now" and the start goes in the title. A time in the future (a server clock
 * ahead of ours) reads "just now" rather than "in 2 minutes".
 */
export function describeLastSeen(lastSeen: number | null, online: boolean | null, now: number): LastSeenView {
  // Without presence (online null) a missing time is not "Never": nobody knows.
  if (lastSeen === null) return { text: online === null ? 'Unknown' : online ? 'Now' : 'Never' };
  const exact = { title: formatDateTime(lastSeen), dateTime: new Date(lastSeen).toISOString() };
  if (online) return { text: 'Now', exact: { ...exact, title: `Online since ${exact.title}` } };
  return { text: formatRelativeTime(Math.min(lastSeen, now), now), exact };
}
