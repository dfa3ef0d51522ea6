import { useParams } from 'react-router';
import { parseUidParam } from '../../../lib/uid-param.ts';
import { useUser } from '../../../lib/user-api.ts';
import { UserDetails } from '../components/user-details.tsx';

/** The Profile tab (being built out): for now the read-only details. */
export function ProfileTab() {
  const uid = parseUidParam(useParams().uid);
  const user = useUser(uid).data;
  return user ? <UserDetails user={user} /> : null;
}
