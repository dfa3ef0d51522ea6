import { POLL_INTERVAL_MS, type PresenceStatus } from '../lib/presence/presence-state.ts';
import { useHasPresenceConnection, usePresence } from '../lib/presence/presence-context.tsx';

const TEXT: Record<PresenceStatus, string> = {
  off: 'Not connected',
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  polling: 'Polling',
  unavailable: 'No presence',
};

const EXPLANATION: Record<PresenceStatus, string> = {
  off: 'Presence is not connected.',
  connecting: 'Connecting to the live presence stream.',
  live: 'Presence updates arrive live from the backend.',
  reconnecting: 'The live presence stream dropped; reconnecting, and reloading what was missed once back.',
  polling: `This backend does not push presence: it is refreshed every ${POLL_INTERVAL_MS / 1000} seconds.`,
  unavailable: 'This backend does not report presence.',
};

/**
 * The presence connection's state in the header, as text ("Live", "Reconnecting…", "Polling") in a
 * status region, so a drop is announced too. Re-renders only when the status changes.
 */
export function LiveIndicator() {
  const status = usePresence((state) => state.status);
  if (!useHasPresenceConnection()) return null;
  return (
    <span role="status" className={`live-indicator live-indicator-${status}`} title={EXPLANATION[status]}>
      <span className="live-indicator-dot" aria-hidden="true" />
      {TEXT[status]}
    </span>
  );
}
