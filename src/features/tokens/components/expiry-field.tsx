import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field } from '../../../components/field.tsx';
import { DEFAULT_TOKEN_EXPIRY_MINUTES } from '../../../contract/index.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { formatMinutes } from '../../../lib/token-expiry.ts';
import { useNow } from '../../../lib/use-now.ts';

/** mesibo advises long-lived tokens (regenerating may be charged), hence a year by default. */
const PRESETS: { label: string; minutes: number }[] = [
  { label: '1 day', minutes: 1_440 },
  { label: '30 days', minutes: 43_200 },
  { label: '1 year', minutes: DEFAULT_TOKEN_EXPIRY_MINUTES },
];

/** "Expiry (minutes)" with presets, and the date the token would expire on if issued now. */
export function ExpiryField({
  registration,
  value,
  error,
  onPreset,
}: {
  registration: UseFormRegisterReturn;
  value: string;
  error: string | undefined;
  onPreset: (minutes: number) => void;
}) {
  const now = useNow();
  const minutes = /^\s*\d+\s*$/.test(value) ? Number(value) : undefined;
  const hint =
    minutes !== undefined && minutes > 0
      ? `Expires on ${formatDateTime(now + minutes * 60_000)} (${formatMinutes(minutes)} from now).`
      : 'Minutes until the token expires; a year is 525,600.';
  return (
    <div className="expiry-field">
      <Field label="Expiry (minutes)" hint={hint} error={error}>
        {(control) => <input {...control} {...registration} type="number" inputMode="numeric" min={1} step={1} />}
      </Field>
      <div role="group" aria-label="Expiry presets" className="presets">
        {PRESETS.map((preset) => (
          <button
            key={preset.minutes}
            type="button"
            aria-pressed={minutes === preset.minutes}
            onClick={() => onPreset(preset.minutes)}
          >
            {preset.label}
          </button>
        ))}
      </div>
    </div>
  );
}
