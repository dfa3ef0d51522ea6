import { matchRoutes, type RouteObject } from 'react-router';
import { routes } from './routes.tsx';

/**
 * Starts loading the modules of the page being opened, so their download overlaps the mock's start
 * instead of following it. The router's own `lazy()` then finds them in the module cache.
 */
export function preloadRouteModules(pathname: string): void {
  for (const { route } of matchRoutes(routes, pathname) ?? []) {
    const lazy: RouteObject['lazy'] = route.lazy;
    if (typeof lazy === 'function') void lazy().catch(() => undefined);
  }
}
