import { defaultPermissions, type Profile, type User } from '../../src/contract/index.ts';
import {
  ADDRESS_DOMAINS, CITIES, DESCRIPTIONS, EMAIL_DOMAINS, FIRST_NAMES, LANGUAGES, LAST_NAMES, STATUSES, slug,
} from './names.ts';
import { hash32, pick, unit } from './random.ts';

/**
 * A deterministic dataset of `size` users derived from `seed`, held as a few typed arrays instead of
 * objects: a row's full record is generated on demand, so a million users cost about 9 MB.
 *
 * Every row's name is one of FIRST×LAST "combos". Rows are bucketed by combo (a counting sort), and the
 * combos are sorted once by name and by address key. Because a row's address is
 * `first.last.<uid padded to 7>@domain`, ordering by (combo key, uid) *is* ordering by name and by
 * address, so the sorted indexes cost O(size) to build and a search touches only the combos it can match.
 */
export interface DatasetShape {
  seed: number;
  size: number;
  /** The moment the dataset was seeded: generated times are relative to it. */
  epoch: number;
}

const FIRST = FIRST_NAMES.length;
const LAST = LAST_NAMES.length;
export const COMBO_COUNT = FIRST * LAST;
export const DOMAIN_COUNT = ADDRESS_DOMAINS.length;
/** Generated addresses are `<combo address key><ADDRESS_UID_DIGITS digits>@<domain>`. */
export const ADDRESS_UID_DIGITS = 7;
const DAY = 86_400_000;
const CHUNK = 65_536;

/** Salts: one per generated field, so fields are independent. */
const S = { first: 1, last: 2, active: 3, domain: 4, image: 5, status: 6, description: 7, email: 8, mobile: 9,
  gender: 10, birthday: 11, location: 12, language: 13, role: 14, level: 15, seen: 16, created: 17, perms: 18,
  visibility: 19, allow: 20 } as const;

const comboFirst = (combo: number) => FIRST_NAMES[Math.floor(combo / LAST)] as string;
const comboLast = (combo: number) => LAST_NAMES[combo % LAST] as string;

const keysOfEveryCombo = (key: (combo: number) => string) => Array.from({ length: COMBO_COUNT }, (_, combo) => key(combo));
const NAME_KEYS = keysOfEveryCombo((combo) => `${comboFirst(combo)} ${comboLast(combo)}`.toLowerCase());
const ADDRESS_KEYS = keysOfEveryCombo((combo) => `${slug(comboFirst(combo))}.${slug(comboLast(combo))}.`);
const EMAIL_KEYS = keysOfEveryCombo((combo) => `${slug(comboFirst(combo))}.${slug(comboLast(combo))}@`);

/**
 * Keys of a combo, computed once: the lower-case name every row of the combo has, and the prefixes every
 * row's address and email start with.
 */
export const comboKeys = {
  name: (combo: number) => NAME_KEYS[combo] as string,
  address: (combo: number) => ADDRESS_KEYS[combo] as string,
  email: (combo: number) => EMAIL_KEYS[combo] as string,
};

const UNIQUE_ID_MULTIPLIER = 0x2c1b3c6d | 1;
const UNIQUE_ID_INVERSE = (() => {
  let inverse = UNIQUE_ID_MULTIPLIER;
  for (let step = 0; step < 5; step += 1) inverse = Math.imul(inverse, 2 - Math.imul(UNIQUE_ID_MULTIPLIER, inverse));
  return inverse;
})();

export type YieldToPage = () => Promise<void>;

export class GeneratedDataset {
  readonly comboOf: Uint32Array;
  readonly active: Uint8Array;
  /** Index into ADDRESS_DOMAINS of each row's address. */
  readonly domainOf: Uint8Array;
  /** Rows grouped by combo (ascending within a combo); combo c owns rows[bucketStart[c] .. bucketStart[c+1]). */
  readonly rows: Uint32Array;
  readonly bucketStart: Uint32Array;
  readonly activeInCombo: Uint32Array;
  /** Per (combo × DOMAIN_COUNT + domain): how many rows, and how many of them active. */
  readonly inComboDomain: Uint32Array;
  readonly activeInComboDomain: Uint32Array;
  readonly combosByName: Uint32Array;
  readonly combosByAddress: Uint32Array;
  readonly nameRank: Uint32Array;
  readonly addressRank: Uint32Array;
  private readonly sortedNameKeys: string[];
  private readonly sortedAddressKeys: string[];
  private readonly uniqueIdMask: number;

  private constructor(readonly shape: DatasetShape) {
    this.comboOf = new Uint32Array(shape.size);
    this.active = new Uint8Array(shape.size);
    this.domainOf = new Uint8Array(shape.size);
    this.rows = new Uint32Array(shape.size);
    this.bucketStart = new Uint32Array(COMBO_COUNT + 1);
    this.activeInCombo = new Uint32Array(COMBO_COUNT);
    this.inComboDomain = new Uint32Array(COMBO_COUNT * DOMAIN_COUNT);
    this.activeInComboDomain = new Uint32Array(COMBO_COUNT * DOMAIN_COUNT);
    const byKey = (key: (combo: number) => string) =>
      Uint32Array.from({ length: COMBO_COUNT }, (_, combo) => combo).sort((a, b) => (key(a) < key(b) ? -1 : 1));
    this.combosByName = byKey(comboKeys.name);
    this.combosByAddress = byKey(comboKeys.address);
    this.nameRank = inverse(this.combosByName);
    this.addressRank = inverse(this.combosByAddress);
    this.sortedNameKeys = Array.from(this.combosByName, comboKeys.name);
    this.sortedAddressKeys = Array.from(this.combosByAddress, comboKeys.address);
    this.uniqueIdMask = hash32(shape.seed, 0, 99) & 0x7fffffff;
  }

  /** Builds in chunks, awaiting `yieldToPage` between them so the page stays responsive. */
  static async build(
    shape: DatasetShape,
    yieldToPage: YieldToPage,
    onProgress?: (done: number, total: number) => void,
  ): Promise<GeneratedDataset> {
    const dataset = new GeneratedDataset(shape);
    for (const done of dataset.steps()) {
      onProgress?.(done, shape.size);
      await yieldToPage();
    }
    return dataset;
  }

  static buildNow(shape: DatasetShape): GeneratedDataset {
    const dataset = new GeneratedDataset(shape);
    for (const done of dataset.steps()) void done;
    return dataset;
  }

  get size(): number {
    return this.shape.size;
  }

  /** Fills the arrays; yields the number of rows done after each chunk of work. */
  private *steps(): Generator<number> {
    const { seed, size } = this.shape;
    const counts = new Uint32Array(COMBO_COUNT);
    for (let from = 0; from < size; from += CHUNK) {
      const to = Math.min(size, from + CHUNK);
      for (let row = from; row < to; row += 1) {
        const combo = pick(seed, row, S.first, FIRST) * LAST + pick(seed, row, S.last, LAST);
        this.comboOf[row] = combo;
        const isActive = unit(seed, row, S.active) < 0.9 ? 1 : 0;
        this.active[row] = isActive;
        const domain = pick(seed, row, S.domain, DOMAIN_COUNT);
        this.domainOf[row] = domain;
        const cell = combo * DOMAIN_COUNT + domain;
        this.inComboDomain[cell] = (this.inComboDomain[cell] as number) + 1;
        this.activeInComboDomain[cell] = (this.activeInComboDomain[cell] as number) + isActive;
        counts[combo] = (counts[combo] ?? 0) + 1;
        this.activeInCombo[combo] = (this.activeInCombo[combo] ?? 0) + isActive;
      }
      yield Math.floor(to / 2);
    }
    for (let combo = 0; combo < COMBO_COUNT; combo += 1) {
      this.bucketStart[combo + 1] = (this.bucketStart[combo] ?? 0) + (counts[combo] ?? 0);
    }
    const next = this.bucketStart.slice(0, COMBO_COUNT);
    for (let from = 0; from < size; from += CHUNK) {
      const to = Math.min(size, from + CHUNK);
      for (let row = from; row < to; row += 1) {
        const combo = this.comboOf[row] as number;
        this.rows[next[combo] as number] = row;
        next[combo] = (next[combo] as number) + 1;
      }
      yield Math.floor(size / 2 + to / 2);
    }
    yield size;
  }

  bucketSize(combo: number): number {
    return (this.bucketStart[combo + 1] as number) - (this.bucketStart[combo] as number);
  }

  /** The first name-rank whose key is ≥ `key` (binary search over the sorted combo keys). */
  nameRankAtOrAfter(key: string): number {
    return lowerBound(this.sortedNameKeys, key);
  }

  addressRankAtOrAfter(key: string): number {
    return lowerBound(this.sortedAddressKeys, key);
  }

  uidOf(row: number): number {
    return row + 1;
  }

  rowOf(uid: number): number {
    return Number.isInteger(uid) && uid >= 1 && uid <= this.size ? uid - 1 : -1;
  }

  name(row: number): string {
    const combo = this.comboOf[row] as number;
    return `${comboFirst(combo)} ${comboLast(combo)}`;
  }

  address(row: number): string {
    const combo = this.comboOf[row] as number;
    const uid = String(row + 1).padStart(ADDRESS_UID_DIGITS, '0');
    return `${comboKeys.address(combo)}${uid}@${ADDRESS_DOMAINS[this.domainOf[row] as number]}`;
  }

  email(row: number): string | undefined {
    const { seed } = this.shape;
    if (unit(seed, row, S.email) >= 0.7) return undefined;
    return `${comboKeys.email(this.comboOf[row] as number)}${EMAIL_DOMAINS[pick(seed, row, S.email + 100, EMAIL_DOMAINS.length)]}`;
  }

  uniqueId(row: number): string {
    const scrambled = (Math.imul(row + 1, UNIQUE_ID_MULTIPLIER) ^ this.uniqueIdMask) >>> 0;
    return `U${scrambled.toString(36).toUpperCase().padStart(7, '0')}`;
  }

  /** The row whose generated uniqueId is `id` (any case), or -1. */
  rowOfUniqueId(id: string): number {
    if (!/^u[0-9a-z]{7}$/i.test(id)) return -1;
    const scrambled = Number.parseInt(id.slice(1), 36);
    if (!Number.isSafeInteger(scrambled) || scrambled > 0xffffffff) return -1;
    const uid = Math.imul((scrambled ^ this.uniqueIdMask) >>> 0, UNIQUE_ID_INVERSE) >>> 0;
    const row = this.rowOf(uid);
    return row >= 0 && this.uniqueId(row).toLowerCase() === id.toLowerCase() ? row : -1;
  }

  /** The row whose generated address is `address`, or -1: parses the uid out and checks the whole string. */
  rowOfAddress(address: string): number {
    const match = /\.(\d{7})@/.exec(address);
    if (!match) return -1;
    const row = this.rowOf(Number(match[1]));
    return row >= 0 && this.address(row) === address ? row : -1;
  }

  /** Seconds before the epoch the row was last seen: most users recently, a long tail months ago. */
  private seenSecondsAgo(row: number): number {
    return Math.floor(unit(this.shape.seed, row, S.seen) ** 3 * MAX_SEEN_SECONDS_AGO);
  }

  lastSeen(row: number): number {
    return this.shape.epoch - this.seenSecondsAgo(row) * 1000;
  }

  /** Seconds before the epoch the row was created, and last changed: generated users never changed since. */
  private changedSecondsAgo(row: number): number {
    const createdSecondsAgo = Math.floor((MIN_AGE_DAYS + unit(this.shape.seed, row, S.created) * AGE_SPAN_DAYS) * 86_400);
    // Nobody was seen before they existed.
    return Math.max(createdSecondsAgo, this.seenSecondsAgo(row));
  }

  updatedAt(row: number): number {
    return this.shape.epoch - this.changedSecondsAgo(row) * 1000;
  }

  private lastSeenOrderCache: Uint32Array | undefined;
  private updatedAtOrderCache: Uint32Array | undefined;

  /** Rows by (lastSeen, uid) ascending, built on first use. */
  lastSeenOrder(): Uint32Array {
    this.lastSeenOrderCache ??= rowsByKey(this.size, (row) => MAX_SEEN_SECONDS_AGO - this.seenSecondsAgo(row), SECONDS_AGO_BITS.seen);
    return this.lastSeenOrderCache;
  }

  /** Rows by (updatedAt, uid) ascending, built on first use: the "recently changed" view read backwards. */
  updatedAtOrder(): Uint32Array {
    this.updatedAtOrderCache ??= rowsByKey(this.size, (row) => MAX_CHANGED_SECONDS_AGO - this.changedSecondsAgo(row), SECONDS_AGO_BITS.changed);
    return this.updatedAtOrderCache;
  }

  user(row: number): User {
    const { seed } = this.shape;
    const rnd = (salt: number) => unit(seed, row, salt);
    const choose = <T>(list: readonly T[], salt: number) => list[pick(seed, row, salt, list.length)] as T;
    const profile: Profile = { name: this.name(row), uniqueId: this.uniqueId(row) };
    const email = this.email(row);
    if (email) profile.email = email;
    if (rnd(S.image) < 0.6) profile.image = avatarUrl(pick(seed, row, S.image + 100, AVATAR_COUNT));
    if (rnd(S.status) < 0.7) profile.status = choose(STATUSES, S.status + 100);
    if (rnd(S.description) < 0.2) profile.description = choose(DESCRIPTIONS, S.description + 100);
    if (rnd(S.mobile) < 0.5) profile.mobile = `+1${String(2_000_000_000 + (hash32(seed, row, S.mobile + 100) % 7_999_999_999)).slice(0, 10)}`;
    if (rnd(S.gender) < 0.6) profile.gender = rnd(S.gender + 100) < 0.5 ? 'female' : 'male';
    if (rnd(S.birthday) < 0.3) {
      const day = new Date(Date.UTC(1960, 0, 1) + pick(seed, row, S.birthday + 100, 45 * 365) * DAY);
      profile.birthday = day.toISOString().slice(0, 10).replaceAll('-', '');
    }
    if (rnd(S.location) < 0.4) profile.location = choose(CITIES, S.location + 100);
    if (rnd(S.language) < 0.5) profile.language = choose(LANGUAGES, S.language + 100);
    if (rnd(S.role) < 0.1) profile.role = pick(seed, row, S.role + 100, 101);
    if (rnd(S.level) < 0.3) profile.level = pick(seed, row, S.level + 100, 101);
    if (rnd(S.visibility) < 0.2) profile.visibility = choose(['invisible', 'friends', 'everyone'] as const, S.visibility + 100);
    if (rnd(S.allow) < 0.2) profile.allowType = choose(['allowAny', 'needConfirm', 'denyAny'] as const, S.allow + 100);

    const permissionsDraw = rnd(S.perms);
    const permissions = { ...defaultPermissions };
    if (permissionsDraw < 0.05) permissions.calls = false;
    else if (permissionsDraw < 0.08) permissions.peers = 2;
    else if (permissionsDraw < 0.1) permissions.outgoing = false;

    const createdAt = this.updatedAt(row);
    return {
      uid: row + 1,
      address: this.address(row),
      active: this.active[row] === 1,
      profile,
      permissions,
      parent: null,
      version: 1,
      createdAt,
      updatedAt: createdAt,
      online: false,
      lastSeen: this.lastSeen(row),
    };
  }
}

export const AVATAR_COUNT = 12;
const MAX_SEEN_SECONDS_AGO = 120 * 86_400;
/** Generated users were created between MIN_AGE_DAYS and MIN_AGE_DAYS + AGE_SPAN_DAYS before the epoch. */
const MIN_AGE_DAYS = 30;
const AGE_SPAN_DAYS = 900;
const MAX_CHANGED_SECONDS_AGO = (MIN_AGE_DAYS + AGE_SPAN_DAYS) * 86_400;
/** The bits the radix sorts need: MAX_SEEN_SECONDS_AGO < 2^24, MAX_CHANGED_SECONDS_AGO < 2^27. */
const SECONDS_AGO_BITS = { seen: 24, changed: 27 } as const;

/**
 * Rows ordered by a non-negative integer key of at most `bits` bits, ascending, with a two-pass LSD radix
 * sort: stable, so equal keys stay in row (that is uid) order, and tens of milliseconds at a million rows.
 */
function rowsByKey(size: number, keyOf: (row: number) => number, bits: number): Uint32Array {
  const digitBits = Math.ceil(bits / 2);
  const radix = 2 ** digitBits;
  const keys = new Uint32Array(size);
  for (let row = 0; row < size; row += 1) keys[row] = keyOf(row);
  let source = new Uint32Array(size);
  for (let row = 0; row < size; row += 1) source[row] = row;
  let target = new Uint32Array(size);
  for (const shift of [0, digitBits]) {
    const starts = new Uint32Array(radix + 1);
    for (let index = 0; index < size; index += 1) {
      const digit = ((keys[source[index] as number] as number) >>> shift) & (radix - 1);
      starts[digit + 1] = (starts[digit + 1] as number) + 1;
    }
    for (let digit = 0; digit < radix; digit += 1) starts[digit + 1] = (starts[digit + 1] as number) + (starts[digit] as number);
    for (let index = 0; index < size; index += 1) {
      const row = source[index] as number;
      const digit = ((keys[row] as number) >>> shift) & (radix - 1);
      target[starts[digit] as number] = row;
      starts[digit] = (starts[digit] as number) + 1;
    }
    [source, target] = [target, source];
  }
  return source;
}

/** Avatars ship with the console (public/avatars), so the generated images load with no network. */
export function avatarUrl(index: number): string {
  const origin = globalThis.location?.origin ?? 'http://localhost';
  return `${origin}/avatars/${index + 1}.svg`;
}

function inverse(permutation: Uint32Array): Uint32Array {
  const result = new Uint32Array(permutation.length);
  permutation.forEach((value, index) => {
    result[value] = index;
  });
  return result;
}

function lowerBound(sorted: readonly string[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as string) < key) low = mid + 1;
    else high = mid;
  }
  return low;
}
