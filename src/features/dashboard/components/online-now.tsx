import { platforms, type PresenceCounts } from '../../../contract/index.ts';
import { formatNumber } from '../../../lib/format.ts';
import { PLATFORM_LABELS } from '../../../lib/token-restriction.ts';

/** The headline figure: how many users are online this moment. */
export function OnlineNow({ counts }: { counts: PresenceCounts }) {
  return (
    <section className="card stat-card" aria-labelledby="online-now-heading">
      <h2 id="online-now-heading">Online now</h2>
      <p className="stat-value">{formatNumber(counts.online)}</p>
    </section>
  );
}

/**
 * Sessions by platform. A user online on two devices counts once in "Online now" and once per session
 * here, so the rows may add up to more.
 */
export function OnlineByPlatform({ counts }: { counts: PresenceCounts }) {
  const largest = Math.max(1, ...platforms.map((platform) => counts.byPlatform[platform] ?? 0));
  return (
    <section className="card" aria-labelledby="by-platform-heading">
      <h2 id="by-platform-heading">By platform</h2>
      <table className="data-table platform-table" aria-labelledby="by-platform-heading">
        <thead>
          <tr>
            <th scope="col">Platform</th>
            <th scope="col">Online</th>
          </tr>
        </thead>
        <tbody>
          {platforms.map((platform) => {
            const count = counts.byPlatform[platform] ?? 0;
            return (
              <tr key={platform}>
                <th scope="row">{PLATFORM_LABELS[platform]}</th>
                <td>
                  <span className="platform-bar" aria-hidden="true" style={{ width: `${(count / largest) * 100}%` }} />
                  <span className="platform-count">{formatNumber(count)}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
