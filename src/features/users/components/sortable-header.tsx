import type { SortField, SortOrder } from '../../../contract/index.ts';

interface SortableHeaderProps {
  field: SortField;
  label: string;
  sort: SortField | undefined;
  order: SortOrder;
  /** False when the backend cannot sort by this field: a plain header then. */
  sortable: boolean;
  onSort: (field: SortField) => void;
}

/**
 * A column header that sorts: the button carries exactly the column's name (the arrow is hidden from
 * assistive technology), and aria-sort on the th tells the current order.
 */
export function SortableHeader({ field, label, sort, order, sortable, onSort }: SortableHeaderProps) {
  if (!sortable) return <th scope="col">{label}</th>;
  const active = sort === field;
  const direction = active ? (order === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th scope="col" aria-sort={direction}>
      <button type="button" className="sort-button" onClick={() => onSort(field)}>
        {label}
        <span className="sort-icon" aria-hidden="true">
          {active ? (order === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
