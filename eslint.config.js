// @ts-check
import path from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * The layers of src/, top to bottom (DESIGN.md "Layout"). A module may import its own layer and the
 * layers below it, never one above: `cli` may import anything, `shared` nothing but itself.
 */
const LAYERS = [
  'cli', 'ui', 'workflows', 'config', 'reporters', 'audit', 'convert', 'copy', 'verify', 'estimate',
  'emulator', 'rules', 'sources', 'catalog', 'scan', 'keyspaces', 'clusters', 'local', 'cql', 'shared',
];
/** Pairs of sibling layers that share code through a lower layer and never import each other. */
const SIBLINGS = [['copy', 'verify'], ['copy', 'estimate'], ['verify', 'estimate']];
const SRC = path.resolve(import.meta.dirname, 'src');

/** The top-level folder of src/ a file belongs to, or undefined outside src/. */
function layerOf(file) {
  const rel = path.relative(SRC, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  const top = rel.split(path.sep)[0];
  return LAYERS.includes(top) ? top : undefined;
}

/** `ksmig/layers`: imports (static, re-exports and `import()`) point down the layer list, never up. */
const layersRule = {
  meta: { type: 'problem', schema: [], messages: {
    up: "src/{{from}} is below src/{{to}}: it must not import it (layers, top to bottom: {{layers}}). Move the shared code down, or pass it in.",
    sibling: 'src/{{from}} and src/{{to}} share code through a lower layer (scan/, keyspaces/) and never import each other.',
  } },
  create(context) {
    const file = context.filename;
    const from = layerOf(file);
    if (from === undefined) return {};
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = layerOf(path.resolve(path.dirname(file), source));
      if (to === undefined || to === from) return;
      if (SIBLINGS.some(([a, b]) => (a === from && b === to) || (a === to && b === from))) {
        context.report({ node, messageId: 'sibling', data: { from, to } });
      } else if (LAYERS.indexOf(to) < LAYERS.indexOf(from)) {
        context.report({ node, messageId: 'up', data: { from, to, layers: LAYERS.join(' > ') } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

/** Calls whose spread arguments grow with the input: `a.push(...xs)`, `Math.max(...xs)` and their kin. */
const SPREAD_CALLS = [
  'CallExpression[callee.property.name=/^(push|unshift|splice|concat)$/] > SpreadElement',
  "CallExpression[callee.object.name='Math'] > SpreadElement",
  'CallExpression[callee.property.name=/^(fromCharCode|fromCodePoint|apply)$/] > SpreadElement',
];

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
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { ksmig: { rules: { layers: layersRule } } },
    rules: {
      'ksmig/layers': 'error',
      // Each spread element becomes one call argument: past ~120,000 of them V8 overflows the stack, so
      // a run with that many findings or lines would crash. Loop instead (src/shared/arrays.ts).
      'no-restricted-syntax': ['error', ...SPREAD_CALLS.map((selector) => ({
        selector,
        message: 'Spreading an array into call arguments overflows the stack for large arrays: use appendAll/maxOf from src/shared/arrays.ts (or a loop).',
      }))],
    },
  },
  {
    // Only src/ui renders with ink; nothing outside src/cql touches the generated parser or antlr4ng.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/ui/**', 'src/cql/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['ink', 'ink/*', 'ink-*'], message: 'Only src/ui imports ink.' },
          { group: ['antlr4ng', '**/cql/generated/*'], message: 'Parse-tree code stays inside src/cql.' },
        ],
      }],
    },
  },
  {
    // src/convert is pure (DESIGN.md): catalog state in, DDL text out. No I/O (its wording is read by
    // the rules loader), no clusters; the layers rule keeps it below audit/ and workflows/.
    files: ['src/convert/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'net', 'node:net', 'child_process', 'node:child_process'].map((name) => ({
          name,
          message: 'src/convert does no I/O.',
        })),
        patterns: [
          { group: ['ink', 'ink/*', 'ink-*'], message: 'Only src/ui imports ink.' },
          { group: ['antlr4ng', '**/cql/generated/*'], message: 'Parse-tree code stays inside src/cql.' },
          { group: ['**/clusters/*', 'cassandra-driver'], message: 'src/convert is pure: it talks to no cluster.' },
        ],
      }],
    },
  },
  {
    files: ['src/cql/**/*.ts'],
    ignores: ['src/cql/generated/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['ink', 'ink/*', 'ink-*'], message: 'Only src/ui imports ink.' }],
      }],
    },
  },
);
