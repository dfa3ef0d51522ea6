import type { Plugin } from 'vite';

/**
 * The console's Content-Security-Policy. Only the built app's own files may run or style the page;
 * pictures may come from anywhere over http(s) (profile images are URLs an admin typed) or be data/blob
 * URLs (thumbnails, made on a canvas); the backend may be any http(s)/ws(s) URL, because which remote
 * backend to use is the admin's choice in Settings. Trusted Types turn the "user text is only ever text"
 * rule into something the browser enforces: no string can reach an HTML or script sink.
 */
const directives: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' http: https: data: blob:",
  'connect-src': "'self' http: https: ws: wss:",
  'worker-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'self'",
  'require-trusted-types-for': "'script'",
  // Only the console's own policy (src/config/trusted-types.ts), which lets no HTML or script through.
  'trusted-types': 'default',
};

const serialise = (entries: Record<string, string>) =>
  Object.entries(entries)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

/** The policy as the page's <meta> carries it. */
export const contentSecurityPolicy = serialise(directives);

/** The same policy as a header, which may also forbid framing (a <meta> policy cannot carry frame-ancestors). */
export const contentSecurityPolicyHeader = serialise({ ...directives, 'frame-ancestors': "'none'" });

/** Headers `vite preview` sends with every file, so a preview behaves like a hardened production host. */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicyHeader,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/**
 * Puts the policy into the built index.html as its first <head> element (a meta policy only covers what
 * comes after it). Build only: the dev server injects inline scripts for hot reloading that it would block.
 */
export function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'content-security-policy-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy }, injectTo: 'head-prepend' },
    ],
  };
}
