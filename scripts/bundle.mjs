#!/usr/bin/env node
// Part of `npm run build`: bundles the compiled CLI (dist/cli/main.js and what it imports, lazily
// imported commands as their own chunks) into dist/bundle/, which bin/ksmig.js runs. Node 20 loads
// an ES module graph file by file: the audit's ~180 modules plus zod's, yaml's and antlr4ng's cost
// more to resolve and compile one at a time than the audit of a small schema takes (docs/benchmarks.md).
//
// Only the packages on the audit's path are bundled; the rest (the driver, Ink and React, the AWS
// SDK, …) stay ordinary imports, loaded from node_modules by the commands that need them.
import { build } from 'esbuild';
import { readFileSync, realpathSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');
const outdir = join(dist, 'bundle');
const BUNDLED_PACKAGES = new Set(['antlr4ng', 'commander', 'yaml', 'zod']);
// esbuild resolves packages to their real path: node_modules may be a link (a git worktree's, to another checkout's).
const nodeModules = [join(root, 'node_modules'), realpathSync(join(root, 'node_modules'))];

/** The package a bare specifier names (`@scope/name/sub` → `@scope/name`). */
function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const layout = {
  name: 'ksmig-layout',
  setup(b) {
    // zod's namespace carries every locale (about 290 KiB that V8 would parse at each start); ksmig
    // uses the English one, which zod imports by itself. `z.locales` then holds `en` alone.
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.resolveDir) ? { path: 'zod-locales', namespace: 'ksmig-zod-locales' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'ksmig-zod-locales' }, () => ({
      contents: "export { default as en } from './en.js';",
      resolveDir: join(root, 'node_modules', 'zod', 'v4', 'locales'),
    }));
    // Packages outside the list stay imports, resolved from node_modules at run time.
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:') || BUNDLED_PACKAGES.has(packageName(args.path))) return undefined;
      return { path: args.path, external: true };
    });
    // Files outside dist/ (tools/cassandra/fetch.mjs finds its pom.xml from its own URL) are
    // imported from where they are, relative to the bundle.
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      const target = resolve(args.resolveDir, args.path);
      if (nodeModules.some((dir) => args.resolveDir.startsWith(dir)) || target.startsWith(dist + sep)) return undefined;
      return { path: relative(outdir, target).split(sep).join('/'), external: true };
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
const result = await build({
  // Worker threads start from modules of their own, beside the chunk that starts them by their URL:
  // the query-log threads (src/workflows/audit.ts) run dist/bundle/query-log-worker.js, the
  // emulator's background parser (src/emulator/run.ts) dist/bundle/parse-worker.js.
  entryPoints: {
    main: join(dist, 'cli', 'main.js'),
    'query-log-worker': join(dist, 'workflows', 'query-log-worker.js'),
    'parse-worker': join(dist, 'emulator', 'parse-worker.js'),
  },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir,
  metafile: true,
  absWorkingDir: root,
  // Less source for V8 to parse at start-up (about 30 ms on the audit of a schema); names are kept,
  // so a stack trace still names its functions.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  plugins: [layout],
  // Bundled CommonJS code (a package's `require` of a built-in) needs a `require` in an ES module.
  banner: { js: "import { createRequire as __ksmigCreateRequire } from 'node:module'; const require = __ksmigCreateRequire(import.meta.url);" },
});

// Modules that find files from their own URL (`new URL('../../compat-rules/…', import.meta.url)`)
// sit two levels below the package root, as the bundle's chunks do: refuse to bundle one that does not.
for (const input of Object.keys(result.metafile.inputs)) {
  const file = resolve(root, input);
  if (!file.startsWith(dist + sep) || !readFileSync(file, 'utf8').includes('import.meta.url')) continue;
  if (dirname(dirname(file)) !== dist) {
    throw new Error(`${input} uses import.meta.url but is not directly in a folder of dist/: its paths would change in the bundle`);
  }
}
