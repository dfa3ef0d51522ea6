import { formatCount, formatNumber } from '../../../lib/format.ts';

/**
 * "100,000 users · Showing 1–50". Polite live region: a screen reader hears the new count after a
 * search or a page change without losing its place.
 */
export function ResultSummary({ total, offset, shown }: { total: number | undefined; offset: number; shown: number }) {
  return (
    <p className="result-summary" aria-live="polite" aria-atomic="true">
      {total === undefined ? (
        <span>{formatCount(shown, 'user')} shown (this backend does not report totals)</span>
      ) : (
        <>
          <span className="result-total">{formatCount(total, 'user')}</span>
          {shown > 0 ? (
            <span className="result-range">
              Showing {formatNumber(offset + 1)}–{formatNumber(offset + shown)}
            </span>
          ) : null}
        </>
      )}
    </p>
  );
}
