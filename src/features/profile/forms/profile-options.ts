import type { AppVisibility, ProfileFields } from '../../../contract/index.ts';

type Gender = ProfileFields['gender'];
type AllowType = ProfileFields['allowType'];
type MessageSetting = ProfileFields['messageSettings'];
type AdminForbidType = ProfileFields['adminForbidType'];
type Visibility = ProfileFields['visibility'];

/** Plain-language choices for the profile's enumerations; "" is "not set" (the field is absent). */
export const genderOptions: [Gender | '', string][] = [
  ['', 'Not set'],
  ['unknown', 'Unknown'],
  ['female', 'Female'],
  ['male', 'Male'],
];

export const allowTypeOptions: [AllowType | '', string][] = [
  ['', 'Not set'],
  ['allowAny', 'Allow anyone'],
  ['needConfirm', 'Ask for confirmation'],
  ['denyAny', 'Deny everyone'],
];

export const messageSettingOptions: [MessageSetting | '', string][] = [
  ['', 'Not set'],
  ['receive', 'Receive messages'],
  ['doNotReceive', 'Do not receive messages'],
];

export const adminForbidTypeOptions: [AdminForbidType | '', string][] = [
  ['', 'Not set'],
  ['none', 'No restriction'],
  ['sendOut', 'Forbidden to send messages'],
];

export const visibilityOptions: [Visibility, string][] = [
  ['notSet', 'Not set'],
  ['invisible', 'Invisible'],
  ['friends', 'Friends'],
  ['everyone', 'Everyone'],
];

export function visibilityLabel(visibility: Visibility | AppVisibility): string {
  return visibilityOptions.find(([value]) => value === visibility)?.[1] ?? visibility;
}

export function optionLabel<Value extends string>(options: readonly [Value, string][], value: string): string {
  return options.find(([candidate]) => candidate === value)?.[1] ?? value;
}
