import { z } from 'zod';

/** Backend-assigned numeric user id. */
export const uidSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** mesibo address: any unique string (phone number, email, enterprise id). */
export const ADDRESS_MAX = 64;
export const addressSchema = z
  .string()
  .trim()
  .min(1, 'Address is required')
  .max(ADDRESS_MAX, `Address must be at most ${ADDRESS_MAX} characters`)
  .refine((value) => !value.includes('*'), 'Address cannot contain *')
  .refine((value) => !/\s/.test(value), 'Address cannot contain spaces');

/** Only http and https images: anything else (javascript:, data:text/html) is refused. */
export function httpUrl(max: number, label: string) {
  return z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters`)
    .refine(isHttpUrl, `${label} must be an http:// or https:// URL`);
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
