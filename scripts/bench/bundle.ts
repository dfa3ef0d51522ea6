// The app shell's JavaScript: what dist/index.html loads before anything lazy (its module entry and the
// modulepreload links, plus whatever those import statically), gzip-compressed with node:zlib's default
// level. Lazily loaded chunks (the mock, the routes) are listed apart; the mock is the chunk that names
// the MSW service worker script.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface BundleFigures {
  /** JS loaded at start: entry + modulepreload (+ their static imports). */
  initial: ChunkSize[];
  initialGzipBytes: number;
  initialBytes: number;
  /** The lazily loaded mock backend chunk. */
  mock: ChunkSize | null;
  /** Every other lazily loaded JS chunk (routes, shared pieces). */
  lazy: ChunkSize[];
  lazyGzipBytes: number;
  cssGzipBytes: number;
}

function sizeOf(distDir: string, file: string): ChunkSize {
  const content = readFileSync(path.join(distDir, file));
  return { file, bytes: content.length, gzipBytes: gzipSync(content).length };
}

/** Paths in dist/ (without a leading slash) of `attribute` values of tags matching `tagPattern`. */
function attributeValues(html: string, tagPattern: RegExp, attribute: string): string[] {
  const values: string[] = [];
  for (const tag of html.match(tagPattern) ?? []) {
    const value = new RegExp(`\\s${attribute}="([^"]+)"`).exec(tag)?.[1];
    if (value && !/^[a-z]+:/i.test(value)) values.push(value.replace(/^\//, ''));
  }
  return values;
}

/** Static imports (`import … from"./x.js"`, `import"./x.js"`, `export … from`), not `import("./x.js")`. */
function staticImports(code: string): string[] {
  const found: string[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/g;
  for (const match of code.matchAll(pattern)) if (match[1]) found.push(match[1]);
  return found;
}

export function measureBundle(distDir: string): BundleFigures {
  const indexHtml = path.join(distDir, 'index.html');
  if (!existsSync(indexHtml)) throw new Error(`${indexHtml} is missing: run \`npm run build\` first`);
  const html = readFileSync(indexHtml, 'utf8');
  const roots = [
    ...attributeValues(html, /<script\b[^>]*type="module"[^>]*>/g, 'src'),
    ...attributeValues(html, /<link\b[^>]*rel="modulepreload"[^>]*>/g, 'href'),
  ];
  if (roots.length === 0) throw new Error('dist/index.html loads no module script');

  const initialFiles = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (initialFiles.has(file)) continue;
    initialFiles.add(file);
    const code = readFileSync(path.join(distDir, file), 'utf8');
    for (const specifier of staticImports(code)) queue.push(path.posix.join(path.posix.dirname(file), specifier));
  }

  const assets = readdirSync(path.join(distDir, 'assets')).map((name) => `assets/${name}`);
  const lazyJs = assets.filter((file) => file.endsWith('.js') && !initialFiles.has(file));
  const mockFile = lazyJs.find((file) => readFileSync(path.join(distDir, file), 'utf8').includes('mockServiceWorker.js')) ?? null;
  const initial = [...initialFiles].map((file) => sizeOf(distDir, file));
  const lazy = lazyJs.filter((file) => file !== mockFile).map((file) => sizeOf(distDir, file));
  const css = assets.filter((file) => file.endsWith('.css')).map((file) => sizeOf(distDir, file));
  const sum = (chunks: ChunkSize[], key: 'bytes' | 'gzipBytes') => chunks.reduce((total, chunk) => total + chunk[key], 0);
  return {
    initial,
    initialGzipBytes: sum(initial, 'gzipBytes'),
    initialBytes: sum(initial, 'bytes'),
    mock: mockFile ? sizeOf(distDir, mockFile) : null,
    lazy,
    lazyGzipBytes: sum(lazy, 'gzipBytes'),
    cssGzipBytes: sum(css, 'gzipBytes'),
  };
}
