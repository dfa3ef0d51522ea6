import { useEffect } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { saveBackendConfig } from '../../../lib/backend-config.ts';
import { isSignOutRequest, useSession } from '../../../lib/session/session-context.tsx';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { DemoOperatorList } from '../components/demo-operator-list.tsx';
import { RemoteSignInForm } from '../components/remote-sign-in-form.tsx';
import { returnPath } from '../forms/sign-in-form.ts';

/**
 * /sign-in: choose a demo operator (in-browser mock) or give a remote backend's URL and app token.
 * Signing in goes back to the page that sent here (`?from=`), or to the directory. Signed in already,
 * the screen switches to another operator.
 */
export function SignInRoute() {
  useDocumentTitle('Sign in');
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const state: unknown = location.state;
  const { search } = location;
  const [searchParams] = useSearchParams();
  const target = returnPath(searchParams.get('from'), paths.users());
  const signingOut = isSignOutRequest(state) && session.operator !== null;

  // "Sign out" in the header comes here with a request; the page it left has had its chance to ask about
  // unsaved edits. The request leaves the history entry, so Back and reload do not sign out again.
  useEffect(() => {
    if (!isSignOutRequest(state)) return;
    session.signOut();
    void navigate({ search }, { replace: true, state: null });
  }, [state, search, session, navigate]);

  // Sign in first, then move: the session swap remounts the pages, and the next page must meet the new
  // operator, not the signed-out screen's redirect.
  const goOn = () => void navigate(target, { replace: true });

  return (
    <>
      <header className="app-header">
        <span className="app-name">User console</span>
      </header>
      <main id="main" tabIndex={-1} className="page sign-in-page">
        <h1>Sign in</h1>
        {session.operator && !signingOut ? (
          <p>
            Signed in as {session.operator.name} · {session.operator.role}. Choose someone else to switch, or{' '}
            <Link to={target}>continue as {session.operator.name}</Link>.
          </p>
        ) : null}
        {!session.operator && session.notice ? (
          <p role="alert" className="error-state">
            {session.notice}
          </p>
        ) : null}
        {session.demoOperators ? (
          <>
            <p>The in-browser mock has a demo operator for each role. Choose who to be:</p>
            <DemoOperatorList
              operators={session.demoOperators}
              current={signingOut ? null : session.operator}
              onChoose={(operator) => {
                session.signInAsDemo(operator);
                goOn();
              }}
            />
            <p className="muted">A remote backend asks for its URL and an app token here instead; choose one in Settings.</p>
          </>
        ) : (
          <>
            <RemoteSignInForm
              config={session.config}
              onSignedIn={(credentials, operator, client) => {
                session.signInRemote(credentials, operator, client);
                goOn();
              }}
            />
            <p>
              <button
                type="button"
                onClick={() => {
                  saveBackendConfig({ mode: 'mock' });
                  // The mock starts at boot, so switching to it takes a reload.
                  window.location.assign(target);
                }}
              >
                Use the in-browser mock instead
              </button>
            </p>
          </>
        )}
      </main>
    </>
  );
}
