import { z } from 'zod';
import type { Operator } from '../src/contract/index.ts';

/**
 * The in-browser mock's behaviour and dataset, as Settings and the `mock*` URL parameters set them.
 * Kept beside the data in IndexedDB so a reload keeps both.
 */
export const MAX_MOCK_USERS = 2_000_000;
export const MAX_PRESENCE_RATE = 5_000;

export const mockSettingsSchema = z.object({
  /** Size of the deterministic dataset the mock is (re)seeded with. */
  users: z.number().int().min(0).max(MAX_MOCK_USERS),
  seed: z.number().int().min(0).max(2 ** 31 - 1),
  /** Added to every answer, in milliseconds. */
  latencyMs: z.number().int().min(0).max(60_000),
  /** Share of requests answered with an UNAVAILABLE failure, 0..1. */
  failureRate: z.number().min(0).max(1),
  /** Presence churn: users coming online or going offline per second, across the dataset. */
  presenceRate: z.number().min(0).max(MAX_PRESENCE_RATE).default(5),
});
export type MockSettings = z.infer<typeof mockSettingsSchema>;

export const defaultMockSettings: MockSettings = { users: 10_000, seed: 1, latencyMs: 0, failureRate: 0, presenceRate: 5 };

/** Progress of a (re)seed, for a progress bar: `done` of `total` users generated and indexed. */
export interface SeedProgress {
  done: number;
  total: number;
}

/** What the console may ask of the running mock (Settings page, boot). */
export interface MockController {
  settings(): MockSettings;
  /** Latency and failure rate apply at once; they do not touch the data. */
  /** Any of latency, failure rate and presence churn; the others stay. */
  setBehaviour(behaviour: Partial<Pick<MockSettings, 'latencyMs' | 'failureRate' | 'presenceRate'>>): Promise<void>;
  /** Throws the data away and seeds `users` users from `seed`; never blocks the page for long. */
  reset(dataset: Pick<MockSettings, 'users' | 'seed'>, onProgress?: (progress: SeedProgress) => void): Promise<void>;
  /** The number of users stored now. */
  userCount(): number;
  /** Calls `listener` when another tab changed the mock; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** What the console should tell the admin after boot: ignored URL parameters, unreadable saved data. */
  bootNotices(): string[];
}

/** `mockUsers=N&mockSeed=S&mockLatency=ms&mockFailureRate=0..1` on any console URL. */
export const mockUrlParams = {
  users: 'mockUsers',
  seed: 'mockSeed',
  latencyMs: 'mockLatency',
  failureRate: 'mockFailureRate',
  presenceRate: 'mockPresenceRate',
} as const;

/** The app token the console sends to its in-browser mock (the mock accepts any non-empty token). */
export const MOCK_APP_TOKEN = 'mock-app-token';

/** A demo operator of the mock: the app token the console signs in with, and who it stands for. */
export interface DemoOperator extends Operator {
  token: string;
}

/**
 * The mock's demo operators, one per role. The mock takes the operator of a request from this list
 * (mocks/ops/operators.ts) and the console's sign-in screen lists it, so both see the same people.
 */
export const DEMO_OPERATORS: readonly DemoOperator[] = [
  { token: 'demo-admin-token', name: 'Ada Admin', role: 'admin' },
  { token: 'demo-support-token', name: 'Sam Support', role: 'support' },
  { token: 'demo-viewer-token', name: 'Vic Viewer', role: 'viewer' },
];
