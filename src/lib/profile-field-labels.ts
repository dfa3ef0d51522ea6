import type { ProfileFields } from '../contract/index.ts';

/**
 * Each profile field's plain name: the Profile tab labels its inputs with it (the QA contract selects by
 * them) and the audit log names changed fields with it, so the two always speak the same words.
 */
export const profileFieldLabels: Readonly<Record<Exclude<keyof ProfileFields, 'custom'>, string>> = {
  name: 'Name',
  image: 'Image URL',
  tn: 'Thumbnail',
  status: 'Status',
  description: 'Description',
  email: 'Email',
  mobile: 'Mobile',
  gender: 'Gender',
  birthday: 'Birthday',
  location: 'Location',
  language: 'Language',
  role: 'Role',
  level: 'Level',
  uniqueId: 'Unique ID',
  allowType: 'Friend requests',
  messageSettings: 'Message settings',
  adminForbidType: 'Admin forbid type',
  visibility: 'Visibility',
};
