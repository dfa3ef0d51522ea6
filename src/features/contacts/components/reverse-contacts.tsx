import { Link } from 'react-router';
import { ErrorState } from '../../../components/error-state.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { paths } from '../../../config/paths.ts';
import { useContacts } from '../../../lib/contacts-api.ts';
import { ContactName } from './contact-name.tsx';

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** The other direction: users who have this user among their contacts, and how they marked it. */
export function ReverseContacts({ uid }: { uid: number }) {
  const query = useContacts(uid, { reverse: true });
  return (
    <section className="reverse-contacts" aria-labelledby="reverse-contacts-heading">
      <h3 id="reverse-contacts-heading">Has this user as a contact</h3>
      {query.error ? (
        <ErrorState title="Could not load who has this user as a contact" error={query.error} onRetry={() => void query.refetch()} />
      ) : !query.data ? (
        <Spinner label="Loading…" />
      ) : query.data.length === 0 ? (
        <p className="empty-state">No one has this user as a contact.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" aria-label="Has this user as a contact">
            <thead>
              <tr>
                <th scope="col">User</th>
                <th scope="col">Name</th>
                <th scope="col">Contact</th>
                <th scope="col">Favorite</th>
                <th scope="col">Pair</th>
                <th scope="col">Blocked</th>
              </tr>
            </thead>
            <tbody>
              {query.data.map((owner) => (
                <tr key={owner.address}>
                  <th scope="row">{owner.uid !== null ? <Link to={paths.user(owner.uid)}>{owner.address}</Link> : owner.address}</th>
                  <td>
                    <ContactName entry={owner} />
                  </td>
                  <td>{yesNo(owner.contact)}</td>
                  <td>{yesNo(owner.favorite)}</td>
                  <td>{yesNo(owner.pair)}</td>
                  <td>{yesNo(owner.block)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
