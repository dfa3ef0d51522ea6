import type { SortField, SortOrder, User } from '../../src/contract/index.ts';
import type { Cursor } from './cursor.ts';
import { COMBO_COUNT, DOMAIN_COUNT, comboKeys, type GeneratedDataset } from './generated-dataset.ts';
import { ComboMatch, compileMatcher, type Matcher, type SearchCriteria, type SearchableUser } from './search-matcher.ts';
import type { UserStore } from './user-store.ts';

/**
 * A filter the per-combo tallies know nothing of (tokens, presence): tested on every candidate, over a
 * generated row's typed-array facts or over a stored user.
 */
export interface RowFilter {
  row(row: number): boolean;
  user(user: User): boolean;
}

export interface UserQuery {
  criteria: SearchCriteria;
  active?: boolean | undefined;
  filter?: RowFilter | undefined;
  sort: SortField;
  order: SortOrder;
  cursor?: Cursor | undefined;
  count: number;
}

export interface UserPage {
  users: User[];
  /** Users matching the query, on every page. */
  total: number;
  /** Position of the page's first user among them. */
  offset: number;
  next: Cursor | null;
  prev: Cursor | null;
}

type Key = string | number;
interface Item {
  key: Key;
  uid: number;
  user: () => User;
}

/** Total order of the results: the sort key, then uid. */
function compareItems(aKey: Key, aUid: number, bKey: Key, bUid: number): number {
  if (aKey < bKey) return -1;
  if (aKey > bKey) return 1;
  return aUid - bUid;
}

export function sortKeyOf(user: User, sort: SortField): Key {
  if (sort === 'uid') return user.uid;
  if (sort === 'lastSeen') return user.lastSeen ?? 0;
  if (sort === 'updatedAt') return user.updatedAt ?? 0;
  if (sort === 'address') return user.address;
  return (user.profile.name || user.address).toLowerCase();
}

export function searchableOf(user: User): SearchableUser {
  return {
    name: user.profile.name ?? '',
    address: user.address,
    email: user.profile.email,
    uniqueId: user.profile.uniqueId,
  };
}

/**
 * Answers a page of users in (sort key, uid) order, after or before a keyset cursor. The generated rows
 * and the overlay are two sorted streams merged here; each is asked for at most one page of items.
 */
export function queryUsers(store: UserStore, query: UserQuery): UserPage {
  const matcher = compileMatcher(query.criteria, store.dataset);
  const view = new GeneratedView(store, query.sort, matcher, query.active, query.filter);
  const overlay = matchingOverlay(store, query, matcher);
  const total = view.countAll() + overlay.length;

  const { cursor, count } = query;
  const descending = query.order === 'desc';
  const towardsEnd = cursor?.direction !== 'before';
  const ascending = descending !== towardsEnd;

  let generatedStart: number;
  let overlayStart: number;
  if (!cursor) {
    generatedStart = ascending ? 0 : view.length;
    overlayStart = ascending ? 0 : overlay.length;
  } else {
    const key = coerceKey(cursor.key, query.sort);
    generatedStart = ascending ? view.positionAfter(key, cursor.uid, true) : view.positionAfter(key, cursor.uid, false);
    overlayStart = overlayPosition(overlay, key, cursor.uid, ascending);
  }

  const generated = view.collect(generatedStart, ascending ? 1 : -1, count);
  const collected: Item[] = [];
  let generatedIndex = 0;
  let overlayIndex = ascending ? overlayStart : overlayStart - 1;
  while (collected.length < count) {
    const fromGenerated = generated[generatedIndex];
    const fromOverlay = overlay[overlayIndex];
    if (!fromGenerated && !fromOverlay) break;
    const takeGenerated =
      fromGenerated !== undefined &&
      (fromOverlay === undefined ||
        (compareItems(fromGenerated.key, fromGenerated.uid, fromOverlay.key, fromOverlay.uid) < 0) === ascending);
    if (takeGenerated) {
      collected.push(fromGenerated);
      generatedIndex += 1;
    } else if (fromOverlay) {
      collected.push(fromOverlay);
      overlayIndex += ascending ? 1 : -1;
    }
  }
  const page = ascending === !descending ? collected : collected.reverse();

  const first = page[0];
  const last = page.at(-1);
  let offset: number;
  if (first) {
    const ascendingRank = view.countBefore(view.positionAfter(first.key, first.uid, false)) +
      overlayPosition(overlay, first.key, first.uid, false);
    offset = descending ? total - 1 - ascendingRank : ascendingRank;
  } else {
    offset = towardsEnd && cursor ? total : 0;
  }
  const cursorAt = (item: Item, direction: Cursor['direction']): Cursor => ({
    sort: query.sort, order: query.order, key: item.key, uid: item.uid, direction,
  });
  let prev: Cursor | null = first && offset > 0 ? cursorAt(first, 'before') : null;
  if (!first && cursor && towardsEnd && total > 0) prev = { ...cursor, direction: 'before' };
  return {
    users: page.map((item) => item.user()),
    total,
    offset,
    next: last && offset + page.length < total ? cursorAt(last, 'after') : null,
    prev,
  };
}

/** The sorts whose keys are numbers (times and uids); the others sort by text. */
function isNumericSort(sort: SortField): boolean {
  return sort === 'uid' || sort === 'lastSeen' || sort === 'updatedAt';
}

function coerceKey(key: Key, sort: SortField): Key {
  if (isNumericSort(sort)) return typeof key === 'number' ? key : Number.NaN;
  return typeof key === 'string' ? key : String(key);
}

function matchingOverlay(store: UserStore, query: UserQuery, matcher: Matcher): Item[] {
  const items: Item[] = [];
  for (const user of store.overlay.values()) {
    if (query.active !== undefined && user.active !== query.active) continue;
    if (!matcher.matches(searchableOf(user))) continue;
    if (query.filter && !query.filter.user(user)) continue;
    items.push({ key: sortKeyOf(user, query.sort), uid: user.uid, user: () => user });
  }
  return items.sort((a, b) => compareItems(a.key, a.uid, b.key, b.uid));
}

/** In an ascending list: the index of the first item after (strict) or at-or-after the key. */
function overlayPosition(items: Item[], key: Key, uid: number, strict: boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const item = items[mid] as Item;
    const order = compareItems(item.key, item.uid, key, uid);
    if (order < 0 || (!strict ? false : order === 0)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * A generated row's searchable fields, each built only when a criterion reads it: an address pattern
 * then never builds names, emails or unique IDs for the rows it tests.
 */
class GeneratedSearchable implements SearchableUser {
  constructor(
    private readonly dataset: GeneratedDataset,
    private readonly row: number,
  ) {}

  get name(): string {
    return this.dataset.name(this.row);
  }

  get address(): string {
    return this.dataset.address(this.row);
  }

  get email(): string | undefined {
    return this.dataset.email(this.row);
  }

  get uniqueId(): string {
    return this.dataset.uniqueId(this.row);
  }
}

/** Candidates are walked instead of the whole view when they are at most 1/SPARSE_SHARE of the rows. */
const SPARSE_SHARE = 16;

const rankStartsCache = new WeakMap<GeneratedDataset, Map<SortField, Uint32Array>>();

/** Where each combo's bucket starts in the dataset ordered by `sort`. */
function rankStarts(dataset: GeneratedDataset, combos: Uint32Array, sort: SortField): Uint32Array {
  let bySort = rankStartsCache.get(dataset);
  if (!bySort) {
    bySort = new Map();
    rankStartsCache.set(dataset, bySort);
  }
  let starts = bySort.get(sort);
  if (!starts) {
    starts = new Uint32Array(combos.length + 1);
    for (let rank = 0; rank < combos.length; rank += 1) {
      starts[rank + 1] = (starts[rank] as number) + dataset.bucketSize(combos[rank] as number);
    }
    bySort.set(sort, starts);
  }
  return starts;
}

/**
 * The generated rows, ordered by a sort, as one sequence of positions 0..length. For name and address
 * a position is (rank of the combo, index in its bucket); for uid it is the row itself; for lastSeen and
 * updatedAt an index into the dataset's (lazily radix-sorted) order of that time.
 */
class GeneratedView {
  readonly length: number;
  private readonly dataset: GeneratedDataset;
  private readonly combos: Uint32Array | null;
  private readonly starts: Uint32Array | null;
  /** For the sorts that are not by combo: rows in order (null: the identity, for uid). */
  private readonly permutation: Uint32Array | null;

  constructor(
    private readonly store: UserStore,
    private readonly sort: SortField,
    private readonly matcher: Matcher,
    private readonly active: boolean | undefined,
    /** A per-row filter the per-combo tallies know nothing of: counting then tests rows. */
    private readonly rowFilter: RowFilter | undefined,
  ) {
    this.dataset = store.dataset;
    this.length = this.dataset.size;
    this.combos = sort === 'name' ? this.dataset.combosByName : sort === 'address' ? this.dataset.combosByAddress : null;
    this.starts = this.combos ? rankStarts(this.dataset, this.combos, sort) : null;
    this.permutation =
      sort === 'lastSeen' ? this.dataset.lastSeenOrder() : sort === 'updatedAt' ? this.dataset.updatedAtOrder() : null;
    this.candidates = this.combos ? null : this.sparseCandidates();
  }

  /**
   * The orders that are not by combo (uid, lastSeen, updatedAt) would scan every row for a search that
   * matches few combos (an address prefix, a uniqueId): when the matching combos hold few rows, those
   * rows, sorted in the view's order, are walked instead.
   */
  private readonly candidates: Uint32Array | null;

  private sparseCandidates(): Uint32Array | null {
    const states = this.matcher.comboStates;
    if (!states) return null;
    const { bucketStart, rows } = this.dataset;
    let total = 0;
    for (let combo = 0; combo < COMBO_COUNT; combo += 1) {
      if (states[combo] !== ComboMatch.None) total += this.dataset.bucketSize(combo);
    }
    if (total > this.length / SPARSE_SHARE) return null;
    const candidates = new Uint32Array(total);
    let filled = 0;
    for (let combo = 0; combo < COMBO_COUNT; combo += 1) {
      if (states[combo] === ComboMatch.None) continue;
      candidates.set(rows.subarray(bucketStart[combo], bucketStart[combo + 1]), filled);
      filled += this.dataset.bucketSize(combo);
    }
    if (this.sort === 'uid') return candidates.sort();
    const ordered = Array.from(candidates).sort((a, b) => this.compareRows(a, b));
    return Uint32Array.from(ordered);
  }

  private compareRows(a: number, b: number): number {
    return compareItems(this.keyOf(a), a + 1, this.keyOf(b), b + 1);
  }

  /** In the candidates: the index of the first row at or after the row at view position `position`. */
  private candidateIndexAt(position: number): number {
    const candidates = this.candidates as Uint32Array;
    if (position >= this.length) return candidates.length;
    const bound = this.rowAtPosition(position);
    let low = 0;
    let high = candidates.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.compareRows(candidates[mid] as number, bound) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private rowAtPosition(position: number): number {
    return this.permutation ? (this.permutation[position] as number) : position;
  }

  private stateOf(combo: number): ComboMatch {
    return this.matcher.comboStates ? (this.matcher.comboStates[combo] as ComboMatch) : ComboMatch.All;
  }

  private accepts(row: number, state: ComboMatch): boolean {
    if (state === ComboMatch.None || this.store.overridden[row] === 1) return false;
    if (this.active !== undefined && (this.dataset.active[row] === 1) !== this.active) return false;
    if (this.rowFilter && !this.rowFilter.row(row)) return false;
    if (state === ComboMatch.All) return true;
    const dataset = this.dataset;
    const decisions = this.matcher.domainDecisions;
    if (decisions) {
      const decision = decisions[(dataset.comboOf[row] as number) * DOMAIN_COUNT + (dataset.domainOf[row] as number)];
      if (decision !== -1) return decision === 1;
    }
    return this.matcher.matches(new GeneratedSearchable(dataset, row));
  }

  keyOf(row: number): Key {
    if (this.sort === 'uid') return row + 1;
    if (this.sort === 'lastSeen') return this.dataset.lastSeen(row);
    if (this.sort === 'updatedAt') return this.dataset.updatedAt(row);
    if (this.sort === 'address') return this.dataset.address(row);
    return comboKeys.name(this.dataset.comboOf[row] as number);
  }

  private item(row: number): Item {
    return { key: this.keyOf(row), uid: row + 1, user: () => this.dataset.user(row) };
  }

  private rowAt(rank: number, index: number): number {
    const combo = (this.combos as Uint32Array)[rank] as number;
    return this.dataset.rows[(this.dataset.bucketStart[combo] as number) + index] as number;
  }

  /** The rank whose bucket holds `position` (the largest rank starting at or before it). */
  private rankOf(position: number): number {
    const starts = this.starts as Uint32Array;
    let low = 0;
    let high = starts.length - 2;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if ((starts[mid] as number) <= position) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** The first position whose item is after (strict) or at-or-after (key, uid). */
  positionAfter(key: Key, uid: number, strict: boolean): number {
    if (this.sort === 'uid') {
      const asNumber = typeof key === 'number' ? key : Number.NaN;
      if (Number.isNaN(asNumber)) return 0;
      // Row r holds uid r + 1, so the first uid above `bound` sits at row `bound`.
      return Math.max(0, Math.min(this.length, strict ? asNumber : asNumber - 1));
    }
    if (this.permutation) return this.positionInPermutation(Number(key), uid, strict);
    const bound = strict ? uid : uid - 1;
    const dataset = this.dataset;
    const starts = this.starts as Uint32Array;
    const text = String(key);
    if (this.sort === 'name') {
      const rank = dataset.nameRankAtOrAfter(text);
      const combo = (this.combos as Uint32Array)[rank];
      if (combo === undefined || comboKeys.name(combo) !== text) return starts[rank] as number;
      return (starts[rank] as number) + this.firstIndexInBucket(rank, (row) => row + 1 > bound);
    }
    const rank = dataset.addressRankAtOrAfter(text);
    const straddling = rank > 0 ? (this.combos as Uint32Array)[rank - 1] : undefined;
    if (straddling === undefined || !text.startsWith(comboKeys.address(straddling))) return starts[rank] as number;
    return (starts[rank - 1] as number) +
      this.firstIndexInBucket(rank - 1, (row) => {
        const address = dataset.address(row);
        return address > text || (address === text && row + 1 > bound);
      });
  }

  private positionInPermutation(key: number, uid: number, strict: boolean): number {
    if (Number.isNaN(key)) return 0;
    let low = 0;
    let high = this.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const row = this.rowAtPosition(mid);
      const order = compareItems(this.keyOf(row), row + 1, key, uid);
      if (order < 0 || (strict && order === 0)) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Binary search in one bucket, whose rows are in ascending order, for the first row passing `isAfter`. */
  private firstIndexInBucket(rank: number, isAfter: (row: number) => boolean): number {
    let low = 0;
    let high = this.dataset.bucketSize((this.combos as Uint32Array)[rank] as number);
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (isAfter(this.rowAt(rank, mid))) high = mid;
      else low = mid + 1;
    }
    return low;
  }

  /** Up to `limit` matching items from `start` onwards (direction 1), or before `start` backwards (-1). */
  collect(start: number, direction: 1 | -1, limit: number): Item[] {
    const items: Item[] = [];
    let position = direction === 1 ? start : start - 1;
    if (position < 0 || position >= this.length) return items;
    if (this.candidates) {
      const candidates = this.candidates;
      let index = direction === 1 ? this.candidateIndexAt(position) : this.candidateIndexAt(position + 1) - 1;
      for (; index >= 0 && index < candidates.length && items.length < limit; index += direction) {
        const row = candidates[index] as number;
        if (this.accepts(row, this.stateOf(this.dataset.comboOf[row] as number))) items.push(this.item(row));
      }
      return items;
    }
    if (!this.combos) {
      for (; position >= 0 && position < this.length && items.length < limit; position += direction) {
        const row = this.rowAtPosition(position);
        if (this.accepts(row, this.stateOf(this.dataset.comboOf[row] as number))) items.push(this.item(row));
      }
      return items;
    }
    const starts = this.starts as Uint32Array;
    let rank = this.rankOf(position);
    let index = position - (starts[rank] as number);
    while (rank >= 0 && rank < this.combos.length && items.length < limit) {
      const combo = this.combos[rank] as number;
      const size = this.dataset.bucketSize(combo);
      const state = this.stateOf(combo);
      if (state !== ComboMatch.None) {
        for (; index >= 0 && index < size && items.length < limit; index += direction) {
          const row = this.rowAt(rank, index);
          if (this.accepts(row, state)) items.push(this.item(row));
        }
      }
      rank += direction;
      const nextCombo = this.combos[rank];
      index = direction === 1 || nextCombo === undefined ? 0 : this.dataset.bucketSize(nextCombo) - 1;
    }
    return items;
  }

  /** How many matching items lie before `position`. */
  countBefore(position: number): number {
    if (this.candidates) {
      const end = this.candidateIndexAt(position);
      let count = 0;
      for (let index = 0; index < end; index += 1) {
        const row = this.candidates[index] as number;
        if (this.accepts(row, this.stateOf(this.dataset.comboOf[row] as number))) count += 1;
      }
      return count;
    }
    if (!this.combos) {
      // No per-combo shortcut in these orders: scan the shorter side of the position.
      if (position <= this.length / 2) return this.countPositions(0, position);
      return this.countAll() - this.countPositions(position, this.length);
    }
    const starts = this.starts as Uint32Array;
    const endRank = position >= this.length ? this.combos.length : this.rankOf(position);
    let count = 0;
    for (let rank = 0; rank < endRank; rank += 1) count += this.countCombo(this.combos[rank] as number);
    if (endRank < this.combos.length) {
      const combo = this.combos[endRank] as number;
      const state = this.stateOf(combo);
      const before = position - (starts[endRank] as number);
      for (let index = 0; index < before; index += 1) {
        if (this.accepts(this.rowAt(endRank, index), state)) count += 1;
      }
    }
    return count;
  }

  /** Matching rows at positions [from, to) of a permutation view, in one tight loop over typed arrays. */
  private countPositions(from: number, to: number): number {
    const { comboOf, active } = this.dataset;
    const { overridden } = this.store;
    const states = this.matcher.comboStates;
    const permutation = this.permutation;
    const wanted = this.active === undefined ? -1 : this.active ? 1 : 0;
    let count = 0;
    for (let index = from; index < to; index += 1) {
      const row = permutation ? (permutation[index] as number) : index;
      if (overridden[row] === 1 || (wanted !== -1 && active[row] !== wanted)) continue;
      const state = states ? (states[comboOf[row] as number] as ComboMatch) : ComboMatch.All;
      if (state === ComboMatch.None) continue;
      if ((state === ComboMatch.All && !this.rowFilter) || this.accepts(row, state)) count += 1;
    }
    return count;
  }

  /** Counts a combo from the per-domain tallies when the matcher decided each of its domains. */
  private countDecidedByDomain(combo: number): number | undefined {
    const decisions = this.matcher.domainDecisions;
    if (!decisions) return undefined;
    const { dataset, store } = this;
    let count = 0;
    for (let domain = 0; domain < DOMAIN_COUNT; domain += 1) {
      const cell = combo * DOMAIN_COUNT + domain;
      const decision = decisions[cell];
      if (decision === -1) return undefined;
      if (decision === 0) continue;
      const size = (dataset.inComboDomain[cell] as number) - (store.overriddenInComboDomain[cell] as number);
      const active = (dataset.activeInComboDomain[cell] as number) - (store.overriddenActiveInComboDomain[cell] as number);
      count += this.active === undefined ? size : this.active ? active : size - active;
    }
    return count;
  }

  /** Matching generated rows in any order: the sum over combos, whatever the sort. */
  countAll(): number {
    let count = 0;
    for (let combo = 0; combo < COMBO_COUNT; combo += 1) count += this.countCombo(combo);
    return count;
  }

  private countCombo(combo: number): number {
    const state = this.stateOf(combo);
    if (state === ComboMatch.None) return 0;
    const { dataset, store } = this;
    if (state === ComboMatch.All && !this.rowFilter) {
      const size = dataset.bucketSize(combo) - (store.overriddenInCombo[combo] as number);
      if (this.active === undefined) return size;
      const active = (dataset.activeInCombo[combo] as number) - (store.overriddenActiveInCombo[combo] as number);
      return this.active ? active : size - active;
    }
    const decided = this.rowFilter ? undefined : this.countDecidedByDomain(combo);
    if (decided !== undefined) return decided;
    let count = 0;
    const { rows, bucketStart } = dataset;
    const end = bucketStart[combo + 1] as number;
    for (let index = bucketStart[combo] as number; index < end; index += 1) {
      if (this.accepts(rows[index] as number, state)) count += 1;
    }
    return count;
  }
}
