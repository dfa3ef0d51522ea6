import { z } from 'zod';
import { profileFieldsSchema, useraddRequestSchema } from '../../../contract/index.ts';
import type { NewUser } from '../api/create-user.ts';

/** The create-user form: the contract's address rule and profile limits, with "Active" always answered. */
export const newUserFormSchema = useraddRequestSchema.shape.user
  .pick({ address: true })
  .extend({ active: z.boolean() })
  .extend(profileFieldsSchema.pick({ name: true, status: true }).shape);

export type NewUserFormInput = z.input<typeof newUserFormSchema>;
export type NewUserFormValues = z.output<typeof newUserFormSchema>;

export const newUserDefaults: NewUserFormInput = { address: '', name: '', status: '', active: true };

/** The useradd `user`: empty optional fields are left out rather than stored as empty. */
export function toNewUser(values: NewUserFormValues): NewUser {
  const profile = {
    ...(values.name ? { name: values.name } : {}),
    ...(values.status ? { status: values.status } : {}),
  };
  return { address: values.address, active: values.active, ...(Object.keys(profile).length > 0 ? { profile } : {}) };
}
