import type { z } from 'zod';
import { mockSettingsSchema } from '../../../../mocks/mock-settings.ts';
import { formatNumber } from '../../../lib/format.ts';

/** The mock's own schema, split by what each form applies. */
export const mockBehaviourFormSchema = mockSettingsSchema.pick({ latencyMs: true, failureRate: true, presenceRate: true });
export const mockDatasetFormSchema = mockSettingsSchema.pick({ users: true, seed: true });
export type MockBehaviourFormValues = z.input<typeof mockBehaviourFormSchema>;
export type MockDatasetFormValues = z.input<typeof mockDatasetFormSchema>;

const LABELS: Record<string, string> = { users: 'Users', seed: 'Seed', latencyMs: 'Latency', failureRate: 'Failure rate', presenceRate: 'Presence churn' };

/**
 * Messages in the fields' own words for the mock's schema, which carries none of its own (it is shared
 * with the mock, where messages are not needed). Passed to the resolver as a per-parse error map.
 */
export const mockFieldErrors: z.core.$ZodErrorMap = (issue) => {
  const key = issue.path?.[0];
  const label = (typeof key === 'string' ? LABELS[key] : undefined) ?? 'This value';
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int' ? `${label} must be a whole number` : `${label} must be a number`;
    case 'too_small':
      return `${label} must be at least ${formatNumber(Number(issue.minimum))}`;
    case 'too_big':
      return `${label} must be at most ${formatNumber(Number(issue.maximum))}`;
    default:
      return undefined;
  }
};
