import { useId } from 'react';
import { Link } from 'react-router';
import { peerModes } from '../../../contract/index.ts';
import { paths } from '../../../config/paths.ts';
import { useContacts } from '../../../lib/contacts-api.ts';
import { formatCount } from '../../../lib/format.ts';
import { peerDescriptions, type PeerMode } from '../forms/permission-descriptions.ts';

interface PeersFieldProps {
  uid: number;
  value: number;
  onChange: (value: PeerMode) => void;
  onBlur: () => void;
  error?: string | undefined;
}

/**
 * mesibo `peers` as a radio group, each choice explained. For "Specific peers only" the user talks to
 * its contacts marked as pairs and no one else, so the count and a link to them sit right there.
 */
export function PeersField({ uid, value, onChange, onBlur, error }: PeersFieldProps) {
  const id = useId();
  return (
    <fieldset className="choice-group peers-field" aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
      <legend>Peers</legend>
      <p id={`${id}-hint`} className="field-hint">
        Who the user may communicate with. Default: All.
      </p>
      {peerDescriptions.map((choice) => (
        <div key={choice.value} className="field field-checkbox">
          <input
            type="radio"
            id={`${id}-${choice.value}`}
            name="peers"
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
            onBlur={onBlur}
            aria-describedby={`${id}-${choice.value}-hint`}
          />
          <label htmlFor={`${id}-${choice.value}`}>{choice.label}</label>
          <p id={`${id}-${choice.value}-hint`} className="field-hint">
            {choice.help}
          </p>
        </div>
      ))}
      {value === peerModes.specificPeers ? <PairsSummary uid={uid} /> : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

function PairsSummary({ uid }: { uid: number }) {
  const contacts = useContacts(uid);
  const pairs = contacts.data?.filter((contact) => contact.pair).length;
  return (
    <p className="notice pairs-summary">
      {pairs === undefined
        ? contacts.isError
          ? 'Could not count the contacts marked as pairs.'
          : 'Counting the contacts marked as pairs…'
        : pairs === 0
          ? 'No contact is marked as a pair yet, so with this setting the user can communicate with no one.'
          : `${formatCount(pairs, 'contact')} marked as ${pairs === 1 ? 'a pair' : 'pairs'}.`}{' '}
      <Link to={paths.userContactPairs(uid)}>Contacts marked as pairs</Link>
    </p>
  );
}
