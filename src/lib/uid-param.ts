import { uidSchema } from '../contract/index.ts';

/** A uid from the URL: digits only (no "1e3", " 12", "0x1f"), within the contract's range. */
export function parseUidParam(value: string | undefined): number | null {
  if (!value || !/^[0-9]{1,16}$/.test(value)) return null;
  const parsed = uidSchema.safeParse(Number(value));
  return parsed.success ? parsed.data : null;
}
