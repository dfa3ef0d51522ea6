import { expect, type Page } from '@playwright/test';

declare global {
  interface Window {
    /** Set by a hostile payload if it ever ran. */
    __pwned?: unknown;
    /** Content-Security-Policy violations the page reported, as "directive blocked-URI (source)". */
    __cspViolations?: string[];
  }
}

/**
 * Starts recording what must never happen on a page: Content-Security-Policy violations (each one is
 * something the policy had to stop, or a part of the console that breaks under it) and dialogs (an
 * `alert()` from a payload). Call before the first navigation; read the records with the functions below.
 */
export interface HostileWatch {
  /** Every alert, confirm or prompt the page opened. */
  dialogs: string[];
}

export async function watchForHostileEffects(page: Page): Promise<HostileWatch> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    // Leaving a page with unsaved edits asks through the browser: that one is the console's own.
    if (dialog.type() === 'beforeunload') {
      void dialog.accept();
      return;
    }
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(`${event.effectiveDirective} ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return { dialogs };
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__cspViolations ?? ['the violation recorder is not installed']);
}

/**
 * Nothing a payload carries ran or became markup: no dialog, no `window.__pwned`, no script but the
 * console's own files, no element with an inline event handler (React never writes on* attributes), no
 * frame or plugin, and no policy violation.
 */
export async function expectNothingExecuted(page: Page, watch: HostileWatch): Promise<void> {
  const found = await page.evaluate(() => ({
    pwned: window.__pwned,
    scripts: [...document.scripts].filter((script) => !script.src || new URL(script.src).origin !== location.origin).map((script) => script.outerHTML.slice(0, 80)),
    handlers: [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => `<${element.localName} ${attribute.name}>`),
    ),
    embedded: [...document.querySelectorAll('iframe, frame, object, embed, base')].map((element) => element.localName),
    payloadSvgs: [...document.querySelectorAll('svg')].filter((svg) => svg.outerHTML.includes('__pwned')).length,
    violations: window.__cspViolations ?? [],
  }));
  expect(found.pwned, 'window.__pwned is never set').toBeUndefined();
  expect(watch.dialogs, 'no dialog opens').toEqual([]);
  expect(found.scripts, 'only the console’s own script files').toEqual([]);
  expect(found.handlers, 'no inline event handler attributes').toEqual([]);
  expect(found.embedded, 'no frames, plugins or <base>').toEqual([]);
  expect(found.payloadSvgs, 'no <svg> made from a payload').toBe(0);
  expect(found.violations, 'no Content-Security-Policy violation').toEqual([]);
}

/** Every picture on the page comes from http(s), a data:image URL or a blob. */
export async function expectSafeImages(page: Page): Promise<void> {
  const unsafe = await page.evaluate(() =>
    [...document.images]
      .map((image) => image.getAttribute('src') ?? '')
      .filter((src) => !/^(https?:|blob:|data:image\/(png|jpeg|webp|gif)[;,])/i.test(src) && !src.startsWith('/')),
  );
  expect(unsafe, 'image sources are http(s), data:image or blob').toEqual([]);
}

/**
 * The layout holds: the document does not scroll sideways (long text wraps or is truncated), and the
 * page's heading and the navigation are shown, within the width of the window.
 */
export async function expectLayoutHolds(page: Page): Promise<void> {
  const layout = await page.evaluate(() => {
    const { scrollWidth, clientWidth } = document.documentElement;
    // What sticks out, to say where the overflow comes from when there is one.
    const overflowing = [...document.body.querySelectorAll('*')]
      .filter((element) => element.getBoundingClientRect().right > clientWidth + 1)
      .slice(-3)
      .map((element) => `<${element.localName} class="${element.getAttribute('class') ?? ''}">`);
    return { scrollWidth, clientWidth, overflowing };
  });
  expect(layout.scrollWidth, `${page.url()} does not scroll sideways (${layout.overflowing.join(', ')})`).toBeLessThanOrEqual(layout.clientWidth + 1);
  for (const landmark of [page.getByRole('heading', { level: 1 }), page.getByRole('navigation').first()]) {
    await expect(landmark).toBeVisible();
    const box = await landmark.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= layout.clientWidth + 1, 'the heading and the navigation fit the window').toBe(true);
  }
}
