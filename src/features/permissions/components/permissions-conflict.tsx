import { ConflictNotice } from '../../../components/conflict-notice.tsx';
import type { Permissions } from '../../../contract/index.ts';
import { fieldDifferences, type FieldVersions } from '../../../lib/field-differences.ts';
import { flagDescriptions, peerDescriptions } from '../forms/permission-descriptions.ts';
import { permissionKeys } from '../forms/permissions-form.ts';

function describe(key: keyof Permissions, value: boolean | number): string {
  if (key === 'peers') return peerDescriptions.find((choice) => choice.value === value)?.label ?? String(value);
  return value ? 'On' : 'Off';
}

function labelOf(key: keyof Permissions): string {
  return key === 'peers' ? 'Peers' : (flagDescriptions.find((flag) => flag.key === key)?.label ?? key);
}

/** Each permission as loaded, as in the form and as stored now, in the form's own words. */
export function permissionVersions(loaded: Permissions, mine: Permissions, theirs: Permissions): FieldVersions[] {
  return permissionKeys.map((key) => ({
    label: labelOf(key),
    base: describe(key, loaded[key]),
    mine: describe(key, mine[key]),
    theirs: describe(key, theirs[key]),
  }));
}

/** A refused (stale) save of the permissions: the shared notice with what differs, and the two ways on. */
export function PermissionsConflict({
  loaded,
  mine,
  latest,
  busy,
  onReload,
  onSaveAnyway,
}: {
  loaded: Permissions;
  mine: Permissions;
  latest: Permissions;
  busy: boolean;
  onReload: () => void;
  onSaveAnyway: () => void;
}) {
  return (
    <ConflictNotice
      subject="user’s permissions"
      differences={fieldDifferences(permissionVersions(loaded, mine, latest))}
      busy={busy}
      onReload={onReload}
      onSaveAnyway={onSaveAnyway}
    />
  );
}
