import { Link, NavLink, Outlet, useParams } from 'react-router';
import { ErrorState } from '../../../components/error-state.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { paths, userTabs } from '../../../config/paths.ts';
import { useUser } from '../../../lib/user-api.ts';
import { isBackendError } from '../../../lib/backend-error.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { parseUidParam } from '../../../lib/uid-param.ts';

/** /users/<uid>: the user's heading and tabs; each tab is a child route. */
export function UserPageLayout() {
  const { uid: uidParam } = useParams();
  const uid = parseUidParam(uidParam);
  const query = useUser(uid);
  const user = query.data;
  const notFound = user === null || (isBackendError(query.error) && query.error.code === 'NOT_FOUND');
  useDocumentTitle(user ? user.profile.name || user.address : uid === null ? 'Invalid user id' : notFound ? 'User not found' : 'User');

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
  } else if (query.error) {
    body = (
      <>
        <h1>User {uid}</h1>
        <ErrorState title="Could not load this user" error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  } else if (!user) {
    body = (
      <>
        <h1>User {uid}</h1>
        <Spinner label="Loading user…" />
      </>
    );
  } else {
    body = (
      <>
        <h1>{user.profile.name || user.address}</h1>
        <nav aria-label="User sections">
          {userTabs.map((tab) => (
            <NavLink key={tab} to={paths.userTab(user.uid, tab)} end>
              {tab[0]?.toUpperCase() + tab.slice(1)}
            </NavLink>
          ))}
        </nav>
        <Outlet />
      </>
    );
  }

  return (
    <section className="page user-summary">
      <p className="breadcrumb">
        <Link to={paths.users()}>Back to the directory</Link>
      </p>
      {body}
    </section>
  );
}
