import { z } from 'zod';
import { sortFields, sortOrders, type SortField, type SortOrder } from '../../src/contract/index.ts';

/**
 * A keyset cursor: the sort key and uid of the item a page ended (or began) at. Paging from a key rather
 * than an offset means users added or deleted meanwhile never make a page repeat or skip anyone else.
 */
export interface Cursor {
  sort: SortField;
  order: SortOrder;
  key: string | number;
  uid: number;
  /** `after`: the page after this item; `before`: the page before it. */
  direction: 'after' | 'before';
}

const cursorSchema = z.object({
  s: z.enum(sortFields),
  o: z.enum(sortOrders),
  k: z.union([z.string().max(256), z.number()]),
  u: z.number().int().nonnegative(),
  d: z.enum(['a', 'b']),
});

export function encodeCursor(cursor: Cursor): string {
  const json = JSON.stringify({ s: cursor.sort, o: cursor.order, k: cursor.key, u: cursor.uid, d: cursor.direction[0] });
  return btoa(String.fromCharCode(...new TextEncoder().encode(json)))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

/** undefined for anything that is not a cursor this backend issued. */
export function decodeCursor(text: string): Cursor | undefined {
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    const json: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0))));
    const parsed = cursorSchema.safeParse(json);
    if (!parsed.success) return undefined;
    const { s, o, k, u, d } = parsed.data;
    return { sort: s, order: o, key: k, uid: u, direction: d === 'a' ? 'after' : 'before' };
  } catch {
    return undefined;
  }
}
