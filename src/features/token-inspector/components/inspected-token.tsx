import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ProfileImage } from '../../../components/profile-image.tsx';
import { TokenExpiry } from '../../../components/token-expiry.tsx';
import { paths } from '../../../config/paths.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { autorefreshText } from '../../../lib/token-expiry.ts';
import { describeRestriction, platformsText } from '../../../lib/token-restriction.ts';
import { useNow } from '../../../lib/use-now.ts';
import { useUser } from '../../../lib/user-api.ts';
import type { InspectAnswer } from '../api/inspect-token.ts';

type Inspected = NonNullable<InspectAnswer['token']>;

/** Whose token it is and everything it allows, the restriction first as one sentence. */
export function InspectedToken({ token }: { token: Inspected }) {
  const now = useNow();
  // The answer names the holder; its picture comes with the user record (cached if the directory had it).
  const holder = useUser(token.uid).data?.profile;
  const rows: [string, ReactNode][] = [
    ['Device', token.device === '' ? '(default device)' : token.device],
    ['Platforms', platformsText(token)],
    ['App ID', token.appid ?? '—'],
    ['URL prefix', token.url ?? '—'],
    ['Android package', token.package ?? '—'],
    ['iOS bundle ID', token.bundle ?? '—'],
    ['Format', token.v2 ? 'v2' : 'v1'],
    ['Expires', <TokenExpiry key="expires" expiresAt={token.expiresAt} now={now} />],
    ['Auto-refresh', autorefreshText(token.autorefreshMinutes)],
    ['Created', formatDateTime(token.createdAt)],
    ['Last login', token.lastLoginAt === null ? 'Never' : formatDateTime(token.lastLoginAt)],
    ['Linked to', token.linkedTo === null ? '—' : <Link key="linked" to={paths.user(token.linkedTo)}>User {token.linkedTo}</Link>],
    ['Masked', <code key="masked">{token.masked}</code>],
  ];
  return (
    <section className="inspected-token" aria-labelledby="inspected-heading">
      <h2 id="inspected-heading">Whose token</h2>
      <p className="name-with-avatar">
        <ProfileImage src={holder?.image} thumbnail={holder?.tn} size={32} />
        <span>
          Belongs to{' '}
          <Link to={paths.user(token.uid)}>{token.name ? `${token.name} (${token.address})` : token.address}</Link>.
        </span>
      </p>
      <p className="token-summary">{describeRestriction(token)}</p>
      <dl className="details">
        {rows.map(([term, value]) => (
          <div key={term} className="detail">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
