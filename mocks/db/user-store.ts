import type { User } from '../../src/contract/index.ts';
import { COMBO_COUNT, DOMAIN_COUNT, type GeneratedDataset } from './generated-dataset.ts';

/**
 * The users of the mock: the generated dataset, plus an overlay of users created or changed since it was
 * seeded. A changed or deleted generated row is marked `overridden` and leaves the generated indexes'
 * results; the overlay holds its current record. The per-combo counts of overridden rows keep the
 * generated buckets' counts exact without touching them.
 */
export class UserStore {
  readonly overlay = new Map<number, User>();
  readonly overridden: Uint8Array;
  readonly overriddenInCombo = new Uint32Array(COMBO_COUNT);
  readonly overriddenActiveInCombo = new Uint32Array(COMBO_COUNT);
  readonly overriddenInComboDomain = new Uint32Array(COMBO_COUNT * DOMAIN_COUNT);
  readonly overriddenActiveInComboDomain = new Uint32Array(COMBO_COUNT * DOMAIN_COUNT);
  private readonly uidByAddress = new Map<string, number>();
  private readonly uidByUniqueId = new Map<string, number>();
  private overriddenRows = 0;
  nextUid: number;

  constructor(readonly dataset: GeneratedDataset) {
    this.overridden = new Uint8Array(dataset.size);
    this.nextUid = dataset.size + 1;
  }

  get count(): number {
    return this.dataset.size - this.overriddenRows + this.overlay.size;
  }

  get(uid: number): User | undefined {
    const stored = this.overlay.get(uid);
    if (stored) return stored;
    const row = this.dataset.rowOf(uid);
    return row >= 0 && this.overridden[row] === 0 ? this.dataset.user(row) : undefined;
  }

  /** `get(uid) !== undefined` without building the generated user. */
  has(uid: number): boolean {
    if (this.overlay.has(uid)) return true;
    const row = this.dataset.rowOf(uid);
    return row >= 0 && this.overridden[row] === 0;
  }

  getByAddress(address: string): User | undefined {
    const uid = this.uidByAddress.get(address);
    if (uid !== undefined) return this.overlay.get(uid);
    const row = this.dataset.rowOfAddress(address);
    if (row < 0) return undefined;
    return this.get(row + 1);
  }

  /** The uid holding `uniqueId` (compared case-insensitively), if any. */
  uidWithUniqueId(uniqueId: string): number | undefined {
    const key = uniqueId.toLowerCase();
    const uid = this.uidByUniqueId.get(key);
    if (uid !== undefined) return uid;
    const row = this.dataset.rowOfUniqueId(key);
    return row >= 0 && this.overridden[row] === 0 ? row + 1 : undefined;
  }

  allocateUid(): number {
    const uid = this.nextUid;
    this.nextUid += 1;
    return uid;
  }

  /** Inserts or replaces a user. The address of an existing user never changes. */
  put(user: User): void {
    const previous = this.overlay.get(user.uid);
    if (previous) this.unindex(previous);
    else this.overrideGenerated(user.uid);
    this.overlay.set(user.uid, user);
    this.index(user);
  }

  delete(uid: number): boolean {
    const previous = this.overlay.get(uid);
    if (previous) {
      this.unindex(previous);
      this.overlay.delete(uid);
      return true;
    }
    const row = this.dataset.rowOf(uid);
    if (row < 0 || this.overridden[row] === 1) return false;
    this.overrideGenerated(uid);
    return true;
  }

  /** The generated rows deleted so far (for persistence: changed rows are in the overlay). */
  deletedGeneratedUids(): number[] {
    const uids: number[] = [];
    for (let row = 0; row < this.overridden.length; row += 1) {
      if (this.overridden[row] === 1 && !this.overlay.has(row + 1)) uids.push(row + 1);
    }
    return uids;
  }

  private overrideGenerated(uid: number): void {
    const row = this.dataset.rowOf(uid);
    if (row < 0 || this.overridden[row] === 1) return;
    this.overridden[row] = 1;
    const combo = this.dataset.comboOf[row] as number;
    this.overriddenInCombo[combo] = (this.overriddenInCombo[combo] as number) + 1;
    const active = this.dataset.active[row] as number;
    this.overriddenActiveInCombo[combo] = (this.overriddenActiveInCombo[combo] as number) + active;
    const cell = combo * DOMAIN_COUNT + (this.dataset.domainOf[row] as number);
    this.overriddenInComboDomain[cell] = (this.overriddenInComboDomain[cell] as number) + 1;
    this.overriddenActiveInComboDomain[cell] = (this.overriddenActiveInComboDomain[cell] as number) + active;
    this.overriddenRows += 1;
  }

  private index(user: User): void {
    if (this.dataset.rowOf(user.uid) < 0) this.uidByAddress.set(user.address, user.uid);
    if (user.profile.uniqueId) this.uidByUniqueId.set(user.profile.uniqueId.toLowerCase(), user.uid);
  }

  private unindex(user: User): void {
    this.uidByAddress.delete(user.address);
    if (user.profile.uniqueId) this.uidByUniqueId.delete(user.profile.uniqueId.toLowerCase());
  }
}
