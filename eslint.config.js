import fs from 'node:fs';
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import importPlugin from 'eslint-plugin-import';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Every folder of src/features is a feature: a new one is fenced in without editing this file. */
const features = fs
  .readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** Layers: app → features → api | components → lib. mock/ stands apart (only test setup and the dev entry import it). */
const zones = [
  {
    target: './src/lib',
    from: ['./src/api', './src/components', './src/features', './src/app'],
    message: 'lib/ is the bottom layer.',
  },
  {
    target: './src/api',
    from: ['./src/components', './src/features', './src/app'],
    message: 'api/ may only import lib/.',
  },
  {
    target: './src/components',
    from: ['./src/api', './src/features', './src/app'],
    message: 'components/ are presentational: props in, no data layer.',
  },
  { target: './src/features', from: './src/app', message: 'features/ must not import app/.' },
  ...features.map((f) => ({
    target: `./src/features/${f}`,
    from: './src/features',
    except: [`./${f}`],
    message: 'A feature never imports another feature; compose them in app/.',
  })),
  {
    target: ['./src/app', './src/features', './src/api', './src/components', './src/lib'],
    from: './src/mock',
    message: 'App code never imports the mock server.',
  },
  {
    target: './src/mock',
    from: ['./src/app', './src/features', './src/components'],
    message: 'The mock may only use api/ schemas and lib/.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'playwright-report',
      'test-results',
      'bench/results',
      '.mock-data',
    ],
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023 },
    plugins: { import: importPlugin },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // A lazy `import()` back into a module's importer is safe (it evaluates later, on demand): pages.ts
      // declares the route modules that read it.
      'import/no-cycle': [
        'error',
        { maxDepth: 6, ignoreExternal: true, allowUnsafeDynamicCyclicDependency: true },
      ],
      'import/no-default-export': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: ['zod', 'zod/v4'].map((name) => ({
            name,
            message:
              "Import from 'zod/mini'. Classic zod's method-chained schemas cannot be tree-shaken and put its whole parser on every route's first load (issue #7, the 200 KB budget); zod/mini's functions can.",
          })),
        },
      ],
    },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
      // Without a parser for TypeScript files the plugin cannot read them, and import/no-cycle followed
      // nothing: it passed every cycle (checked with a planted one) while spending ~40 s in node_modules.
      'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      // Packages are never parsed: cycles are ours to find, and msw, faker and graphql took ~40 s to parse.
      'import/ignore': ['node_modules'],
    },
  },
  {
    // TypeScript knows the globals of .ts files (tseslint turns no-undef off there). Kept off their
    // languageOptions on purpose too: eslint-plugin-import serialises a file's languageOptions on every
    // import it follows, and ~1,200 globals made import/no-cycle cost ~60 s.
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: {
      'react-hooks': reactHooks,
      'react-refresh': reactRefresh,
      'jsx-a11y': jsxA11y,
      '@tanstack/query': pluginQuery,
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      ...pluginQuery.configs['flat/recommended'][0].rules,
      '@tanstack/query/prefer-query-options': 'error',
      'react-refresh/only-export-components': [
        'error',
        { allowExportNames: ['Component', 'ErrorBoundary', 'clientLoader'] },
      ],
      'import/no-restricted-paths': ['error', { zones }],
      'import/no-default-export': 'error',
    },
  },
  {
    // Tests may reach into the mock (per-test `server.use(...)`, store assertions); app code may not.
    files: ['src/**/*.test.{ts,tsx}', 'src/test/**', 'src/mock/**', 'e2e/**', 'contract/**', 'bench/**'],
    rules: {
      'react-refresh/only-export-components': 'off',
      'import/no-restricted-paths': ['error', { zones: zones.filter((z) => z.from !== './src/mock') }],
    },
  },
);
