import { useId } from 'react';
import { useParams } from 'react-router';
import { ErrorState } from '../../../components/error-state.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import type { User } from '../../../contract/index.ts';
import { useBackend, useBackendFeatures } from '../../../lib/backend-context.tsx';
import { currentPlatform, useUserPresence } from '../../../lib/presence/presence-api.ts';
import { parseUidParam } from '../../../lib/uid-param.ts';
import { useNow } from '../../../lib/use-now.ts';
import { useUser } from '../../../lib/user-api.ts';
import { LiveState } from '../components/live-state.tsx';
import { MockPresenceControls } from '../components/mock-presence-controls.tsx';
import { CurrentSessions, SessionHistory } from '../components/sessions-table.tsx';

/**
 * /users/<uid>/presence. The layout above has loaded the user; this adds its sessions and history, and
 * the mock's controls. Keyed by uid so another user's page starts afresh.
 */
export function PresenceTab() {
  const uid = parseUidParam(useParams().uid);
  const user = useUser(uid).data;
  if (!user) return null;
  return <PresencePanel key={user.uid} user={user} />;
}

function PresencePanel({ user }: { user: User }) {
  const { config } = useBackend();
  const supported = useBackendFeatures().data?.capabilities.extensionOps.includes('presenceget');
  // Session starts are minutes to hours old: a refresh every 15 s keeps "just now" honest.
  const now = useNow(15_000);
  return (
    <section className="presence-panel" aria-labelledby="presence-heading">
      <h2 id="presence-heading">Presence</h2>
      {supported === false ? (
        <>
          <LiveState user={user} platform={undefined} now={now} />
          <p className="notice">This backend does not report sessions.</p>
        </>
      ) : (
        <Sessions user={user} now={now} />
      )}
      {config.mode === 'mock' ? <MockPresenceControls uid={user.uid} /> : null}
    </section>
  );
}

function Sessions({ user, now }: { user: User; now: number }) {
  const presence = useUserPresence(user.uid);
  const currentId = useId();
  const historyId = useId();
  const data = presence.data;
  return (
    <>
      <LiveState user={user} platform={data ? currentPlatform(data) : undefined} now={now} />
      {presence.error && !data ? (
        <ErrorState title="Could not load the sessions" error={presence.error} onRetry={() => void presence.refetch()} />
      ) : data === undefined ? (
        <Spinner label="Loading sessions…" />
      ) : (
        <>
          <h3 id={currentId}>Current sessions</h3>
          <CurrentSessions sessions={data?.sessions ?? []} now={now} labelledBy={currentId} />
          <h3 id={historyId}>Recent sessions</h3>
          <SessionHistory history={data?.history ?? []} now={now} labelledBy={historyId} />
        </>
      )}
    </>
  );
}
