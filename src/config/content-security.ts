import { z } from 'zod';
import { installTrustedTypesPolicy } from './trusted-types.ts';

/*
 * What the built app needs to run under its Content-Security-Policy (scripts/content-security-policy.ts),
 * done before anything else: src/main.tsx imports this module first.
 *
 * No 'unsafe-eval': zod compiles faster object parsers with `new Function` when it may, and even its
 * probe for that is reported as a violation. Jitless mode skips both; schemas read the setting when
 * they are created, hence first.
 */
z.config({ jitless: true });
installTrustedTypesPolicy();
