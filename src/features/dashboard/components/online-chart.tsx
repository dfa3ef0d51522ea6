import { useId } from 'react';
import type { OnlineSample } from '../../../lib/presence/online-series.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { niceCeiling, perMinute, stepPath, summarise, type ChartBox } from '../chart-geometry.ts';

const BOX: ChartBox = { width: 960, height: 260, left: 48, right: 12, top: 12, bottom: 28 };
const timeFormat = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit' });

/**
 * Online users over the window, drawn in SVG (a line of a few hundred points needs no chart library).
 * The picture is described by a sentence; the numbers are also in a table, one row a minute.
 */
export function OnlineChart({ points, from, to }: { points: readonly OnlineSample[]; from: number; to: number }) {
  const titleId = useId();
  const descriptionId = useId();
  const yMax = niceCeiling(Math.max(1, ...points.map((point) => point.online)));
  const plotBottom = BOX.height - BOX.bottom;
  const summary = summarise(points);
  return (
    <figure className="online-chart">
      <svg
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        role="img"
        aria-labelledby={`${titleId} ${descriptionId}`}
      >
        <title id={titleId}>Online users, last 15 minutes</title>
        <desc id={descriptionId}>{summary}</desc>
        <g className="chart-grid" aria-hidden="true">
          {[0, 0.5, 1].map((share) => {
            const y = BOX.top + (1 - share) * (plotBottom - BOX.top);
            return (
              <g key={share}>
                <line x1={BOX.left} x2={BOX.width - BOX.right} y1={y} y2={y} />
                <text x={BOX.left - 6} y={y + 4} textAnchor="end">
                  {Math.round(yMax * share).toLocaleString('en-US')}
                </text>
              </g>
            );
          })}
          <text x={BOX.left} y={BOX.height - 8}>
            15 min ago
          </text>
          <text x={BOX.width - BOX.right} y={BOX.height - 8} textAnchor="end">
            now
          </text>
        </g>
        <path className="chart-line" d={stepPath(points, from, to, yMax, BOX)} />
      </svg>
      <figcaption>
        <p>{summary}</p>
        <details>
          <summary>Show the numbers</summary>
          <table className="data-table">
            <caption className="visually-hidden">Online users per minute</caption>
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Online</th>
              </tr>
            </thead>
            <tbody>
              {perMinute(points).map((point) => (
                <tr key={point.at}>
                  <td>
                    <time dateTime={new Date(point.at).toISOString()} title={formatDateTime(point.at)}>
                      {timeFormat.format(point.at)}
                    </time>
                  </td>
                  <td>{point.online.toLocaleString('en-US')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figcaption>
    </figure>
  );
}
