import { permissionsSchema, type Permissions, type PermissionsParams } from '../../../contract/index.ts';

/**
 * The Permissions tab's form is the contract's permissions object as is (its resolver is built from
 * `permissionsSchema`), so the only mapping is on the way out: a save sends only what the admin changed.
 * mesibo keeps unspecified permissions, so a re-applied save after a conflict leaves someone else's
 * changes to other permissions in place.
 */
// `.required()`: the form always holds all nine, so the defaults that fill a request's gaps do not apply.
export const permissionsFormSchema = permissionsSchema.required();
export type PermissionsFormValues = Permissions;

export const permissionKeys = Object.keys(permissionsSchema.shape) as (keyof Permissions)[];

/** The form's starting values: the user's permissions (the backend fills in defaults). */
export function toPermissionsForm(permissions: Permissions): PermissionsFormValues {
  return { ...permissions };
}

/** The `user.permissions` of a userset: each permission whose value differs from what was loaded. */
export function changedPermissions(loaded: Permissions, values: PermissionsFormValues): PermissionsParams {
  const changes: PermissionsParams = {};
  for (const key of permissionKeys) {
    if (loaded[key] !== values[key]) Object.assign(changes, { [key]: values[key] });
  }
  return changes;
}
