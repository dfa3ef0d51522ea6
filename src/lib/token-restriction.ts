import { effectivePlatforms, type Platform } from '../contract/index.ts';

/** The platform names people know, in the order of the contract's list. */
export const PLATFORM_LABELS: Record<Platform, string> = {
  android: 'Android',
  ios: 'iOS',
  javascript: 'JavaScript',
  python: 'Python',
  cpp: 'C++',
};

/**
 * What a token allows, whether it is being issued (from the request's parameters) or already issued
 * (from the inventory): one shape, so the dialog and the inspector explain it with the same sentence.
 */
export interface TokenRestriction {
  /** True when no platform was named: valid everywhere. */
  allPlatforms: boolean;
  /** The platforms it is valid on (every platform when `allPlatforms`). */
  platforms: readonly Platform[];
  appid?: string | null | undefined;
  url?: string | null | undefined;
  package?: string | null | undefined;
  bundle?: string | null | undefined;
}

interface RestrictionParams {
  appid?: string | undefined;
  android?: boolean | undefined;
  ios?: boolean | undefined;
  javascript?: boolean | undefined;
  python?: boolean | undefined;
  cpp?: boolean | undefined;
  url?: string | undefined;
  package?: string | undefined;
  bundle?: string | undefined;
}

/** The restriction a `user.token` request would give, by the contract's rules (package implies Android…). */
export function restrictionOfParams(params: RestrictionParams): TokenRestriction {
  const named =
    [params.android, params.ios, params.javascript, params.python, params.cpp].some((flag) => flag === true) ||
    Boolean(params.package) ||
    Boolean(params.bundle);
  return {
    allPlatforms: !named,
    platforms: effectivePlatforms(params),
    appid: params.appid,
    url: params.url,
    package: params.package,
    bundle: params.bundle,
  };
}

/** "All platforms" or "Android, iOS": for table cells. */
export function platformsText(restriction: Pick<TokenRestriction, 'allPlatforms' | 'platforms'>): string {
  if (restriction.allPlatforms) return 'All platforms';
  return restriction.platforms.map((platform) => PLATFORM_LABELS[platform]).join(', ');
}

const conjunction = new Intl.ListFormat('en-US', { style: 'long', type: 'conjunction' });

/**
 * One sentence saying where a token works, e.g. "Valid only in Android apps with package com.example.app
 * and in browsers under https://app.example.com/." It names what each platform checks (the package on
 * Android, the bundle ID on iOS, the page URL and setAppName string elsewhere), which is what support
 * needs to answer "why can't this app log in?".
 */
export function describeRestriction(restriction: TokenRestriction): string {
  const appid = restriction.appid || undefined;
  const url = restriction.url || undefined;
  if (restriction.allPlatforms) {
    const forApp = appid ? ` for the app ${appid}` : '';
    const inBrowsers = url ? `; in browsers only under ${url}` : '';
    return `Valid on all platforms${forApp}${inBrowsers}.`;
  }
  const clauses = restriction.platforms.map((platform) => platformClause(platform, restriction));
  return `Valid only ${conjunction.format(clauses)}.`;
}

function platformClause(platform: Platform, restriction: TokenRestriction): string {
  const appid = restriction.appid || undefined;
  const appName = appid ? ` with app name ${appid}` : '';
  switch (platform) {
    case 'android': {
      const pkg = restriction.package || appid;
      return pkg ? `in Android apps with package ${pkg}` : 'in Android apps';
    }
    case 'ios': {
      const bundle = restriction.bundle || appid;
      return bundle ? `in iOS apps with bundle ID ${bundle}` : 'in iOS apps';
    }
    case 'javascript':
      return `in browsers${restriction.url ? ` under ${restriction.url}` : ''}${appName}`;
    case 'python':
      return `in Python apps${appName}`;
    case 'cpp':
      return `in C++ apps${appName}`;
  }
}
