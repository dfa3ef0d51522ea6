import { formatDateTime } from '../lib/format.ts';
import { expiryStatus } from '../lib/token-expiry.ts';

/** The expiry date, and whether the token still works: "Expired" is a marked badge, not just a date. */
export function TokenExpiry({ expiresAt, now }: { expiresAt: number; now: number }) {
  const status = expiryStatus(expiresAt, now);
  return (
    <>
      <time dateTime={new Date(expiresAt).toISOString()}>{formatDateTime(expiresAt)}</time>{' '}
      <span className={status.expired ? 'badge badge-expired' : status.soon ? 'badge badge-soon' : 'muted'}>{status.text}</span>
    </>
  );
}
