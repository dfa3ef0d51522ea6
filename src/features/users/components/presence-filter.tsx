import { useId } from 'react';
import { presenceFilters, type PresenceFilter as PresenceFilterValue } from '../url-state.ts';

const LABELS: Record<PresenceFilterValue, string> = {
  any: 'Anyone',
  online: 'Online now',
  seen24h: 'Seen in the last 24 hours',
  dormant30d: 'Dormant for 30 days',
};

/** Who to show by presence; a select like the token filters, to keep the toolbar short. */
export function PresenceFilter({
  value,
  onChange,
  supported,
}: {
  value: PresenceFilterValue;
  onChange: (value: PresenceFilterValue) => void;
  /** False when the backend cannot filter by presence (capabilities' usersget.filters). */
  supported: boolean;
}) {
  const id = useId();
  return (
    <div className="toolbar-select">
      <label htmlFor={id}>Presence</label>
      <select
        id={id}
        value={value}
        disabled={!supported}
        onChange={(event) => onChange(presenceFilters.find((each) => each === event.target.value) ?? 'any')}
      >
        {presenceFilters.map((each) => (
          <option key={each} value={each}>
            {LABELS[each]}
          </option>
        ))}
      </select>
    </div>
  );
}
