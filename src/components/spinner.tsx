/** An indeterminate busy indicator with a text for screen readers. */
export function Spinner({ label }: { label: string }) {
  return (
    <span className="spinner" role="status">
      <span className="spinner-circle" aria-hidden="true" />
      <span className="visually-hidden">{label}</span>
    </span>
  );
}

/** A grey placeholder bar the shape of text that is loading. */
export function SkeletonBar({ width = '100%' }: { width?: string }) {
  return <span className="skeleton-bar" style={{ width }} aria-hidden="true" />;
}
