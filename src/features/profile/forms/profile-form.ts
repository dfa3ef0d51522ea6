import type { Path } from 'react-hook-form';
import { z } from 'zod';
import {
  customKeySchema,
  PROFILE_LIMITS,
  profileFieldsSchema,
  profileParamsSchema,
  type CustomFieldDefinition,
  type Profile,
  type ProfileParams,
} from '../../../contract/index.ts';
import { profileFieldLabels as sharedProfileFieldLabels } from '../../../lib/profile-field-labels.ts';

/**
 * The profile form and its mapping to and from the wire (ARCHITECTURE convention 4). The rules are the
 * contract's; only the shapes differ: an absent field is an empty input, role and level may be blank,
 * and custom fields are rows, one per key the app defines (a key made of digits would read as an array
 * index in a react-hook-form path, so keys never appear in field names).
 */

/** The fields sent as they are typed ("" = not set). */
const textFields = profileFieldsSchema.pick({
  name: true,
  image: true,
  tn: true,
  status: true,
  description: true,
  email: true,
  mobile: true,
  birthday: true,
  location: true,
  language: true,
  uniqueId: true,
});

/** Choices and numbers that may be left unset: the request schema's "" (= remove) or a value. */
const unsettableFields = {
  gender: profileParamsSchema.shape.gender.unwrap(),
  allowType: profileParamsSchema.shape.allowType.unwrap(),
  messageSettings: profileParamsSchema.shape.messageSettings.unwrap(),
  adminForbidType: profileParamsSchema.shape.adminForbidType.unwrap(),
  role: profileParamsSchema.shape.role.unwrap(),
  level: profileParamsSchema.shape.level.unwrap(),
  // Visibility has its own "not set" value, so an absent one shows as that.
  visibility: profileFieldsSchema.shape.visibility,
};

const customRowSchema = z.object({ key: customKeySchema, value: z.string() });

/** Custom rows checked against their definitions: each value within its key's maximum length. */
function customRowsSchema(definitions: readonly CustomFieldDefinition[]) {
  return z.array(customRowSchema).superRefine((rows, context) => {
    rows.forEach((row, index) => {
      const definition = definitions.find((candidate) => candidate.key === row.key);
      const max = Math.min(definition?.maxLength ?? PROFILE_LIMITS.customValue, PROFILE_LIMITS.customValue);
      if (row.value.length > max) {
        context.addIssue({
          code: 'custom',
          path: [index, 'value'],
          message: `${definition?.label ?? row.key} must be at most ${max} characters`,
        });
      }
    });
  });
}

export function profileFormSchema(definitions: readonly CustomFieldDefinition[]) {
  return textFields.extend(unsettableFields).extend({ custom: customRowsSchema(definitions) });
}

export type ProfileFormSchema = ReturnType<typeof profileFormSchema>;
export type ProfileFormInput = z.input<ProfileFormSchema>;
export type ProfileFormValues = z.output<ProfileFormSchema>;
export type CustomRow = z.infer<typeof customRowSchema>;

/** Every field but the custom rows, in the order the form shows them. */
export const profileFieldNames = [
  ...(Object.keys(textFields.shape) as (keyof typeof textFields.shape)[]),
  ...(Object.keys(unsettableFields) as (keyof typeof unsettableFields)[]),
] as const;
export type ProfileFieldName = (typeof profileFieldNames)[number];

/** Shared through lib: the audit log names changed fields with the same labels. */
export const profileFieldLabels: Readonly<Record<ProfileFieldName, string>> = sharedProfileFieldLabels;

/** The stored profile as form values; a key the app no longer defines has no row (see orphanCustomValues). */
export function toProfileFormValues(profile: Profile, definitions: readonly CustomFieldDefinition[]): ProfileFormValues {
  return {
    name: profile.name ?? '',
    image: profile.image ?? '',
    tn: profile.tn ?? '',
    status: profile.status ?? '',
    description: profile.description ?? '',
    email: profile.email ?? '',
    mobile: profile.mobile ?? '',
    birthday: profile.birthday ?? '',
    location: profile.location ?? '',
    language: profile.language ?? '',
    uniqueId: profile.uniqueId ?? '',
    gender: profile.gender ?? '',
    allowType: profile.allowType ?? '',
    messageSettings: profile.messageSettings ?? '',
    adminForbidType: profile.adminForbidType ?? '',
    role: profile.role ?? '',
    level: profile.level ?? '',
    visibility: profile.visibility ?? 'notSet',
    custom: definitions.map((definition) => ({ key: definition.key, value: profile.custom?.[definition.key] ?? '' })),
  };
}

/** Stored custom values whose keys are no longer defined at app level: shown, not editable. */
export function orphanCustomValues(profile: Profile, definitions: readonly CustomFieldDefinition[]): [key: string, value: string][] {
  const defined = new Set(definitions.map((definition) => definition.key));
  return Object.entries(profile.custom ?? {}).filter(([key]) => !defined.has(key));
}

export type ProfileChanges = Omit<ProfileParams, 'update' | 'remove'>;

/**
 * What to send for a merge (`profile.update: true`): only the fields that differ from `baseline`, an
 * emptied field as "" (which removes it), a custom value by its key.
 */
export function toProfileChanges(values: ProfileFormValues, baseline: ProfileFormValues): ProfileChanges {
  const changes: ProfileChanges = {};
  for (const field of profileFieldNames) {
    if (values[field] !== baseline[field]) Object.assign(changes, { [field]: values[field] });
  }
  const custom: Record<string, string> = {};
  for (const row of values.custom) {
    const before = baseline.custom.find((candidate) => candidate.key === row.key)?.value ?? '';
    if (row.value !== before) custom[row.key] = row.value;
  }
  if (Object.keys(custom).length > 0) changes.custom = custom;
  return changes;
}

export function hasChanges(changes: ProfileChanges): boolean {
  return Object.keys(changes).length > 0;
}

/** The form values after a merge of `changes` was accepted: the baseline with the changes applied. */
export function applyProfileChanges(baseline: ProfileFormValues, changes: ProfileChanges): ProfileFormValues {
  const next: Record<string, unknown> = { ...baseline };
  for (const field of profileFieldNames) {
    if (field in changes) next[field] = changes[field];
  }
  const custom = changes.custom ?? {};
  next.custom = baseline.custom.map((row) => (row.key in custom ? { key: row.key, value: custom[row.key] ?? '' } : row));
  return next as ProfileFormValues;
}

/**
 * The form field a backend refusal names: `user.profile.email` → email, `user.profile.custom.KEY` → that
 * key's row, mesibo's top-level `user.name` → name.
 */
export function formFieldOfWirePath(wirePath: string, rows: readonly CustomRow[]): Path<ProfileFormInput> | undefined {
  if (wirePath === 'user.name') return 'name';
  const custom = /^user\.profile\.custom\.(.+)$/.exec(wirePath);
  if (custom) {
    const index = rows.findIndex((row) => row.key === custom[1]);
    return index < 0 ? undefined : (`custom.${index}.value` as const);
  }
  const field = /^user\.profile\.([A-Za-z]+)$/.exec(wirePath)?.[1];
  return profileFieldNames.find((name) => name === field);
}
