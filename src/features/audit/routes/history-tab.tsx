import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { paths } from '../../../config/paths.ts';
import type { User } from '../../../contract/index.ts';
import { parseUidParam } from '../../../lib/uid-param.ts';
import { useUser } from '../../../lib/user-api.ts';
import { ErrorState } from '../../../components/error-state.tsx';
import { auditKeys, useAuditSupport } from '../api/audit-log.ts';
import { AuditLog } from '../components/audit-log.tsx';

/**
 * /users/<uid>/history: the audit log of one user, in the same table as the Audit log page. The layout
 * above has loaded the user; keyed by uid so another user's page starts afresh.
 */
export function HistoryTab() {
  const uid = parseUidParam(useParams().uid);
  const user = useUser(uid).data;
  if (!user) return null;
  return <HistoryPanel key={user.uid} user={user} />;
}

function HistoryPanel({ user }: { user: User }) {
  const { supported, features } = useAuditSupport();
  useReloadOnNewVersion(user);
  return (
    <section className="history-panel" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      {supported === false ? (
        <p className="notice">This backend does not keep an audit log.</p>
      ) : (
        <>
          <p className="muted">
            Every accepted change to this user, newest first. Read-only.{' '}
            <Link to={paths.auditOfUser(user.uid)}>Open in the audit log</Link> to filter further.
          </p>
          {supported ? (
            <AuditLog filter={{ uid: user.uid }} label="History" showUser={false} empty={<p>No changes recorded yet.</p>} />
          ) : features.error ? (
            <ErrorState title="Could not connect to the backend" error={features.error} onRetry={() => void features.refetch()} />
          ) : null}
        </>
      )}
    </section>
  );
}

/**
 * A change made elsewhere (another tab, another operator) reaches this page as a new version of the user
 * (the presence stream reloads it): the history then has a new entry to show.
 */
function useReloadOnNewVersion(user: User): void {
  const queryClient = useQueryClient();
  const seen = useRef(user.version);
  useEffect(() => {
    if (seen.current === user.version) return;
    seen.current = user.version;
    void queryClient.invalidateQueries({ queryKey: auditKeys.all() });
  }, [queryClient, user.version]);
}
