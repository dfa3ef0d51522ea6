import { ProfileImage } from '../../../components/profile-image.tsx';
import type { ContactEntry } from '../../../contract/index.ts';

/**
 * The other user of a contact-list row, as the directory shows users: picture, then name ("Unknown"
 * when it has none, or no user has the address). The picture is decorative: the address heads the row.
 */
export function ContactName({ entry }: { entry: ContactEntry }) {
  return (
    <span className="name-with-avatar">
      <ProfileImage src={entry.image} thumbnail={entry.tn} />
      {entry.name ? <span>{entry.name}</span> : <span className="muted">Unknown</span>}
    </span>
  );
}
