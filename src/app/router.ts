import { createBrowserRouter } from 'react-router';
import { routes } from './routes.tsx';

/** Created only once the backend is ready: the data router starts loading the first page at once. */
export function createAppRouter() {
  return createBrowserRouter(routes);
}
