import type { ContactEntry } from '../../../contract/index.ts';
import { checkboxFlags, type ContactFlagChange } from '../forms/contact-flags.ts';
import { ContactRow } from './contact-row.tsx';

interface ContactsTableProps {
  contacts: ContactEntry[];
  saving: boolean;
  onChange: (entry: ContactEntry, change: ContactFlagChange) => void;
  onRemove: (entry: ContactEntry) => void;
}

/** The user's contacts, each flag editable in its row. */
export function ContactsTable({ contacts, saving, onChange, onRemove }: ContactsTableProps) {
  return (
    <div className="table-scroll">
      <table className="data-table contacts-table" aria-label="Contacts" aria-busy={saving}>
        <thead>
          <tr>
            <th scope="col">Address</th>
            <th scope="col">Name</th>
            {checkboxFlags.map(({ key, label }) => (
              <th key={key} scope="col">
                {label}
              </th>
            ))}
            <th scope="col">Block</th>
            <th scope="col">Visibility</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {contacts.map((entry) => (
            <ContactRow
              key={entry.address}
              entry={entry}
              disabled={saving}
              onChange={(change) => onChange(entry, change)}
              onRemove={() => onRemove(entry)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What each column means, once under the table rather than repeated in every row. */
export function ContactFlagsLegend() {
  return (
    <dl className="legend">
      {checkboxFlags.map(({ key, label, help }) => (
        <div key={key}>
          <dt>{label}</dt>
          <dd>{help}</dd>
        </div>
      ))}
      <div>
        <dt>Block</dt>
        <dd>The contact cannot message or call the user.</dd>
      </div>
      <div>
        <dt>Visibility</dt>
        <dd>0–255, as the real-time profile API defines it for this contact. 0 by default.</dd>
      </div>
    </dl>
  );
}
