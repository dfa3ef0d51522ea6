import { Link } from 'react-router';
import { paths } from '../config/paths.ts';
import { useDocumentTitle } from '../lib/use-document-title.ts';

export function NotFound() {
  useDocumentTitle('Page not found');
  return (
    <section className="page">
      <h1>Page not found</h1>
      <p>There is no page at this address.</p>
      <p>
        <Link to={paths.users()}>Go to the user directory</Link>
      </p>
    </section>
  );
}
