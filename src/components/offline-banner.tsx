import { useOnline } from '../lib/use-online.ts';

/**
 * Shown while the browser is offline, gone by itself when the connection is back. An alert: an admin
 * about to save needs to know before pressing Save, not after.
 */
export function OfflineBanner() {
  const online = useOnline();
  if (online) return null;
  return (
    <div className="offline-banner" role="alert">
      <strong>You are offline.</strong> Changes cannot be saved until the connection is back. Pages waiting for
      data load by themselves once it is.
    </div>
  );
}
