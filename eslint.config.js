import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

/**
 * The engine boundary: engine/ (outside engine/cli/) is pure TypeScript. It may not reach
 * the UI, the platform, storage or Node. Exported so a test can prove the rule bites.
 */
export const engineBoundary = {
  paths: [
    ...['react', 'react-dom', 'electron', 'dexie', 'zustand', 'i18next', 'react-i18next'].map(
      (name) => ({ name, message: 'engine/ is pure TypeScript: no UI, platform or storage imports.' }),
    ),
    ...builtinModules.map((name) => ({ name, message: 'engine/ may not use Node built-ins (only engine/cli/ may).' })),
  ],
  patterns: [
    { group: ['node:*'], message: 'engine/ may not use Node built-ins (only engine/cli/ may).' },
    { group: ['@xyflow/*', 'react-dom/*', 'react/*', 'dexie/*'], message: 'engine/ is pure TypeScript: no UI imports.' },
    { group: ['**/renderer/**', '**/electron/**', '**/renderer', '**/electron'], message: 'engine/ may not import from renderer/ or electron/.' },
  ],
};

/**
 * renderer/ and electron/ reach an engine folder only through its index.ts (issue #19): what a
 * folder offers is its index, and the rest may move. Exported so a test can prove the rule bites.
 */
const deepEngineImport = (allowed = '$^') => ({
  patterns: [
    {
      regex: `(^|/)engine/(?!${allowed})[^/]+/(?!index\\.ts$)`,
      message: 'Import an engine folder through its index.ts (engine/<folder>/index.ts): the files behind it may move.',
    },
  ],
});
export const engineThroughIndex = deepEngineImport();

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'dist-cli/**', 'electron/types/electron.d.ts', 'dist-electron/**', 'release/**', 'out/**', 'test-output/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // French typography puts no-break spaces before « : ; ! ? » and inside guillemets.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipComments: true, skipTemplates: true, skipJSXText: true }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['engine/**/*.ts'],
    ignores: ['engine/cli/**'],
    rules: { 'no-restricted-imports': ['error', engineBoundary] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'electron/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', engineThroughIndex] },
  },
  {
    // engine/layout/index.ts also offers the ELK layout: importing it here would pull elkjs (1.5 MB)
    // into the first chunk, which canvas/layoutClient.ts loads lazily. These two read what they need
    // (no ELK) from the files behind the index until the layout folder gets an entry without ELK.
    files: ['renderer/bootstrap.ts', 'renderer/canvas/layoutSizes.ts'],
    rules: { 'no-restricted-imports': ['error', deepEngineImport('layout/(generate|types)\\.ts$')] },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
