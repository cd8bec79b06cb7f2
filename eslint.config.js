// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'src/cql/generated/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { languageOptions: { globals: { ...globals.node } } },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // One direction of imports (DESIGN.md): only src/ui renders with ink; nothing outside src/cql
    // touches the generated parser or antlr4ng; src/cql imports nothing of ours.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/ui/**', 'src/cql/**', 'src/cli/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['ink', 'ink/*'], message: 'Only src/ui imports ink.' },
          { group: ['antlr4ng', '**/cql/generated/*'], message: 'Parse-tree code stays inside src/cql.' },
        ],
      }],
    },
  },
  {
    files: ['src/cql/**/*.ts'],
    ignores: ['src/cql/generated/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['../../*', '!../../generated/*'], message: 'src/cql imports nothing else of ours.' }],
      }],
    },
  },
  {
    // The same boundary one folder deeper (the builder's and printer's modules): patterns are
    // relative to the importing file, so here src/cql is `../../`.
    files: ['src/cql/*/*/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['../../../*'], message: 'src/cql imports nothing else of ours.' }],
      }],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'src/cli/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['ink', 'ink/*'], message: 'Only src/ui imports ink.' },
          { group: ['antlr4ng', '**/cql/generated/*'], message: 'Parse-tree code stays inside src/cql.' },
        ],
      }],
    },
  },
);
