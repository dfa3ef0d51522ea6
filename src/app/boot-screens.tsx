import { ProgressBar } from '../components/progress-bar.tsx';

/** Shown before the router exists, while the in-browser mock starts and seeds its data. */
export function BootProgress({ done, total }: { done: number; total: number }) {
  return (
    <main id="main" className="boot">
      <h1 className="app-name">User console</h1>
      <ProgressBar label="Preparing mock data…" done={done} total={total} />
    </main>
  );
}

/** Shown before the router exists while boot waits for something other than the mock's data. */
export function BootMessage({ message }: { message: string }) {
  return (
    <main id="main" className="boot">
      <h1 className="app-name">User console</h1>
      <p role="status">{message}</p>
    </main>
  );
}
