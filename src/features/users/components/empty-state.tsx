import type { ActiveFilter } from '../url-state.ts';

/** Nothing matched: say what was asked, and offer the way back to everything. */
export function EmptyState({
  q,
  active,
  onClearSearch,
  onShowAll,
}: {
  q: string;
  active: ActiveFilter;
  onClearSearch: () => void;
  onShowAll: () => void;
}) {
  const filtered = active !== 'all';
  if (!q && !filtered) {
    return (
      <div className="empty-state">
        <p>There are no users yet.</p>
      </div>
    );
  }
  const who = filtered ? `No ${active} users` : 'No users';
  return (
    <div className="empty-state">
      <p>{q ? `${who} match “${q}”.` : `${who}.`}</p>
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
