/**
 * Stateless deterministic randomness: every generated field is a pure function of (seed, row, salt),
 * so a row can be produced on demand without storing it, in any order, in a browser or in Node.
 */
export function hash32(seed: number, row: number, salt: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(row + 0x632be5ab, 0xc2b2ae35) ^ Math.imul(salt, 0x27d4eb2f);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A uniform integer in [0, bound). */
export function pick(seed: number, row: number, salt: number, bound: number): number {
  return hash32(seed, row, salt) % bound;
}

/** A uniform float in [0, 1). */
export function unit(seed: number, row: number, salt: number): number {
  return hash32(seed, row, salt) / 4_294_967_296;
}
