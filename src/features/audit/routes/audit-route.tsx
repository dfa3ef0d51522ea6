import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorState } from '../../../components/error-state.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useAuditLog, useAuditSupport, useUidOfAddress } from '../api/audit-log.ts';
import { AuditFiltersForm } from '../components/audit-filters-form.tsx';
import { AuditLog } from '../components/audit-log.tsx';
import { isFiltered, parseAuditSearch, toAuditFilter, toAuditSearchParams, userRefOf, type AuditSearch } from '../url-state.ts';

/** /audit: every change the backend accepted, newest first, filtered by what the URL holds. */
export function AuditRoute() {
  useDocumentTitle('Audit log');
  const { supported, features } = useAuditSupport();
  return (
    <section className="page audit-page">
      <h1>Audit log</h1>
      <p className="muted">
        Every change the backend accepted: who made it, when, and each field before and after. The log is read-only: the
        backend offers no operation that edits or deletes its entries.
      </p>
      {supported === false ? (
        <p className="notice">This backend does not keep an audit log (it does not answer the auditget operation).</p>
      ) : features.error && supported === undefined ? (
        <ErrorState title="Could not connect to the backend" error={features.error} onRetry={() => void features.refetch()} />
      ) : supported === undefined ? (
        <Spinner label="Connecting to the backend…" />
      ) : (
        <FilteredLog />
      )}
    </section>
  );
}

function FilteredLog() {
  const [searchParams, setSearchParams] = useSearchParams();
  const { search, notes } = useMemo(() => parseAuditSearch(searchParams), [searchParams]);
  const apply = useCallback((values: AuditSearch) => setSearchParams(toAuditSearchParams(values)), [setSearchParams]);
  const clear = useCallback(() => setSearchParams(new URLSearchParams()), [setSearchParams]);

  const userRef = userRefOf(search.user);
  const lookup = useUidOfAddress(userRef.kind === 'address' ? userRef.address : null);
  const uid = userRef.kind === 'uid' ? userRef.uid : (lookup.data ?? undefined);
  const nobody = userRef.kind === 'address' && lookup.data === null;
  const ready = userRef.kind !== 'address' || typeof lookup.data === 'number';
  const filter = useMemo(() => toAuditFilter(search, uid), [search, uid]);

  const operators = useOperatorSuggestions(filter, ready, search.operator);
  const filtered = isFiltered(search);
  const userProblem = nobody
    ? `No user has the address ${search.user} now. A deleted user’s changes can be found by its uid (the log shows it next to the address).`
    : undefined;

  let log;
  if (userRef.kind === 'address' && lookup.error && lookup.data === undefined) {
    log = <ErrorState title="Could not look up the user" error={lookup.error} onRetry={() => void lookup.refetch()} />;
  } else if (nobody) {
    log = (
      <div className="empty-state">
        <NoMatch />
      </div>
    );
  } else if (!ready) {
    log = <Spinner label="Looking up the user…" />;
  } else {
    log = (
      <AuditLog
        filter={filter}
        label="Audit log"
        empty={filtered ? <NoMatch /> : <p>No changes recorded yet.</p>}
      />
    );
  }

  return (
    <>
      {notes.length > 0 ? (
        <div className="notice" role="status">
          <p>Some filters in this link could not be used, so they were left out:</p>
          <ul>
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <AuditFiltersForm values={search} onApply={apply} onClear={clear} operators={operators} userProblem={userProblem} />
      {log}
    </>
  );
}

function NoMatch() {
  return <p>No changes match these filters.</p>;
}

/** Operators to suggest in the filter: those in the entries shown (the cache the log fills), and the one typed. */
function useOperatorSuggestions(filter: ReturnType<typeof toAuditFilter>, enabled: boolean, typed: string): string[] {
  const { entries } = useAuditLog(filter, enabled);
  return useMemo(() => [...new Set([typed, ...entries.map((entry) => entry.operator)].filter(Boolean))].sort(), [entries, typed]);
}
