import { z } from 'zod';
import {
  appVisibilitySchema,
  customFieldDefinitionSchema,
  PROFILE_LIMITS,
  type AppVisibility,
  type CustomFieldDefinition,
} from '../../../contract/index.ts';
import { formatCount } from '../../../lib/format.ts';

export const CUSTOM_FIELDS_LIMIT = PROFILE_LIMITS.customFields;

/**
 * "Add field": the contract's definition schema, plus the one rule only this page can check — appset
 * treats a key that exists as a change to that field, so adding it again would silently overwrite it.
 */
export function newFieldSchema(existingKeys: readonly string[]) {
  const taken = new Set(existingKeys.map((key) => key.toLowerCase()));
  return customFieldDefinitionSchema.superRefine(({ key }, context) => {
    if (taken.has(key.toLowerCase())) {
      context.addIssue({ code: 'custom', path: ['key'], message: `A field with the key ${key} already exists; edit it instead` });
    }
  });
}
export type NewFieldValues = z.input<ReturnType<typeof newFieldSchema>>;

/** "Edit": the key identifies the field and stays; label and maximum length change. */
export const editFieldSchema = customFieldDefinitionSchema.pick({ label: true, maxLength: true });
export type EditFieldValues = z.input<typeof editFieldSchema>;

export const defaultVisibilitySchema = z.object({ defaultVisibility: appVisibilitySchema });
export type DefaultVisibilityValues = z.input<typeof defaultVisibilitySchema>;

export const visibilityChoices: { value: AppVisibility; label: string; help: string }[] = [
  { value: 'invisible', label: 'Invisible', help: 'Nobody sees the profile (RongCloud’s default).' },
  { value: 'friends', label: 'Friends', help: 'Only the user’s friends see the profile.' },
  { value: 'everyone', label: 'Everyone', help: 'Every user of the app sees the profile.' },
];

export function visibilityLabel(value: AppVisibility): string {
  return visibilityChoices.find((choice) => choice.value === value)?.label ?? value;
}

/** appset's `app.customField.label` → the form's `label`; undefined for paths the form has no field for. */
export function customFieldFor<Name extends string>(names: readonly Name[]) {
  return (wirePath: string): Name | undefined => names.find((name) => wirePath === `app.customField.${name}`);
}

/** Said before removing a definition: the values are not deleted, they stop being shown. */
export function removalWarning(field: CustomFieldDefinition, usage: number): string {
  if (usage === 0) return `No user has a value for ${field.key}. Profiles stop showing the field.`;
  return usage === 1
    ? `1 user has a value for ${field.key}; their value stays stored but is hidden.`
    : `${formatCount(usage, 'user')} have a value for ${field.key}; their values stay stored but are hidden.`;
}
