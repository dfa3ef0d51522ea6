import { useRef, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { paths, userTabs, type UserTab } from '../../../config/paths.ts';

export const TAB_LABELS: Record<UserTab, string> = {
  profile: 'Profile',
  permissions: 'Permissions',
  contacts: 'Contacts',
  tokens: 'Tokens',
  presence: 'Presence',
  history: 'History',
};

export const tabId = (tab: UserTab) => `user-tab-${tab}`;
export const TAB_PANEL_ID = 'user-tab-panel';

/** Which tab a user page URL shows: the last path segment, the profile being the index. */
export function tabOfPath(pathname: string): UserTab {
  const last = pathname.replace(/\/+$/, '').split('/').pop();
  return userTabs.find((tab) => tab === last) ?? 'profile';
}

/**
 * The user page's tabs, as links so each tab has its own URL (shareable, Back works), with the tab
 * pattern's semantics and keys: the selected tab is the one Tab stops on, arrows / Home / End move
 * between tabs and Enter or Space opens the focused one (manual activation: moving focus does not load
 * a tab, nor trigger the unsaved-changes prompt of the tab being left).
 */
export function UserTabs({ uid, selected }: { uid: number; selected: UserTab }) {
  const listRef = useRef<HTMLDivElement>(null);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const tabs = [...(listRef.current?.querySelectorAll<HTMLAnchorElement>('[role="tab"]') ?? [])];
    const current = tabs.findIndex((tab) => tab === document.activeElement);
    if (current < 0) return;
    let next: number | null = null;
    if (event.key === 'ArrowRight') next = (current + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (current - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    else if (event.key === ' ') {
      event.preventDefault();
      tabs[current]?.click();
      return;
    }
    if (next === null) return;
    event.preventDefault();
    tabs[next]?.focus();
  }

  return (
    <div ref={listRef} role="tablist" aria-label="User sections" className="tabs" onKeyDown={onKeyDown}>
      {userTabs.map((tab) => (
        <Link
          key={tab}
          id={tabId(tab)}
          role="tab"
          to={paths.userTab(uid, tab)}
          aria-selected={tab === selected}
          aria-controls={tab === selected ? TAB_PANEL_ID : undefined}
          tabIndex={tab === selected ? 0 : -1}
          className="tab"
        >
          {TAB_LABELS[tab]}
        </Link>
      ))}
    </div>
  );
}
