/**
 * A polite status region. It is always rendered (even empty) because screen readers only announce
 * changes to a live region that already existed.
 */
export function LiveRegion({ message, className }: { message: string; className?: string }) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={className}>
      {message}
    </div>
  );
}
