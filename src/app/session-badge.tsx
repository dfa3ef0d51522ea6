import { useNavigate } from 'react-router';
import { paths } from '../config/paths.ts';
import { signOutRequest, useOperator } from '../lib/session/session-context.tsx';

/** Who is signed in, and the way out. */
export function SessionBadge() {
  const operator = useOperator();
  const navigate = useNavigate();
  if (!operator) return null;
  return (
    <div className="session-badge">
      <span>
        Signed in as {operator.name} · {operator.role}
      </span>
      <button type="button" onClick={() => void navigate(paths.signIn(), { state: signOutRequest })}>
        Sign out
      </button>
    </div>
  );
}
