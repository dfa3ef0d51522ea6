import { useId, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { LiveRegion } from '../../../components/live-region.tsx';
import { ActionNote, GuardedFieldset } from '../../../components/role-guard.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import type { ContactEntry, User } from '../../../contract/index.ts';
import { paths } from '../../../config/paths.ts';
import { errorMessage, isBackendError } from '../../../lib/backend-error.ts';
import { useContacts } from '../../../lib/contacts-api.ts';
import { useContactSaver } from '../api/use-contact-saver.ts';
import { describeChange, toContactParams, toRemoveParams, type ContactFlagChange } from '../forms/contact-flags.ts';
import { AddContactForm } from './add-contact-form.tsx';
import { ContactFlagsLegend, ContactsTable } from './contacts-table.tsx';
import { ReverseContacts } from './reverse-contacts.tsx';

/** A flag change that did not save, kept so that "Retry" / "Re-apply" can send it again. */
interface FailedChange {
  address: string;
  change: ContactFlagChange;
  error: unknown;
}

const CONFLICT_HELP = 'Someone else changed this user meanwhile, so the change was not saved. The contacts now show the latest values.';

/**
 * The Contacts tab's body: the contacts with inline editing, adding and removing, and who has this
 * user as a contact. Changes save one at a time (see useContactSaver); the outcome is announced in the
 * live region, a failure stays on screen with a way to send the change again.
 */
export function ContactsPanel({ user, reloadUser }: { user: User; reloadUser: () => Promise<unknown> }) {
  const contacts = useContacts(user.uid);
  const saver = useContactSaver(user);
  const [searchParams] = useSearchParams();
  const pairsOnly = searchParams.get('pairs') === '1';
  const [announcement, setAnnouncement] = useState('');
  const [failed, setFailed] = useState<FailedChange | null>(null);
  // The change being saved, shown in its row at once (a checkbox follows the click, not the round trip).
  const [pending, setPending] = useState<{ address: string; change: ContactFlagChange } | null>(null);
  const [removing, setRemoving] = useState<{ entry: ContactEntry; error?: string } | null>(null);
  // A removed contact's row (and its "Remove" button) is gone when the dialog closes: focus goes here.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const roleNoteId = useId();

  async function reload() {
    await Promise.all([reloadUser(), contacts.refetch()]);
  }

  async function change(address: string, flags: ContactFlagChange) {
    const entry = contacts.data?.find((each) => each.address === address);
    if (!entry) return;
    setFailed(null);
    setAnnouncement('');
    setPending({ address, change: flags });
    try {
      // Resolves once the contacts are refetched (useUpdateUser invalidates them), so the row then shows
      // the stored value and the pending one can go.
      await saver.save(toContactParams(entry, flags));
      setAnnouncement(`Saved. ${describeChange(address, flags)}.`);
    } catch (error) {
      if (isBackendError(error) && error.code === 'CONFLICT') await reload();
      setFailed({ address, change: flags, error });
    } finally {
      setPending(null);
    }
  }

  async function remove(entry: ContactEntry) {
    setRemoving({ entry });
    setAnnouncement('');
    try {
      await saver.save(toRemoveParams(entry));
      setRemoving(null);
      setAnnouncement(`Saved. ${entry.address} removed from the contacts.`);
    } catch (error) {
      const conflict = isBackendError(error) && error.code === 'CONFLICT';
      if (conflict) await reload();
      setRemoving({ entry, error: conflict ? `${CONFLICT_HELP} Remove again to confirm.` : errorMessage(error) });
    }
  }

  const all = contacts.data ?? [];
  const shown = (pairsOnly ? all.filter((entry) => entry.pair) : all).map((entry) =>
    pending?.address === entry.address ? { ...entry, ...pending.change } : entry,
  );
  const existingAddresses = all.map((entry) => entry.address);

  return (
    <section className="contacts" aria-labelledby="contacts-heading">
      <h2 id="contacts-heading" ref={headingRef} tabIndex={-1}>
        Contacts
      </h2>
      <ActionNote action="editContacts" id={roleNoteId} />
      <LiveRegion message={announcement} className="announcement" />
      {failed ? (
        <FailedChangeAlert
          failed={failed}
          saving={saver.isSaving}
          onRetry={() => void change(failed.address, failed.change)}
          onDismiss={() => setFailed(null)}
        />
      ) : null}
      {pairsOnly ? (
        <p className="notice">
          Showing only the contacts marked as pairs (for Peers “Specific peers only”).{' '}
          <Link to={paths.userTab(user.uid, 'contacts')}>Show all contacts</Link>
        </p>
      ) : null}

      {contacts.error ? (
        <ErrorState title="Could not load the contacts" error={contacts.error} onRetry={() => void contacts.refetch()} />
      ) : !contacts.data ? (
        <Spinner label="Loading contacts…" />
      ) : shown.length === 0 ? (
        <p className="empty-state">
          {pairsOnly ? 'No contact is marked as a pair.' : 'No contacts yet. Add one by address below.'}
        </p>
      ) : (
        <GuardedFieldset action="editContacts" noteId={roleNoteId}>
          <ContactsTable
            contacts={shown}
            saving={saver.isSaving}
            onChange={(entry, flags) => void change(entry.address, flags)}
            onRemove={(entry) => setRemoving({ entry })}
          />
          <ContactFlagsLegend />
        </GuardedFieldset>
      )}

      <GuardedFieldset action="editContacts" noteId={roleNoteId}>
        <AddContactForm
          user={user}
          existingAddresses={existingAddresses}
          save={saver.save}
          reload={reload}
          disabled={saver.isSaving || !contacts.data}
          onAdded={(address) => setAnnouncement(`Saved. ${address} added to the contacts.`)}
        />
      </GuardedFieldset>

      <ReverseContacts uid={user.uid} />

      {removing ? (
        <ConfirmDialog
          title="Remove contact"
          confirmLabel="Remove contact"
          busy={saver.isSaving}
          error={removing.error}
          fallbackFocus={headingRef}
          onConfirm={() => void remove(removing.entry)}
          onCancel={() => setRemoving(null)}
        >
          <p>
            Remove {removing.entry.address} from the contacts of {user.profile.name || user.address}? mesibo’s remove also deletes all
            messages between them. This cannot be undone.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

function FailedChangeAlert({ failed, saving, onRetry, onDismiss }: { failed: FailedChange; saving: boolean; onRetry: () => void; onDismiss: () => void }) {
  const conflict = isBackendError(failed.error) && failed.error.code === 'CONFLICT';
  return (
    <div role="alert" className="error-state">
      <p className="error-state-title">Not saved: {describeChange(failed.address, failed.change)}.</p>
      <p>{conflict ? CONFLICT_HELP : errorMessage(failed.error)}</p>
      <p className="actions">
        <button type="button" onClick={onRetry} disabled={saving}>
          {conflict ? 'Save anyway' : 'Retry'}
        </button>
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
      </p>
    </div>
  );
}
