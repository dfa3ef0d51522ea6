import { useBackendFeatures } from '../../../lib/backend-context.tsx';

/**
 * Against a backend that keeps no versions (a plain mesibo) saves go without one, so nothing stops two
 * admins overwriting each other: said once, above the tabs that save.
 */
export function ConflictDetectionNote() {
  const detects = useBackendFeatures().data?.capabilities.conflictDetection;
  if (detects !== false) return null;
  return (
    <p className="notice">
      This backend does not detect conflicting edits: if someone else saves this user while you edit it, the last save
      wins.
    </p>
  );
}
