// Finds a Chromium for Playwright, shared by scripts/ensure-browser.mjs and playwright.config.ts.
// Order: an explicit override, the system's Chromium (Debian's package here, the binary before its
// wrapper script), then the browser Playwright downloads for itself.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM_PATHS = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** The path Playwright's own `playwright install chromium` puts its browser at, whether or not it is there. */
export function playwrightChromiumPath() {
  return chromium.executablePath();
}

/**
 * @returns {{ path: string, source: string } | undefined} the first Chromium found, or
 *   undefined when there is none (ensure-browser.mjs then installs one).
 */
export function findChromium() {
  const override = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (override) {
    if (existsSync(override)) return { path: override, source: 'PLAYWRIGHT_CHROMIUM_EXECUTABLE' };
    throw new Error(`PLAYWRIGHT_CHROMIUM_EXECUTABLE points to ${override}, which does not exist`);
  }
  for (const candidate of SYSTEM_CHROMIUM_PATHS) {
    if (existsSync(candidate)) return { path: candidate, source: 'system' };
  }
  const downloaded = playwrightChromiumPath();
  if (downloaded && existsSync(downloaded)) return { path: downloaded, source: "Playwright's download" };
  return undefined;
}
