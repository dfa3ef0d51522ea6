import { useEffect, useRef, useState } from 'react';
import { ErrorState } from '../../../components/error-state.tsx';
import { LiveRegion } from '../../../components/live-region.tsx';
import { GuardedButton } from '../../../components/role-guard.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import type { TokenInfo, User } from '../../../contract/index.ts';
import { useCanListTokens, useRevokeTokens, useTokens } from '../api/tokens-api.ts';
import { defaultIssueTokenValues, valuesForRegenerating, type IssueTokenFormValues } from '../forms/issue-token-form.ts';
import { IssueTokenDialog } from './issue-token-dialog.tsx';
import { RevokeDeviceForm } from './revoke-device-form.tsx';
import { RevokeDialog, type RevokeTarget } from './revoke-dialog.tsx';
import { deviceLabel, TokensTable } from './tokens-table.tsx';

/**
 * The Tokens tab: the inventory (when the backend can list it), issuing and regenerating, revoking one
 * device's token or all of them.
 */
export function TokensPanel({ user }: { user: User }) {
  const who = user.profile.name || user.address;
  const canList = useCanListTokens();
  const tokens = useTokens(user.uid, canList === true);
  const revoke = useRevokeTokens(user.uid);
  const [issuing, setIssuing] = useState<IssueTokenFormValues | null>(null);
  const [revoking, setRevoking] = useState<RevokeTarget | null>(null);
  const [announcement, setAnnouncement] = useState('');

  // The revoked row (and so the button that opened the dialog) is gone: focus goes to the heading
  // instead of being dropped on <body>.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeading = useRef(false);
  useEffect(() => {
    if (!focusHeading.current) return;
    focusHeading.current = false;
    headingRef.current?.focus();
  });

  async function confirmRevoke(target: RevokeTarget) {
    try {
      await revoke.revoke(target.kind === 'all' ? undefined : target.device);
    } catch {
      return; // The dialog shows revoke.error and stays open for a retry.
    }
    revoke.reset();
    setRevoking(null);
    focusHeading.current = true;
    setAnnouncement(target.kind === 'all' ? 'All tokens revoked.' : `Token of ${deviceLabel(target.device)} revoked.`);
  }

  const list = tokens.data;
  const listed = canList === true && list !== undefined;

  return (
    <section className="tokens-panel" aria-labelledby="tokens-heading">
      <div className="section-header">
        <h2 id="tokens-heading" ref={headingRef} tabIndex={-1}>
          Access tokens
        </h2>
        <p className="actions">
          <GuardedButton action="manageTokens" onClick={() => setIssuing(defaultIssueTokenValues)}>
            Issue token
          </GuardedButton>
          <GuardedButton
            action="manageTokens"
            className="danger"
            disabled={listed && list.length === 0}
            onClick={() => {
              revoke.reset();
              setRevoking({ kind: 'all' });
            }}
          >
            Revoke all tokens
          </GuardedButton>
        </p>
      </div>
      <LiveRegion message={announcement} className="announcement" />

      {canList === undefined ? <Spinner label="Loading tokens…" /> : null}
      {canList === false ? (
        <>
          <p className="notice">
            This backend cannot list the tokens it has issued (a plain mesibo backend keeps no inventory it will
            tell), so none are shown here. You can still issue a token, and revoke the token of a device or all of
            them.
          </p>
          <RevokeDeviceForm
            onRevoke={(device) => {
              revoke.reset();
              setRevoking({ kind: 'device', device });
            }}
          />
        </>
      ) : null}
      {canList === true ? (
        <TokenInventory
          query={tokens}
          who={who}
          onRegenerate={(token) => setIssuing(valuesForRegenerating(token))}
          onRevoke={(token) => {
            revoke.reset();
            setRevoking({ kind: 'device', device: token.device });
          }}
        />
      ) : null}

      {issuing ? (
        <IssueTokenDialog
          uid={user.uid}
          initialValues={issuing}
          existingDevices={list?.map((token) => token.device)}
          onClose={() => setIssuing(null)}
        />
      ) : null}
      {revoking ? (
        <RevokeDialog
          target={revoking}
          who={who}
          busy={revoke.isPending}
          error={revoke.error}
          onConfirm={() => void confirmRevoke(revoking)}
          onCancel={() => setRevoking(null)}
        />
      ) : null}
    </section>
  );
}

function TokenInventory({
  query,
  who,
  onRegenerate,
  onRevoke,
}: {
  query: ReturnType<typeof useTokens>;
  who: string;
  onRegenerate: (token: TokenInfo) => void;
  onRevoke: (token: TokenInfo) => void;
}) {
  if (query.error) {
    return <ErrorState title="Could not load the tokens" error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (!query.data) return <Spinner label="Loading tokens…" />;
  if (query.data.length === 0) {
    return (
      <div className="empty-state">
        <p>No tokens: {who} cannot log in to any app until one is issued.</p>
      </div>
    );
  }
  return <TokensTable tokens={query.data} onRegenerate={onRegenerate} onRevoke={onRevoke} />;
}
