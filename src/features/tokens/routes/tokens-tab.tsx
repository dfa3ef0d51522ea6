import { useParams } from 'react-router';
import { parseUidParam } from '../../../lib/uid-param.ts';
import { useUser } from '../../../lib/user-api.ts';
import { TokensPanel } from '../components/tokens-panel.tsx';

/**
 * /users/<uid>/tokens. The layout above has loaded the user (and shows loading and errors), so this
 * renders once the user is there; keyed by uid so another user's page starts afresh.
 */
export function TokensTab() {
  const uid = parseUidParam(useParams().uid);
  const user = useUser(uid).data;
  if (!user) return null;
  return <TokensPanel key={user.uid} user={user} />;
}
