import path from 'node:path';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

/** The repository-relative, '/'-separated path an import specifier points to, or undefined for a package. */
function importTarget(importer, specifier) {
  let absolute;
  if (specifier.startsWith('.')) absolute = path.resolve(path.dirname(importer), specifier);
  else if (specifier.startsWith('/')) absolute = path.join(root, specifier); // Vite's root-relative form
  else return undefined;
  return path.relative(root, absolute).split(path.sep).join('/');
}

const featureOf = (file) => /^src\/features\/([^/]+)\//.exec(file)?.[1];
const isUnder = (file, folder) => file === folder || file.startsWith(`${folder}/`);
const isTest = (file) => /\.test\.tsx?$/.test(file) || isUnder(file, 'src/testing');

/** Layers below features: they serve features and the app, and import neither. */
const LOWER_LAYERS = ['src/contract', 'src/config', 'src/lib', 'src/components'];
/** The only places allowed to load the mock statically (everywhere else it must stay out of the bundle). */
const MAY_IMPORT_MOCKS = ['src/main.tsx', 'src/features/settings'];

/**
 * Keeps dependencies one-way (ARCHITECTURE.md): app → features → lib / components / contract / config.
 * - a feature does not import another feature (shared needs move down into lib/ or components/);
 * - lib, components, contract and config import neither features nor app; features do not import app;
 * - the mock (mocks/) is loaded with a dynamic `import()` so it stays out of the app shell's bundle:
 *   only src/main.tsx, the settings feature and unit tests import it statically (type-only imports are
 *   erased and always allowed);
 * - the mock implements the contract and does not reach into the UI (app, features, components).
 */
const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep imports between the layers of src/ and mocks/ one-way' },
    schema: [],
  },
  create(context) {
    const importer = context.filename;
    const from = path.relative(root, importer).split(path.sep).join('/');

    function check(node, specifier, { dynamic = false, typeOnly = false } = {}) {
      if (typeof specifier !== 'string') return;
      const to = importTarget(importer, specifier);
      if (to === undefined) return;
      const report = (message) => context.report({ node, message: `${message} ('${specifier}')` });

      const fromFeature = featureOf(from);
      const toFeature = featureOf(to);
      if (fromFeature && toFeature && fromFeature !== toFeature) {
        report(`features/${fromFeature} may not import features/${toFeature}: move what both need into src/lib or src/components`);
      }
      if (LOWER_LAYERS.some((layer) => isUnder(from, layer)) && (isUnder(to, 'src/features') || isUnder(to, 'src/app'))) {
        report(`${from.split('/').slice(0, 2).join('/')} is below features and app and may not import them`);
      }
      if (fromFeature && isUnder(to, 'src/app')) {
        report('features may not import src/app (the app composes features, not the other way round)');
      }
      if (
        isUnder(from, 'src') && isUnder(to, 'mocks') && !dynamic && !typeOnly && !isTest(from) &&
        !MAY_IMPORT_MOCKS.some((allowed) => isUnder(from, allowed))
      ) {
        report('the mock may only be imported statically by src/main.tsx and the settings feature; load it with import() so it stays out of the main bundle');
      }
      if (isUnder(from, 'mocks') && ['src/app', 'src/features', 'src/components'].some((ui) => isUnder(to, ui))) {
        report('mocks/ implements the contract and may not import the UI (src/app, src/features, src/components)');
      }
    }

    const isTypeOnly = (node) =>
      node.importKind === 'type' || node.exportKind === 'type' ||
      (node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type'));

    return {
      ImportDeclaration: (node) => check(node, node.source.value, { typeOnly: isTypeOnly(node) }),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value, { typeOnly: isTypeOnly(node) }),
      ExportAllDeclaration: (node) => check(node, node.source.value, { typeOnly: node.exportKind === 'type' }),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value, { dynamic: true }),
    };
  },
};

export default defineConfig(
  globalIgnores([
    'dist/',
    'node_modules/',
    'public/mockServiceWorker.js',
    'test-results/',
    'playwright-report/',
    'bench-results/',
    'coverage/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    rules: {
      // `const { remove, ...rest } = params` is how a field is left out of an object.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_' }],
    },
  },
  {
    // Plain JavaScript (this file, scripts/*.mjs) is not in the TypeScript program.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['mocks/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['e2e/**/*.ts', 'scripts/**/*.ts', '*.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts'],
    plugins: { local: { rules: { layers: layersRule } } },
    rules: { 'local/layers': 'error' },
  },
);
