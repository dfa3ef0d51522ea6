import { useState } from 'react';
import { Field } from '../../../components/field.tsx';
import { GuardedButton } from '../../../components/role-guard.tsx';
import { useCan } from '../../../lib/session/session-context.tsx';

/**
 * For a backend that cannot list tokens: revoke by naming the device, since there is no row to click.
 * Empty means the token issued without a device.
 */
export function RevokeDeviceForm({ onRevoke }: { onRevoke: (device: string) => void }) {
  const [device, setDevice] = useState('');
  const { allowed } = useCan('manageTokens');
  return (
    <form
      className="form revoke-device-form"
      onSubmit={(event) => {
        event.preventDefault();
        onRevoke(device.trim());
      }}
    >
      <Field label="Device to revoke" hint="The device the token was issued for; leave empty for the token issued without one.">
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="off"
            spellCheck={false}
            readOnly={!allowed}
            value={device}
            onChange={(event) => setDevice(event.target.value)}
          />
        )}
      </Field>
      <p className="actions">
        <GuardedButton action="manageTokens" type="submit" className="danger">
          Revoke device token
        </GuardedButton>
      </p>
    </form>
  );
}
