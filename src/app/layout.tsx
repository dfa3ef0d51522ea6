import { useEffect, useRef, useState } from 'react';
import { NavLink, Outlet, useLocation, useNavigation } from 'react-router';
import { LiveIndicator } from '../components/live-indicator.tsx';
import { OfflineBanner } from '../components/offline-banner.tsx';
import { paths } from '../config/paths.ts';
import { useBackend } from '../lib/backend-context.tsx';
import { SessionBadge } from './session-badge.tsx';

/** The frame of every page: skip link, header with the main navigation, and the page in <main>. */
export function Layout() {
  const { config, problem, notices } = useBackend();
  const navigation = useNavigation();
  const mainRef = useFocusMainOnPageChange();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="app-header">
        <span className="app-name">User console</span>
        <nav aria-label="Main">
          <ul>
            <li>
              <NavLink to={paths.users()}>Users</NavLink>
            </li>
            <li>
              <NavLink to={paths.tokenInspector()}>Token inspector</NavLink>
            </li>
            <li>
              <NavLink to={paths.dashboard()}>Dashboard</NavLink>
            </li>
            <li>
              <NavLink to={paths.audit()}>Audit log</NavLink>
            </li>
            <li>
              <NavLink to={paths.settings()}>Settings</NavLink>
            </li>
          </ul>
        </nav>
        <span className="backend-badge">
          Backend: {config.mode === 'mock' ? 'in-browser mock' : hostOf(config.url)}
        </span>
        <LiveIndicator />
        <SessionBadge />
      </header>
      {navigation.state === 'loading' ? <div className="navigation-progress" aria-hidden="true" /> : null}
      <OfflineBanner />
      {problem ? (
        <div className="app-problem" role="alert">
          {problem}
        </div>
      ) : null}
      {notices && notices.length > 0 ? <BootNotices notices={notices} /> : null}
      <main id="main" tabIndex={-1} ref={mainRef}>
        <Outlet />
      </main>
    </>
  );
}

/**
 * After a client-side page change, focus moves to <main> so keyboard and screen-reader users start at
 * the new page instead of on a link that is now out of context. Query-string changes (search, paging)
 * keep focus where it is.
 */
function useFocusMainOnPageChange() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    mainRef.current?.focus({ preventScroll: false });
  }, [pathname]);
  return mainRef;
}

/** What boot had to tell (ignored mock URL parameters, unreadable saved data), until dismissed. */
function BootNotices({ notices }: { notices: string[] }) {
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  return (
    <div className="app-notices" role="status">
      <ul>
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
      <button type="button" onClick={() => setDismissed(true)}>
        Dismiss
      </button>
    </div>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
