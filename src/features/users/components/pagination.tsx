import { useId } from 'react';
import { PAGE_SIZES } from '../url-state.ts';

interface PaginationProps {
  hasPrev: boolean;
  hasNext: boolean;
  onPrev: () => void;
  onNext: () => void;
  size: number;
  onSizeChange: (size: number) => void;
}

/**
 * Cursor paging. The buttons are aria-disabled rather than disabled at the ends, so focus stays on
 * them after the last click instead of falling back to the page.
 */
export function Pagination({ hasPrev, hasNext, onPrev, onNext, size, onSizeChange }: PaginationProps) {
  const sizeId = useId();
  return (
    <nav className="pagination" aria-label="Pages">
      <button type="button" aria-disabled={!hasPrev} onClick={() => hasPrev && onPrev()}>
        Previous page
      </button>
      <button type="button" aria-disabled={!hasNext} onClick={() => hasNext && onNext()}>
        Next page
      </button>
      <span className="page-size">
        <label htmlFor={sizeId}>Rows per page</label>
        <select id={sizeId} value={size} onChange={(event) => onSizeChange(Number(event.target.value))}>
          {PAGE_SIZES.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </span>
    </nav>
  );
}
