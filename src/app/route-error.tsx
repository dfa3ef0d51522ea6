import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { paths } from '../config/paths.ts';
import { errorMessage } from '../lib/backend-error.ts';

/**
 * The last line of defence for a page that failed to load or render (e.g. a chunk missing after a
 * deploy): say what happened and offer the two ways out.
 */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : errorMessage(error);
  return (
    <main id="main" className="page">
      <h1>Something went wrong</h1>
      <div role="alert">
        <p>{message}</p>
      </div>
      <p className="actions">
        <button type="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
        <Link to={paths.users()}>Go to the user directory</Link>
      </p>
    </main>
  );
}
