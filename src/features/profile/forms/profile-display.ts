import type { CustomFieldDefinition } from '../../../contract/index.ts';
import type { FieldVersions } from '../../../lib/field-differences.ts';
import { profileFieldLabels, profileFieldNames, type ProfileFieldName, type ProfileFormValues } from './profile-form.ts';
import {
  adminForbidTypeOptions,
  allowTypeOptions,
  genderOptions,
  messageSettingOptions,
  optionLabel,
  visibilityOptions,
} from './profile-options.ts';

/** A field's value as the admin reads it in the form: choices by their labels, a thumbnail by its size. */
export function displayProfileValue(field: ProfileFieldName, values: ProfileFormValues): string {
  const value = values[field];
  switch (field) {
    case 'gender':
      return value === '' ? '' : optionLabel(genderOptions, String(value));
    case 'allowType':
      return value === '' ? '' : optionLabel(allowTypeOptions, String(value));
    case 'messageSettings':
      return value === '' ? '' : optionLabel(messageSettingOptions, String(value));
    case 'adminForbidType':
      return value === '' ? '' : optionLabel(adminForbidTypeOptions, String(value));
    case 'visibility':
      return optionLabel(visibilityOptions, String(value));
    case 'tn':
      return value === '' ? '' : `Picture (${String(value).length.toLocaleString('en-US')} characters)`;
    default:
      return String(value);
  }
}

/** Every field (custom rows included) as loaded, as typed and as stored now, for the conflict notice. */
export function profileFieldVersions(
  base: ProfileFormValues,
  mine: ProfileFormValues,
  theirs: ProfileFormValues,
  definitions: readonly CustomFieldDefinition[],
): FieldVersions[] {
  const fields: FieldVersions[] = profileFieldNames.map((field) => ({
    label: profileFieldLabels[field],
    base: displayProfileValue(field, base),
    mine: displayProfileValue(field, mine),
    theirs: displayProfileValue(field, theirs),
  }));
  const customValue = (values: ProfileFormValues, key: string) => values.custom.find((row) => row.key === key)?.value ?? '';
  for (const row of mine.custom) {
    fields.push({
      label: definitions.find((definition) => definition.key === row.key)?.label ?? row.key,
      base: customValue(base, row.key),
      mine: row.value,
      theirs: customValue(theirs, row.key),
    });
  }
  return fields;
}
