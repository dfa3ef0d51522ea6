import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '../../../components/error-state.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { useBackend, useBackendFeatures } from '../../../lib/backend-context.tsx';
import { mergeSeries, SERIES_WINDOW_MS } from '../../../lib/presence/online-series.ts';
import { presenceSnapshotQueryOptions } from '../../../lib/presence/presence-api.ts';
import { POLL_INTERVAL_MS } from '../../../lib/presence/presence-state.ts';
import { usePresence } from '../../../lib/presence/presence-context.tsx';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useNow } from '../../../lib/use-now.ts';
import { withCurrent } from '../chart-geometry.ts';
import { OnlineChart } from '../components/online-chart.tsx';
import { OnlineByPlatform, OnlineNow } from '../components/online-now.tsx';

/**
 * /dashboard: who is online now, by platform, and over the last 15 minutes. The snapshot gives the
 * starting figures and the backend's sampled timeline; the live connection moves them on from there.
 */
export function DashboardRoute() {
  useDocumentTitle('Dashboard');
  const features = useBackendFeatures();
  const supported = features.data?.capabilities.extensionOps.includes('presenceget');
  return (
    <section className="page dashboard">
      <div className="page-header">
        <h1>Dashboard</h1>
      </div>
      {features.error ? (
        <ErrorState title="Could not connect to the backend" error={features.error} onRetry={() => void features.refetch()} />
      ) : supported === undefined ? (
        <Spinner label="Loading…" />
      ) : supported ? (
        <PresenceDashboard />
      ) : (
        <p className="notice">This backend does not report presence, so there is nothing to show here.</p>
      )}
    </section>
  );
}

function PresenceDashboard() {
  const { client } = useBackend();
  const snapshot = useQuery(presenceSnapshotQueryOptions(client));
  const status = usePresence((state) => state.status);
  const liveCounts = usePresence((state) => state.counts);
  const series = usePresence((state) => state.series);
  // Slides the window along even when no count changes (churn switched off).
  const now = useNow(5_000);

  if (!snapshot.data) {
    return snapshot.error ? (
      <ErrorState title="Could not load presence" error={snapshot.error} onRetry={() => void snapshot.refetch()} />
    ) : (
      <Spinner label="Loading presence…" />
    );
  }
  const counts = liveCounts ?? snapshot.data.counts;
  const to = Math.max(now, series.at(-1)?.at ?? 0);
  const points = mergeSeries(snapshot.data.timeline, series, to);
  return (
    <>
      {status === 'polling' ? (
        <p className="notice">This backend does not push presence: these figures are refreshed every {POLL_INTERVAL_MS / 1000} seconds.</p>
      ) : null}
      <div className="dashboard-grid">
        <OnlineNow counts={counts} />
        <OnlineByPlatform counts={counts} />
      </div>
      <section className="card" aria-labelledby="online-chart-heading">
        <h2 id="online-chart-heading">Online over the last 15 minutes</h2>
        <OnlineChart points={withCurrent(points, counts.online, to)} from={to - SERIES_WINDOW_MS} to={to} />
      </section>
    </>
  );
}
