import type { MockDatabase } from '../db/mock-database.ts';
import type { Operator } from '../../src/contract/index.ts';
import type { PresenceModel } from '../presence/presence-model.ts';
import type { AuditDraft } from './audit.ts';

export interface OpContext {
  db: MockDatabase;
  /** The live presence simulation; absent where a test runs ops without one. */
  presence?: PresenceModel | undefined;
  /** The request's time, so one request sees one clock. */
  now: number;
  /** Who sent the request (from its app token). */
  operator?: Operator;
  /** Records an accepted change; kept only if the whole request succeeds. */
  audit?: (entry: AuditDraft) => void;
}
