// The audit command loads ANTLR (antlr4ng and the generated lexer and parser, some 40 ms) only when a
// statement needs it: the parser's fast path reads schema files without it (src/cql/antlr.ts).
// test/integration/bundle.test.ts checks the same of the bundled CLI.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { schemaScript } from '../../bench/generate.js';
import { repoRoot, spawnCli } from '../helpers/cli.js';
import { loadedAntlr, recordLoads } from '../helpers/loaded-modules.js';

/** A module that holds ANTLR: its runtime, or the generated lexer or parser. */
const ANTLR = /^antlr4ng$|src\/cql\/generated\/Cql(Lexer|Parser|ParserVisitor)\.ts$/;

/** The chains of static imports from `entry` (a source file) to a module that holds ANTLR, one per such module. */
async function staticChainsToAntlr(entry: string): Promise<string[]> {
  const { metafile } = await build({ entryPoints: [entry], absWorkingDir: repoRoot, bundle: true, write: false, metafile: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'silent' });
  const from = new Map<string, string>();
  const queue = [entry];
  const chains: string[] = [];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const imported of metafile.inputs[file]?.imports ?? []) {
      // Dynamic imports (`import()`) load on demand: only static ones count.
      if (imported.kind !== 'import-statement' || from.has(imported.path) || imported.path === entry) continue;
      from.set(imported.path, file);
      if (ANTLR.test(imported.path)) {
        const chain = [imported.path];
        for (let at = file; at !== entry; at = from.get(at)!) chain.unshift(at);
        chains.push([entry, ...chain].join(' → '));
      } else if (!imported.external) queue.push(imported.path);
    }
  }
  return chains;
}

describe('ANTLR and the audit command', () => {
  it('neither the CLI nor its audit command nor the query-log threads import ANTLR statically', async () => {
    for (const entry of ['src/cli/main.ts', 'src/cli/commands/audit-run.ts', 'src/workflows/query-log-worker.ts']) {
      expect(await staticChainsToAntlr(entry)).toEqual([]);
    }
    // The check sees ANTLR where it is.
    expect((await staticChainsToAntlr('src/cql/parse.ts')).length).toBeGreaterThan(0);
  });

  it('audits a schema the parser’s fast path reads whole without loading ANTLR', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ksmig-antlr-'));
    try {
      const file = join(dir, 'schema.cql');
      const loads = join(dir, 'loads.txt');
      await writeFile(file, schemaScript(40, 20261124, { comments: true }));
      const r = await spawnCli(['audit', file, '--format', 'json'], { env: { ...process.env, ...recordLoads(loads) } });
      expect(r.stderr).toBe('');
      expect(JSON.parse(r.stdout).summary.statements).toBeGreaterThan(40);
      expect(readFileSync(loads, 'utf8')).toContain('/src/cql/fast-path.ts');
      expect(loadedAntlr(loads)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('loads ANTLR for the statements the fast path declines, and reports what the in-memory audit reports', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ksmig-antlr-'));
    try {
      const loads = join(dir, 'loads.txt');
      const files = ['fixtures/schemas/app-ecommerce.cql', 'fixtures/schemas/app-ecommerce-queries.cql'];
      const r = await spawnCli(['audit', ...files, '--format', 'json', '--now', '2026-11-24T00:00:00.000Z'], { env: { ...process.env, ...recordLoads(loads) } });
      expect(r.code).toBe(1);
      expect(loadedAntlr(loads).length).toBeGreaterThan(0);
      // test/audit/app-schema.test.ts keeps this snapshot of auditSources (ANTLR loaded by parse.ts).
      expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(`${repoRoot}fixtures/schemas/app-ecommerce.expected.json`, 'utf8')));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
