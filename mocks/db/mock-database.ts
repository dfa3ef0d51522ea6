import { defaultAppSettings, type AppSettings, type AuditEntry, type Contact, type Platform, type User } from '../../src/contract/index.ts';
import { ContactBook } from './contact-book.ts';
import { GeneratedDataset, type DatasetShape, type YieldToPage } from './generated-dataset.ts';
import { GeneratedTokenFacts, generatedTokenPlatforms, generatedTokens, rowOfGeneratedToken } from './generated-tokens.ts';
import { TokenRegistry, type IssueParams, type TokenRecord } from './token-registry.ts';
import { UserStore } from './user-store.ts';

/** What persistence keeps: the dataset's recipe and everything changed since, never the generated rows. */
export interface DatabaseSnapshot {
  format: 1;
  shape: DatasetShape;
  nextUid: number;
  users: User[];
  deleted: number[];
  contacts: [number, Contact[]][];
  tokens: TokenRecord[];
  /** Users whose token sets the registry holds (possibly empty): their generated tokens no longer apply. */
  tokenManaged?: number[];
  app?: AppSettings;
  audit?: AuditEntry[];
}

/** The mock backend's state: users, their contacts and tokens, and the links between users. */
export class MockDatabase {
  readonly tokens = new TokenRegistry();
  readonly contacts = new ContactBook();
  private readonly childrenOf = new Map<number, Set<number>>();
  app: AppSettings = structuredClone(defaultAppSettings);
  /** Every accepted change, oldest first; append-only (no op edits or deletes entries). */
  readonly audit: AuditEntry[] = [];

  private constructor(readonly users: UserStore) {}

  static async seed(shape: DatasetShape, yieldToPage: YieldToPage, onProgress?: (done: number, total: number) => void) {
    return new MockDatabase(new UserStore(await GeneratedDataset.build(shape, yieldToPage, onProgress)));
  }

  static seedNow(shape: DatasetShape): MockDatabase {
    return new MockDatabase(new UserStore(GeneratedDataset.buildNow(shape)));
  }

  static async restore(
    snapshot: DatabaseSnapshot,
    yieldToPage: YieldToPage,
    onProgress?: (done: number, total: number) => void,
  ): Promise<MockDatabase> {
    const database = await MockDatabase.seed(snapshot.shape, yieldToPage, onProgress);
    database.apply(snapshot);
    return database;
  }

  /** Reuses an already generated dataset: catching up with another tab costs only the overlay. */
  static restoreOnto(dataset: GeneratedDataset, snapshot: DatabaseSnapshot): MockDatabase {
    const database = new MockDatabase(new UserStore(dataset));
    database.apply(snapshot);
    return database;
  }

  static restoreNow(snapshot: DatabaseSnapshot): MockDatabase {
    const database = MockDatabase.seedNow(snapshot.shape);
    database.apply(snapshot);
    return database;
  }

  private apply(snapshot: DatabaseSnapshot): void {
    for (const uid of snapshot.deleted) this.users.delete(uid);
    for (const user of snapshot.users) this.putUser(user);
    this.users.nextUid = Math.max(this.users.nextUid, snapshot.nextUid);
    for (const [owner, contacts] of snapshot.contacts) for (const contact of contacts) this.contacts.set(owner, contact);
    this.tokens.restore(snapshot.tokens, snapshot.tokenManaged ?? []);
    if (snapshot.app) this.app = structuredClone(snapshot.app);
    if (snapshot.audit) this.audit.push(...snapshot.audit);
  }

  snapshot(): DatabaseSnapshot {
    return {
      format: 1,
      shape: this.users.dataset.shape,
      nextUid: this.users.nextUid,
      users: [...this.users.overlay.values()],
      deleted: this.users.deletedGeneratedUids(),
      contacts: this.contacts.entries(),
      tokens: this.tokens.all(),
      tokenManaged: this.tokens.managedUids(),
      app: structuredClone(this.app),
      audit: this.audit,
    };
  }

  putUser(user: User): void {
    const previous = this.users.get(user.uid);
    if (previous?.parent != null && previous.parent !== user.parent) this.childrenOf.get(previous.parent)?.delete(user.uid);
    if (user.parent !== null) {
      let children = this.childrenOf.get(user.parent);
      if (!children) {
        children = new Set();
        this.childrenOf.set(user.parent, children);
      }
      children.add(user.uid);
    }
    this.users.put(user);
  }

  /** Every token the user holds: the registry's once managed there, else the generated ones. */
  tokensOf(uid: number): TokenRecord[] {
    if (this.tokens.manages(uid)) return this.tokens.tokensOf(uid);
    if (!this.users.has(uid)) return [];
    const row = this.users.dataset.rowOf(uid);
    if (row < 0) return [];
    const { seed, epoch } = this.users.dataset.shape;
    return generatedTokens(seed, row, epoch);
  }

  /** Per token, the platforms it may be used on: `tokensOf(uid)` without building whole records. */
  tokenPlatformsOf(uid: number): readonly (readonly Platform[])[] {
    if (this.tokens.manages(uid)) return this.tokens.tokensOf(uid).map((record) => record.platforms);
    if (!this.users.has(uid)) return [];
    const row = this.users.dataset.rowOf(uid);
    return row < 0 ? [] : generatedTokenPlatforms(this.users.dataset.shape.seed, row);
  }

  issueToken(uid: number, params: IssueParams, linkedTo: number | null, now: number): TokenRecord {
    this.tokens.adopt(uid, this.tokensOf(uid));
    return this.tokens.issue(uid, params, linkedTo, now);
  }

  /** A token's link is its holder's: when the user is linked to another parent, every token follows. */
  relinkTokens(uid: number, parent: number | null): void {
    this.tokens.adopt(uid, this.tokensOf(uid));
    for (const record of this.tokens.tokensOf(uid)) record.linkedTo = parent;
  }

  revokeTokens(uid: number, device?: string): number {
    this.tokens.adopt(uid, this.tokensOf(uid));
    return this.tokens.revoke(uid, device);
  }

  /** The token with this string, issued here or generated, as long as its holder exists. */
  findToken(token: string): TokenRecord | undefined {
    const issued = this.tokens.find(token);
    if (issued) return issued;
    const { dataset } = this.users;
    const row = rowOfGeneratedToken(dataset.shape.seed, dataset.size, token);
    if (row < 0 || this.tokens.manages(row + 1)) return undefined;
    return this.tokensOf(row + 1).find((record) => record.token === token);
  }

  /** A successful login: stamps it, and auto-refresh moves the expiry to `autorefresh` after it. */
  recordLogin(record: TokenRecord, now: number): void {
    this.tokens.adopt(record.uid, this.tokensOf(record.uid));
    const stored = this.tokens.tokensOf(record.uid).find((each) => each.device === record.device);
    if (!stored) return;
    stored.lastLoginAt = now;
    if (stored.autorefreshMinutes > 0) stored.expiresAt = Math.max(stored.expiresAt, now + stored.autorefreshMinutes * 60_000);
  }

  private tokenFactsCache: GeneratedTokenFacts | undefined;

  /** Expiry and platforms of the generated tokens, for the directory's token filters. */
  generatedTokenFacts(): GeneratedTokenFacts {
    const { seed, size, epoch } = this.users.dataset.shape;
    this.tokenFactsCache ??= new GeneratedTokenFacts(seed, size, epoch);
    return this.tokenFactsCache;
  }

  /** How many users hold a value for each defined custom key (generated users have none). */
  customFieldUsage(): Record<string, number> {
    const usage: Record<string, number> = Object.fromEntries(this.app.customFields.map((field) => [field.key, 0]));
    for (const user of this.users.overlay.values()) {
      for (const key of Object.keys(user.profile.custom ?? {})) if (key in usage) usage[key] = (usage[key] ?? 0) + 1;
    }
    return usage;
  }

  /** Users linked to `uid` as their parent (multi-device). */
  childrenOfUser(uid: number): number[] {
    return [...(this.childrenOf.get(uid) ?? [])];
  }

  /** Deletes one user and everything that hangs off it: tokens, contacts, its entry in a parent's links. */
  deleteUser(uid: number): boolean {
    const user = this.users.get(uid);
    if (!user) return false;
    if (user.parent !== null) this.childrenOf.get(user.parent)?.delete(uid);
    this.childrenOf.delete(uid);
    this.revokeTokens(uid);
    this.contacts.forget(uid, user.address);
    return this.users.delete(uid);
  }
}
