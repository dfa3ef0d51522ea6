/** A determinate progress bar with its percentage as visible text, e.g. "Preparing mock data… 42%". */
export function ProgressBar({ label, done, total }: { label: string; done: number; total: number }) {
  const percent = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0;
  return (
    <div className="progress">
      <p className="progress-text">
        {label} {percent}%
      </p>
      <progress max={100} value={percent} aria-label={label} />
    </div>
  );
}
