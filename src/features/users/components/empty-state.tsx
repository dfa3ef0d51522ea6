import type { ActiveFilter } from '../url-state.ts';

/** Nothing matched: say what was asked, and offer the way back to everything. */
export function EmptyState({
  q,
  active,
  tokenFiltered,
  presenceFiltered = false,
  onClearSearch,
  onShowAll,
}: {
  q: string;
  active: ActiveFilter;
  /** A token filter (platform, state) is set; "Show all users" then clears it too. */
  tokenFiltered: boolean;
  /** The presence filter is set; "Show all users" clears it too. */
  presenceFiltered?: boolean;
  onClearSearch: () => void;
  onShowAll: () => void;
}) {
  const filtered = active !== 'all' || tokenFiltered || presenceFiltered;
  if (!q && !filtered) {
    return (
      <div className="empty-state">
        <p>There are no users yet.</p>
      </div>
    );
  }
  const who = active !== 'all' ? `No ${active} users` : 'No users';
  const what = `${who}${q ? ` match “${q}”` : ''}${filterNote(tokenFiltered, presenceFiltered)}.`;
  return (
    <div className="empty-state">
      <p>{what}</p>
      <p className="actions">
        {q ? (
          <button type="button" onClick={onClearSearch}>
            Clear search
          </button>
        ) : null}
        {filtered ? (
          <button type="button" onClick={onShowAll}>
            Show all users
          </button>
        ) : null}
      </p>
    </div>
  );
}

function filterNote(tokenFiltered: boolean, presenceFiltered: boolean): string {
  if (tokenFiltered && presenceFiltered) return ' with these token and presence filters';
  if (tokenFiltered) return ' with these token filters';
  return presenceFiltered ? ' with this presence filter' : '';
}
