import { useState } from 'react';
import { Link, Outlet, useLocation, useParams } from 'react-router';
import { ErrorState } from '../../../components/error-state.tsx';
import { LiveRegion } from '../../../components/live-region.tsx';
import { LoadStatus } from '../../../components/load-status.tsx';
import { NavigationStatus } from '../../../components/navigation-status.tsx';
import { paths, type UserTab } from '../../../config/paths.ts';
import type { User } from '../../../contract/index.ts';
import { useUser } from '../../../lib/user-api.ts';
import { isBackendError } from '../../../lib/backend-error.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { parseUidParam } from '../../../lib/uid-param.ts';
import { ConflictDetectionNote } from '../components/conflict-detection-note.tsx';
import { UserActions } from '../components/user-actions.tsx';
import { UserHeader } from '../components/user-header.tsx';
import { TAB_LABELS, TAB_PANEL_ID, tabId, tabOfPath, UserTabs } from '../components/user-tabs.tsx';

/** /users/<uid>: who the user is, what can be done to them, and the tabs; each tab is a child route. */
export function UserPageLayout() {
  const { uid: uidParam } = useParams();
  const uid = parseUidParam(uidParam);
  const tab = tabOfPath(useLocation().pathname);
  const query = useUser(uid);
  const user = query.data;
  const notFound = user === null || (isBackendError(query.error) && query.error.code === 'NOT_FOUND');
  useDocumentTitle(
    user
      ? `${user.profile.name || user.address} · ${TAB_LABELS[tab]}`
      : uid === null ? 'Invalid user id' : notFound ? 'User not found' : 'User',
  );

  let body;
  if (uid === null) {
    body = (
      <>
        <h1>Invalid user id</h1>
        <p role="alert">“{uidParam}” is not a user id. User ids are positive whole numbers, like /users/42.</p>
      </>
    );
  } else if (notFound) {
    body = (
      <>
        <h1>User not found</h1>
        <p>No user has the id {uid}. It may have been deleted.</p>
      </>
    );
  } else if (user) {
    // Keyed by uid: moving to another user (e.g. the parent link) starts from a clean page. A failed
    // background refetch keeps showing the user (and any form being edited) rather than an error page.
    body = <LoadedUserPage key={user.uid} user={user} tab={tab} />;
  } else if (query.error) {
    body = (
      <>
        <h1>User {uid}</h1>
        <ErrorState title="Could not load this user" error={query.error} onRetry={() => void query.refetch()} />
        <LoadStatus subject="user" query={query} />
      </>
    );
  } else {
    body = (
      <>
        <h1>User {uid}</h1>
        <LoadStatus subject="user" query={query} />
      </>
    );
  }

  return (
    <section className="page user-summary">
      <p className="breadcrumb">
        <Link to={paths.users()}>Back to the directory</Link>
      </p>
      <NavigationStatus />
      {body}
    </section>
  );
}

function LoadedUserPage({ user, tab }: { user: User; tab: UserTab }) {
  const [announcement, setAnnouncement] = useState('');
  return (
    <>
      <div className="user-page-top">
        <UserHeader user={user} />
        <UserActions user={user} announce={setAnnouncement} />
      </div>
      <LiveRegion message={announcement} className="announcement" />
      <ConflictDetectionNote />
      <UserTabs uid={user.uid} selected={tab} />
      <div role="tabpanel" id={TAB_PANEL_ID} aria-labelledby={tabId(tab)} className="tab-panel">
        <Outlet />
      </div>
    </>
  );
}
