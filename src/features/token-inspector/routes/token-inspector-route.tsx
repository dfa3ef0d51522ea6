import { useState } from 'react';
import { ErrorState } from '../../../components/error-state.tsx';
import { LiveRegion } from '../../../components/live-region.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { useBackend } from '../../../lib/backend-context.tsx';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useCanInspectTokens, useInspectToken, type InspectAnswer } from '../api/inspect-token.ts';
import { InspectForm } from '../components/inspect-form.tsx';
import { InspectedToken } from '../components/inspected-token.tsx';
import { LoginVerdict } from '../components/login-verdict.tsx';
import { toInspectParams, type InspectFormValues } from '../forms/inspect-form.ts';

interface Outcome {
  answer: InspectAnswer;
  attempt: InspectFormValues | null;
}

/**
 * /tokens/inspect: paste a token, see whose it is and what it allows, and whether a given app would be
 * let in, so support can answer "why can't this app log in?".
 */
export function TokenInspectorRoute() {
  useDocumentTitle('Token inspector');
  const { config } = useBackend();
  const canInspect = useCanInspectTokens();
  const inspect = useInspectToken();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [announcement, setAnnouncement] = useState('');

  async function run(values: InspectFormValues, withLogin: boolean) {
    // The previous result stays until the new one arrives, so trying a login does not make the page jump.
    try {
      const answer = await inspect.mutateAsync(toInspectParams(values, withLogin));
      setOutcome({ answer, attempt: withLogin ? values : null });
      setAnnouncement(announce(answer));
    } catch {
      setOutcome(null);
      setAnnouncement('The token could not be inspected.');
    }
  }

  return (
    <section className="page token-inspector">
      <h1>Token inspector</h1>
      {/* The results show on the page; this only tells screen readers that they arrived. */}
      <LiveRegion message={announcement} className="visually-hidden" />
      {canInspect === undefined ? <Spinner label="Asking what the backend can tell…" /> : null}
      {canInspect === false ? (
        <p className="notice">
          This backend cannot inspect tokens: a plain mesibo backend does not say whose a token is or what it allows.
          Ask the app’s developers for the App ID and platforms the token was issued for.
        </p>
      ) : null}
      <InspectForm
        onInspect={run}
        disabled={canInspect !== true}
        showRecord={config.mode === 'mock'}
        tokenResult={
          <>
            {inspect.error ? <ErrorState title="Could not inspect the token" error={inspect.error} /> : null}
            {outcome ? (
              outcome.answer.token ? (
                <InspectedToken token={outcome.answer.token} />
              ) : (
                <p className="empty-state">No such token: it was never issued, or it was revoked.</p>
              )
            ) : null}
          </>
        }
        loginResult={
          outcome?.answer.token && outcome.answer.login && outcome.attempt ? (
            <LoginVerdict login={outcome.answer.login} attempt={outcome.attempt} />
          ) : null
        }
      />
    </section>
  );
}

function announce(answer: InspectAnswer): string {
  if (!answer.token) return 'No such token.';
  const holder = answer.token.name ?? answer.token.address;
  if (!answer.login) return `The token belongs to ${holder}.`;
  return `The token belongs to ${holder}. ${answer.login.allowed ? 'Would be allowed' : 'Would be refused'}.`;
}
