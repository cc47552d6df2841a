// Code style for sop-playbook's own sources (not the playbook content): typescript-eslint's strict,
// type-aware rules and eslint-plugin-astro, as ../shared/STYLE.md asks. Formatting is Prettier's job.
// Every override below says why; a single line that must break a rule says so in its own comment.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      '.astro/',
      'reports/',
      'coverage/',
      'test/**/fixtures/',
      'test/**/golden/',
      // Generated from schemas/components.ts for the MDX language server (npm run schemas).
      'schemas/components.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
  },
  {
    rules: {
      // Numbers and booleans read naturally in messages; objects and undefined stay forbidden.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // noUncheckedIndexedAccess types regex groups and looked-up entries as possibly undefined; `!` after a
      // check the compiler cannot follow is the honest way to say so.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `() => list.push(item)` as a callback is plain; a void value used as a value is still caught.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // `const { kind, ...range } = problem` is how a few keys are left out of an object.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['test/**'],
    rules: {
      // Tests parse the JSON, SARIF and calendars the code under test wrote and check their shape with
      // `expect`; typing them first would state the expected shape twice.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      // Fakes implement asynchronous interfaces (Pagefind's `search`, `data`) with answers at hand.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['test/site/**'],
    rules: {
      // The browser and server are typed as set (beforeAll sets them) but are unset in afterAll when
      // beforeAll failed; `browser?.close()` then keeps the real failure in view.
      '@typescript-eslint/no-unnecessary-condition': 'off',
    },
  },
  {
    files: ['vitest.config.ts', 'eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Code that runs in the reader's browser.
    files: ['src/site/client/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  ...astro.configs.recommended,
  {
    // Astro components and plain JavaScript are outside the TypeScript project; `tsc` and `astro check` own their types.
    files: ['**/*.js', '**/*.mjs', '**/*.astro'],
    ...tseslint.configs.disableTypeChecked,
  },
);
