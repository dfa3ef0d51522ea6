import { useState } from 'react';
import { Field } from '../../../components/field.tsx';
import { LiveRegion } from '../../../components/live-region.tsx';
import { platforms, type Platform } from '../../../contract/index.ts';
import { errorMessage } from '../../../lib/backend-error.ts';
import { useSetPresence } from '../../../lib/presence/presence-api.ts';
import { PLATFORM_LABELS } from '../../../lib/token-restriction.ts';

const DEVICE_MAX_LENGTH = 64;

/**
 * QA's switch (in-browser mock only): make the user connect on a platform and device, or end all of its
 * sessions, as if it happened on a phone. The change then travels the live stream like any other.
 */
export function MockPresenceControls({ uid }: { uid: number }) {
  const setPresence = useSetPresence(uid);
  const [platform, setPlatform] = useState<Platform>('android');
  const [device, setDevice] = useState('phone');
  const [announcement, setAnnouncement] = useState('');
  const deviceName = device.trim() || 'phone';

  function force(online: boolean) {
    setAnnouncement('');
    setPresence.mutate(online ? { online, platform, device: deviceName } : { online }, {
      onSuccess: () =>
        setAnnouncement(online ? `Forced online on ${PLATFORM_LABELS[platform]} (${deviceName}).` : 'Forced offline: every session ended.'),
    });
  }

  return (
    <form className="form mock-presence-controls" aria-labelledby="mock-presence-heading" onSubmit={(event) => event.preventDefault()}>
      <h3 id="mock-presence-heading">Mock controls</h3>
      <p className="field-hint">The in-browser mock only: force this user online or offline to try the live views.</p>
      <div className="form-row">
        <Field label="Platform">
          {(field) => (
            <select {...field} value={platform} onChange={(event) => setPlatform(platforms.find((each) => each === event.target.value) ?? 'android')}>
              {platforms.map((each) => (
                <option key={each} value={each}>
                  {PLATFORM_LABELS[each]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Device">
          {(field) => <input {...field} value={device} maxLength={DEVICE_MAX_LENGTH} onChange={(event) => setDevice(event.target.value)} />}
        </Field>
      </div>
      <p className="actions">
        <button type="button" disabled={setPresence.isPending} onClick={() => force(true)}>
          Force online
        </button>
        <button type="button" disabled={setPresence.isPending} onClick={() => force(false)}>
          Force offline
        </button>
      </p>
      {setPresence.error ? (
        <p role="alert" className="form-error">
          Not changed: {errorMessage(setPresence.error)}
        </p>
      ) : null}
      <LiveRegion message={announcement} />
    </form>
  );
}
