import type { ReactNode } from 'react';
import { ErrorState } from '../../../components/error-state.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { errorMessage } from '../../../lib/backend-error.ts';
import { formatCount, formatNumber } from '../../../lib/format.ts';
import { useAuditFollowsChanges, useAuditLog } from '../api/audit-log.ts';
import type { AuditFilter } from '../url-state.ts';
import { AuditTable } from './audit-table.tsx';

interface AuditLogProps {
  filter: AuditFilter;
  /** The table's accessible name. */
  label: string;
  showUser?: boolean;
  /** False while the filter still waits for something (an address being looked up). */
  enabled?: boolean;
  /** What to say when nothing is listed (it differs with and without filters). */
  empty: ReactNode;
}

/**
 * The log for one filter with its states: loading, failed (with "Retry"), empty, or the entries with their
 * count and "Load older". Shared by the Audit log page and the user page's History tab.
 */
export function AuditLog({ filter, label, showUser = true, enabled = true, empty }: AuditLogProps) {
  useAuditFollowsChanges();
  const log = useAuditLog(filter, enabled);
  const { entries, total } = log;

  if (log.error && !log.data) {
    return <ErrorState title="Could not load the audit log" error={log.error} onRetry={() => void log.refetch()} />;
  }
  if (!enabled || !log.data || total === undefined) {
    return enabled ? <Spinner label="Loading the audit log…" /> : null;
  }
  if (total === 0) return <div className="empty-state">{empty}</div>;
  return (
    <>
      <div className="result-bar">
        <p className="result-summary" aria-live="polite" aria-atomic="true">
          <span className="result-total">{formatCount(total, 'change')}</span>
          {entries.length < total ? <span className="result-range">Showing the newest {formatNumber(entries.length)}</span> : null}
        </p>
        {log.isFetching && !log.isFetchingNextPage ? <Spinner label="Refreshing…" /> : null}
      </div>
      <AuditTable entries={entries} label={label} showUser={showUser} busy={log.isFetching && !log.isFetchingNextPage} />
      {log.isFetchNextPageError ? (
        <div className="error-state" role="alert">
          <p>Could not load older changes: {errorMessage(log.error)}</p>
          <p className="actions">
            <button type="button" onClick={() => void log.fetchNextPage()}>
              Retry
            </button>
          </p>
        </div>
      ) : null}
      {log.hasNextPage ? (
        <p className="actions load-older">
          {/* aria-disabled, not disabled: the button keeps focus while the older page loads. */}
          <button
            type="button"
            aria-disabled={log.isFetchingNextPage || undefined}
            onClick={() => {
              if (!log.isFetchingNextPage) void log.fetchNextPage();
            }}
          >
            Load older
          </button>
          {log.isFetchingNextPage ? <Spinner label="Loading older changes…" /> : null}
        </p>
      ) : null}
    </>
  );
}
