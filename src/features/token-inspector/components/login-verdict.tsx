import { PLATFORM_LABELS } from '../../../lib/token-restriction.ts';
import type { InspectFormValues } from '../forms/inspect-form.ts';

/** The answer to "would this app be let in?": yes, or every reason why not, as the backend words them. */
export function LoginVerdict({
  login,
  attempt,
}: {
  login: { allowed: boolean; reasons: string[] };
  attempt: Pick<InspectFormValues, 'platform' | 'appid' | 'url'>;
}) {
  const app = [
    `A ${PLATFORM_LABELS[attempt.platform]} app`,
    attempt.appid.trim() ? ` identifying as ${attempt.appid.trim()}` : '',
    attempt.url.trim() ? ` on ${attempt.url.trim()}` : '',
  ].join('');
  return (
    <section className="login-verdict" aria-labelledby="verdict-heading">
      <h2 id="verdict-heading">Login attempt</h2>
      <p>
        {app}: <strong className={login.allowed ? 'verdict-allowed' : 'verdict-refused'}>{login.allowed ? 'Would be allowed' : 'Would be refused'}</strong>
        {login.allowed ? '.' : ':'}
      </p>
      {login.allowed ? null : (
        <ul aria-label="Reasons">
          {login.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
