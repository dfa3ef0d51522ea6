import type { MockDatabase } from '../db/mock-database.ts';
import type { PresenceModel } from '../presence/presence-model.ts';

export interface OpContext {
  db: MockDatabase;
  /** The live presence simulation; absent where a test runs ops without one. */
  presence?: PresenceModel | undefined;
  /** The request's time, so one request sees one clock. */
  now: number;
}
