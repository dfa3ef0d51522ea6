import { useState } from 'react';
import { Dialog } from '../../../components/dialog.tsx';
import { LiveRegion } from '../../../components/live-region.tsx';
import type { IssueTokenFormValues } from '../forms/issue-token-form.ts';
import { IssueTokenForm, type IssuedToken } from './issue-token-form.tsx';
import { NewTokenPanel } from './new-token-panel.tsx';

interface IssueTokenDialogProps {
  uid: number;
  initialValues: IssueTokenFormValues;
  existingDevices: readonly string[] | undefined;
  onClose: () => void;
}

/**
 * "Issue token": the form, then the new token once. The token lives only in this component's state, so
 * closing the dialog (Done, Escape) is the end of it.
 */
export function IssueTokenDialog({ uid, initialValues, existingDevices, onClose }: IssueTokenDialogProps) {
  const [issued, setIssued] = useState<IssuedToken | null>(null);
  const [announcement, setAnnouncement] = useState('');

  async function copy(token: string) {
    try {
      await navigator.clipboard.writeText(token);
      setAnnouncement('Copied to the clipboard.');
    } catch {
      setAnnouncement('Could not copy: the browser refused. Select the token and copy it by hand.');
    }
  }

  return (
    <Dialog open title="Issue token" onClose={onClose} className="issue-token-dialog">
      {/* Rendered from the start: screen readers announce only changes to a region that already exists. */}
      <LiveRegion message={announcement} className="announcement" />
      {issued ? (
        <NewTokenPanel token={issued.token} device={issued.device} onCopy={() => void copy(issued.token)} onDone={onClose} />
      ) : (
        <IssueTokenForm
          uid={uid}
          initialValues={initialValues}
          existingDevices={existingDevices}
          onIssued={(result) => {
            setIssued(result);
            setAnnouncement('Token issued. Copy it now: it is shown only once.');
          }}
          onCancel={onClose}
        />
      )}
    </Dialog>
  );
}
