import { useParams } from 'react-router';
import { parseUidParam } from '../../../lib/uid-param.ts';
import { useUser } from '../../../lib/user-api.ts';
import { ContactsPanel } from '../components/contacts-panel.tsx';

/**
 * /users/<uid>/contacts (`?pairs=1`: only the contacts marked as pairs). The layout above loads the
 * user and shows loading and errors; keyed by uid so another user's page starts afresh.
 */
export function ContactsTab() {
  const uid = parseUidParam(useParams().uid);
  const query = useUser(uid);
  const user = query.data;
  if (!user) return null;
  return <ContactsPanel key={user.uid} user={user} reloadUser={() => query.refetch()} />;
}
