import { paths } from '../src/config/paths.ts';
import { contentSecurityPolicy, contentSecurityPolicyHeader } from '../scripts/content-security-policy.ts';
import { expect, test } from './fixtures.ts';
import { navLink } from './pages/app-shell.ts';
import { auditHeading, auditNavLink, auditTable } from './pages/audit.ts';
import { expectDirectoryLoaded, search } from './pages/directory.ts';
import { dashboardHeading } from './pages/presence.ts';
import { profileFieldsHeading } from './pages/profile-fields.ts';
import { cspViolations, watchForHostileEffects } from './pages/security.ts';
import { settingsHeading } from './pages/settings.ts';
import { expectTokensLoaded, inspectToken, issueToken, tokenInspectorLink } from './pages/tokens.ts';
import { profileField, saveProfile, userPageTab, userTabPanel } from './pages/user-page.ts';

/** A 1×1 PNG: the thumbnail maker still draws it on a canvas and makes a data: URL of it. */
const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

test.describe('Content-Security-Policy', () => {
  test.use({ mockDataset: { users: 200, seed: 5 } });

  test('the preview sends the policy as a header and the page carries it in a meta element', async ({ page, request }) => {
    const response = await request.get(paths.users());
    expect(response.headers()['content-security-policy']).toBe(contentSecurityPolicyHeader);
    expect(contentSecurityPolicyHeader).toContain("frame-ancestors 'none'");
    expect(response.headers()['x-content-type-options']).toBe('nosniff');

    const worker = await request.get('/mockServiceWorker.js');
    expect(worker.headers()['content-security-policy'], 'the service worker runs under the policy too').toBe(contentSecurityPolicyHeader);

    await page.goto(paths.users());
    const meta = page.locator('head > meta[http-equiv="Content-Security-Policy"]');
    await expect(meta).toHaveAttribute('content', contentSecurityPolicy);
    // A meta policy applies only to what follows it, so it must come before every script and stylesheet.
    const firstInHead = await page.evaluate(() => document.head.querySelector('meta[http-equiv], script, link[rel="stylesheet"], link[rel="modulepreload"]')?.outerHTML ?? '');
    expect(firstInHead).toContain('Content-Security-Policy');
  });

  test('it stops what an injected payload would need, and says so', async ({ page, mock }) => {
    await watchForHostileEffects(page);
    await mock.open(paths.users());
    await expectDirectoryLoaded(page);
    const outcomes = await page.evaluate(() => {
      const attempt = (run: () => void) => {
        try {
          run();
          return 'ran';
        } catch (error) {
          return error instanceof Error ? error.name : 'refused';
        }
      };
      const target = document.createElement('div');
      const script = document.createElement('script');
      return {
        markup: attempt(() => (target.innerHTML = '<img src=x onerror="window.__pwned=1">')),
        inlineScript: attempt(() => (script.textContent = 'window.__pwned = 1')),
        scriptUrl: attempt(() => (script.src = 'https://evil.example.com/x.js')),
      };
    });
    expect(outcomes).toEqual({ markup: 'TypeError', inlineScript: 'TypeError', scriptUrl: 'TypeError' });
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    await expect.poll(() => cspViolations(page)).toContainEqual(expect.stringMatching(/^require-trusted-types-for /));
  });

  test('every page works under it: nothing is blocked while walking the console', async ({ page, mock }) => {
    await watchForHostileEffects(page);
    await mock.open(paths.users());
    await expectDirectoryLoaded(page);
    await search(page, 'a');
    await expect(page).toHaveURL(/[?&]q=a(&|$)/);
    await expectDirectoryLoaded(page);

    // The user page, every tab; a thumbnail made on a canvas (a data: URL), and a token issued.
    await page.getByRole('table', { name: 'Users' }).getByRole('link').first().click();
    await expect(userPageTab(page, 'Profile')).toBeVisible();
    await profileField(page, 'Thumbnail').setInputFiles({ name: 'p.png', mimeType: 'image/png', buffer: Buffer.from(ONE_PIXEL_PNG, 'base64') });
    await expect(page.getByRole('img', { name: 'Thumbnail preview' })).toBeVisible();
    await profileField(page, 'Image URL').fill('https://images.example.com/a.png');
    await saveProfile(page);

    for (const tab of ['Permissions', 'Contacts', 'Presence', 'History'] as const) {
      await userPageTab(page, tab).click();
      await expect(userTabPanel(page).getByRole('heading', { level: 2 })).toBeVisible();
    }
    await userPageTab(page, 'Tokens').click();
    await expectTokensLoaded(page);
    const token = await issueToken(page, { device: 'csp-check', appId: 'com.example.csp' });

    await tokenInspectorLink(page).click();
    await inspectToken(page, token);
    await expect(page.getByRole('heading', { name: 'Whose token' })).toBeVisible();

    await navLink(page, 'Dashboard').click();
    await expect(dashboardHeading(page)).toBeVisible();
    await expect(page.getByRole('img', { name: /^Online users, last 15 minutes/ })).toBeVisible();

    await auditNavLink(page).click();
    await expect(auditHeading(page)).toBeVisible();
    await expect(auditTable(page)).toBeVisible();

    await navLink(page, 'Settings').click();
    await expect(settingsHeading(page)).toBeVisible();
    await page.getByRole('link', { name: 'Profile fields', exact: true }).click();
    await expect(profileFieldsHeading(page)).toBeVisible();

    expect(await cspViolations(page)).toEqual([]);

    // A fresh load of a deep link (the recorder starts again with the new document).
    await page.goto(paths.newUser());
    await expect(page.getByRole('heading', { name: 'New user', level: 1 })).toBeVisible();
    expect(await cspViolations(page)).toEqual([]);
  });
});
