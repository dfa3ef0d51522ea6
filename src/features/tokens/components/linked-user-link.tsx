import { Link } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { useUser } from '../../../lib/user-api.ts';

/** The user a token links to, by name or address once loaded (the uid until then, or if it is gone). */
export function LinkedUserLink({ uid }: { uid: number }) {
  const user = useUser(uid).data;
  return <Link to={paths.user(uid)}>{user ? user.profile.name || user.address : `User ${uid}`}</Link>;
}
