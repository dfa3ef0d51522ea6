import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The rule sets every page and dialog must pass: WCAG 2.1, levels A and AA. */
export const WCAG_21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeScope {
  /** A CSS selector to check alone (e.g. `dialog[open]`); the whole page when left out. */
  include?: string;
  /** A CSS selector to leave out of the check. */
  exclude?: string;
}

/**
 * The violations axe finds, each as its rule, impact and the elements at fault, so a failing
 * assertion says what to fix without opening the trace.
 */
export async function accessibilityViolations(page: Page, scope: AxeScope = {}) {
  let builder = new AxeBuilder({ page }).withTags(WCAG_21_AA_TAGS);
  if (scope.include) builder = builder.include(scope.include);
  if (scope.exclude) builder = builder.exclude(scope.exclude);
  const results = await builder.analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    elements: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
  }));
}

/** Runs axe over the page as it is now (or part of it) and expects nothing to be reported. */
export async function expectNoAxeViolations(page: Page, scope: AxeScope = {}): Promise<void> {
  expect(await accessibilityViolations(page, scope), `axe (WCAG 2.1 AA) on ${page.url()}`).toEqual([]);
}
