import type { MockDatabase } from '../db/mock-database.ts';

export interface OpContext {
  db: MockDatabase;
  /** The request's time, so one request sees one clock. */
  now: number;
}
