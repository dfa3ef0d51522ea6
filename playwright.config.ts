import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/browser-path.mjs';

const isCI = Boolean(process.env.CI);
// E2E_PORT / E2E_DIST let several checkouts or builds be tested side by side on one machine.
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_DIST ?? 'dist';
const baseURL = `http://127.0.0.1:${port}`;
// `npm run test:e2e` runs scripts/ensure-browser.mjs first, so a browser is there by now; when none
// is, Playwright falls back to its own download and says how to install it.
const chromium = findChromium();

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: true,
  // A flaky test is a bug to fix, not something to retry.
  retries: 0,
  workers: 2,
  // Generous bounds for a busy 2-core machine: a test waits on answers and elements, never on time,
  // so a longer bound costs nothing when all is well. Speed is the benchmark's job (npm run bench).
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    headless: true,
    browserName: 'chromium',
    // MSW's service worker is the mock backend: with 'block' it cannot register and the page stays blank.
    serviceWorkers: 'allow',
    trace: 'retain-on-first-failure',
    launchOptions: {
      ...(chromium ? { executablePath: chromium.path } : {}),
      args: [
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
  // The production build that `npm run test:e2e` has just made, served as `npm run preview` serves it.
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${outDir}`,
    url: baseURL,
    reuseExistingServer: !isCI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
