import { useParams } from 'react-router';
import { parseUidParam } from '../../../lib/uid-param.ts';
import { useUser } from '../../../lib/user-api.ts';
import { PermissionsForm } from '../components/permissions-form.tsx';

/**
 * /users/<uid>/permissions: the nine mesibo permissions. The layout above has loaded the user (and
 * shows loading and errors), so this renders once the user is there; keyed by uid so another user's
 * page starts a fresh form.
 */
export function PermissionsTab() {
  const uid = parseUidParam(useParams().uid);
  const query = useUser(uid);
  const user = query.data;
  if (!user) return null;
  return (
    <PermissionsForm
      key={user.uid}
      user={user}
      onReload={async () => (await query.refetch()).data ?? null}
    />
  );
}
