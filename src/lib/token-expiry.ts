import { EXPIRING_SOON_MS } from '../contract/index.ts';
import { formatRelativeTime } from './format.ts';

export interface ExpiryStatus {
  expired: boolean;
  /** Unexpired, but within the directory's "expiring within 7 days" window. */
  soon: boolean;
  /** "Expired", or "expires in 3 days" / "expires tomorrow". */
  text: string;
}

/** Whether a token still works at `now`, in words a table cell can show next to the date. */
export function expiryStatus(expiresAt: number, now: number): ExpiryStatus {
  if (expiresAt <= now) return { expired: true, soon: false, text: 'Expired' };
  return { expired: false, soon: expiresAt - now <= EXPIRING_SOON_MS, text: `expires ${formatRelativeTime(expiresAt, now)}` };
}

const MINUTES_IN: [string, number][] = [
  ['year', 525_600],
  ['day', 1_440],
  ['hour', 60],
  ['minute', 1],
];

/** 525600 → "1 year", 43200 → "30 days", 90 → "90 minutes": the largest unit that divides evenly. */
export function formatMinutes(minutes: number): string {
  for (const [unit, size] of MINUTES_IN) {
    if (minutes >= size && minutes % size === 0) {
      const count = minutes / size;
      return `${count.toLocaleString('en-US')} ${unit}${count === 1 ? '' : 's'}`;
    }
  }
  return `${minutes.toLocaleString('en-US')} minutes`;
}

/** The auto-refresh interval as a cell shows it: "Off" or "every 30 days". */
export function autorefreshText(minutes: number): string {
  return minutes > 0 ? `every ${formatMinutes(minutes)}` : 'Off';
}
