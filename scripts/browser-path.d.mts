export declare const SYSTEM_CHROMIUM_PATHS: readonly string[];
/** Where `npx playwright install chromium` puts its browser, whether or not it is there. */
export declare function playwrightChromiumPath(): string;
/** The first Chromium found, or undefined when there is none. */
export declare function findChromium(): { path: string; source: string } | undefined;
