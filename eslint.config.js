// ESLint, part of `npm test` (`npm run lint`). What it enforces, and why:
// - typescript-eslint's recommended rules with type information (floating and misused
//   promises, `any` leaking through unsafe calls and assignments, needless assertions,
//   unbound methods, only Errors thrown);
// - `import type` for what is only a type: type imports are erased, so the import-cycle check
//   (scripts/importCycles.ts) sees exactly the imports that run;
// - function-typed members written as properties (`onPick: (id: string) => void`), which
//   TypeScript checks strictly (a method signature's parameters are bivariant) and which can
//   be passed around without `this`;
// - React's rules of hooks, and complete effect and memo dependencies;
// - `===` except against null.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'test-results/', 'playwright-report/', '.tmp/', 'node_modules/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/method-signature-style': ['error', 'property'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // Off: here an async function with nothing to await implements a Promise-returning
      // interface (LoopLabApi, test fakes), and `async` turns its throws into rejections.
      '@typescript-eslint/require-await': 'off',
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
    // Tests handle untyped data on purpose (parsed output, tampered files, Vitest's asymmetric
    // matchers, which are typed `any`): their assertions are the check. And they look for
    // control characters, to prove none reach the user.
    files: ['**/*.test.{ts,tsx}', 'e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      'no-control-regex': 'off',
    },
  },
  {
    // Plain JavaScript (build scripts, this file) has no types to check against.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
