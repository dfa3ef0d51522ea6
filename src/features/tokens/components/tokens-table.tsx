import { useId } from 'react';
import type { TokenInfo } from '../../../contract/index.ts';
import { formatDateTime, formatRelativeTime } from '../../../lib/format.ts';
import { autorefreshText } from '../../../lib/token-expiry.ts';
import { platformsText } from '../../../lib/token-restriction.ts';
import { useNow } from '../../../lib/use-now.ts';
import { LinkedUserLink } from './linked-user-link.tsx';
import { TokenExpiry } from '../../../components/token-expiry.tsx';
import { GuardedButton } from '../../../components/role-guard.tsx';

/** How the token issued without a device is listed. */
export const DEFAULT_DEVICE_LABEL = '(default device)';

export function deviceLabel(device: string): string {
  return device === '' ? DEFAULT_DEVICE_LABEL : device;
}

const COLUMNS = [
  'Device', 'App ID', 'Platforms', 'URL prefix', 'Android package', 'iOS bundle ID', 'Expires', 'Auto-refresh',
  'Linked to', 'Created', 'Last login', 'Token', 'Actions',
] as const;

interface TokensTableProps {
  tokens: readonly TokenInfo[];
  onRegenerate: (token: TokenInfo) => void;
  onRevoke: (token: TokenInfo) => void;
}

/** The inventory: one row per device, the token itself only masked. */
export function TokensTable({ tokens, onRegenerate, onRevoke }: TokensTableProps) {
  const now = useNow();
  return (
    <div className="table-scroll">
      <table className="tokens-table" aria-label="Tokens">
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <TokenRow key={token.device} token={token} now={now} onRegenerate={onRegenerate} onRevoke={onRevoke} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

const NONE = <span className="muted">—</span>;

function TokenRow({
  token,
  now,
  onRegenerate,
  onRevoke,
}: {
  token: TokenInfo;
  now: number;
  onRegenerate: (token: TokenInfo) => void;
  onRevoke: (token: TokenInfo) => void;
}) {
  const deviceId = useId();
  return (
    <tr>
      <th scope="row" id={deviceId}>
        {deviceLabel(token.device)}
      </th>
      <td>{token.appid ?? NONE}</td>
      <td>{platformsText(token)}</td>
      <td>{token.url ?? NONE}</td>
      <td>{token.package ?? NONE}</td>
      <td>{token.bundle ?? NONE}</td>
      <td>
        <TokenExpiry expiresAt={token.expiresAt} now={now} />
      </td>
      <td>{autorefreshText(token.autorefreshMinutes)}</td>
      <td>{token.linkedTo === null ? NONE : <LinkedUserLink uid={token.linkedTo} />}</td>
      <td>
        <time dateTime={new Date(token.createdAt).toISOString()}>{formatDateTime(token.createdAt)}</time>
      </td>
      <td>
        {token.lastLoginAt === null ? (
          'Never'
        ) : (
          <time dateTime={new Date(token.lastLoginAt).toISOString()} title={formatDateTime(token.lastLoginAt)}>
            {formatRelativeTime(token.lastLoginAt, now)}
          </time>
        )}
      </td>
      <td>
        <code className="masked-token">{token.masked}</code>
        {token.v2 ? null : <span className="muted"> (v1)</span>}
      </td>
      <td className="row-actions">
        {/* Named "Revoke" / "Regenerate" as the QA contract says; the device cell describes which. */}
        <GuardedButton action="manageTokens" aria-describedby={deviceId} onClick={() => onRegenerate(token)}>
          Regenerate
        </GuardedButton>
        <GuardedButton action="manageTokens" className="danger" aria-describedby={deviceId} onClick={() => onRevoke(token)}>
          Revoke
        </GuardedButton>
      </td>
    </tr>
  );
}
