import { Navigate, useLocation } from 'react-router';
import { paths } from '../config/paths.ts';
import { useOperator } from '../lib/session/session-context.tsx';
import { Layout } from './layout.tsx';

/** Every page but the sign-in screen: signed out, it sends there, to come back here after signing in. */
export function SignedInLayout() {
  const operator = useOperator();
  const { pathname, search, hash } = useLocation();
  if (!operator) return <Navigate replace to={paths.signIn(pathname + search + hash)} />;
  return <Layout />;
}
