import { useParams } from 'react-router';
import { useSupportsOp } from '../../../lib/backend-context.tsx';
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
  const listable = useSupportsOp('contactsget');
  const user = query.data;
  if (!user) return null;
  if (listable === false) return <ContactsUnsupported />;
  return <ContactsPanel key={user.uid} user={user} reloadUser={() => query.refetch()} />;
}

/** A plain mesibo takes contacts in userset but cannot list them, and the tab is built on the list. */
function ContactsUnsupported() {
  return (
    <section className="contacts" aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">Contacts</h2>
      <p className="notice">
        This backend does not support listing contacts (the contactsget extension), so this tab cannot show or edit
        them.
      </p>
    </section>
  );
}
