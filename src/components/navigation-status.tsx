import { useEffect, useState } from 'react';
import { useNavigationStatusMessage } from '../lib/navigation-status.ts';
import { LiveRegion } from './live-region.tsx';

/**
 * Shows and announces the message a navigation brought along (see withStatusMessage). The region is
 * rendered empty first and filled a moment later: screen readers announce changes to a live region,
 * not text it was born with.
 */
export function NavigationStatus() {
  const message = useNavigationStatusMessage();
  const [shown, setShown] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setShown(message), 0);
    return () => clearTimeout(timer);
  }, [message]);
  return <LiveRegion message={shown} className="announcement" />;
}
