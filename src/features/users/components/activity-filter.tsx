import { useId } from 'react';
import { activeFilters, type ActiveFilter } from '../url-state.ts';

const LABELS: Record<ActiveFilter, string> = { all: 'All', active: 'Active', inactive: 'Inactive' };

/** Active / inactive / all, as radio buttons: one Tab stop, arrows to choose. */
export function ActivityFilter({
  value,
  onChange,
  supported,
}: {
  value: ActiveFilter;
  onChange: (value: ActiveFilter) => void;
  supported: boolean;
}) {
  const name = useId();
  return (
    <fieldset className="segmented" disabled={!supported}>
      <legend>Show</legend>
      {activeFilters.map((filter) => (
        <label key={filter}>
          <input
            type="radio"
            name={name}
            value={filter}
            checked={value === filter}
            onChange={() => onChange(filter)}
          />
          {LABELS[filter]}
        </label>
      ))}
    </fieldset>
  );
}
