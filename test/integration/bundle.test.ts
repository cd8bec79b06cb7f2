import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryLogLines, schemaScript } from '../../bench/generate.js';
import { PARALLEL_MIN_BYTES } from '../../src/sources/query-logs/parallel-summary.js';
import { loadRules } from '../../src/rules/load.js';
import { VERSION } from '../../src/shared/version.js';
import { repoRoot, spawnCli, type CliResult } from '../helpers/cli.js';
import { loadedAntlr, recordLoads } from '../helpers/loaded-modules.js';
import { spawnEmulator } from '../emulator/helpers/emulator-process.js';
import { cassandraAddress } from './helpers/cassandra.js';
import { longConditionalUpdate, sendAlongside } from './helpers/long-statement.js';

/** Runs the CLI as users run it: bin/ksmig.js, which loads the bundle `npm run build` writes. */
function shipped(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`${repoRoot}bin/ksmig.js`, ...argv], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

// The other tests run the TypeScript sources; this one checks that the bundled CLI does what they do.
describe('the bundled CLI (bin/ksmig.js → dist/bundle)', () => {
  beforeAll(() => {
    const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
  }, 300_000);

  it('prints its version', async () => {
    const r = await shipped(['--version']);
    expect(r).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
  });

  it('audits a schema and its queries exactly as the sources do', async () => {
    const args = ['audit', 'fixtures/schemas/app-ecommerce.cql', 'fixtures/schemas/app-ecommerce-queries.cql', '--format', 'json', '--now', '2026-01-01T00:00:00Z'];
    const [bundled, sources] = await Promise.all([shipped(args), spawnCli(args)]);
    expect(bundled.stderr).toBe(sources.stderr);
    expect(bundled.code).toBe(sources.code);
    expect(JSON.parse(bundled.stdout)).toEqual(JSON.parse(sources.stdout));
    expect(JSON.parse(bundled.stdout).findings.length).toBeGreaterThan(0);
  });

  it('audits a schema the parser’s fast path reads whole without loading ANTLR’s chunk, and loads it for a statement the fast path declines', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ksmig-bundle-antlr-'));
    try {
      const schema = schemaScript(40, 20261124, { comments: true });
      await writeFile(join(dir, 'plain.cql'), schema);
      const plain = await shipped(['audit', join(dir, 'plain.cql'), '--format', 'json'], { ...process.env, ...recordLoads(join(dir, 'plain.loads')) });
      expect(plain.stderr).toBe('');
      expect(JSON.parse(plain.stdout).summary.statements).toBeGreaterThan(40);
      expect(await readFile(join(dir, 'plain.loads'), 'utf8')).toMatch(/\/dist\/bundle\/audit-run-/);
      expect(loadedAntlr(join(dir, 'plain.loads'))).toEqual([]);

      // A materialized view and a GRANT half-way: the fast path reads neither.
      const at = schema.indexOf('CREATE TABLE t20 ');
      const mixed = `${schema.slice(0, at)}CREATE MATERIALIZED VIEW v AS SELECT * FROM t1 WHERE id IS NOT NULL AND ck IS NOT NULL PRIMARY KEY (ck, id);\nGRANT SELECT ON KEYSPACE app TO reader;\n\n${schema.slice(at)}`;
      await writeFile(join(dir, 'mixed.cql'), mixed);
      const args = ['audit', join(dir, 'mixed.cql'), '--format', 'json', '--now', '2026-01-01T00:00:00Z'];
      const [bundled, sources] = [await shipped(args, { ...process.env, ...recordLoads(join(dir, 'mixed.loads')) }), await spawnCli(args)];
      expect(loadedAntlr(join(dir, 'mixed.loads')).length).toBeGreaterThan(0);
      expect(bundled).toEqual(sources);
      expect(JSON.parse(bundled.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toContain('KS1101');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('reads a large query log on worker threads from its own entry point, with the report the sources give on one thread', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ksmig-bundle-log-'));
    try {
      const log = join(dir, 'queries.log');
      // Just over the size from which a log is split (about 86 bytes a line).
      await writeFile(log, `${[...queryLogLines(Math.ceil(PARALLEL_MIN_BYTES / 80), 300, 50, 20261207)].join('\n')}\n`);
      const args = ['audit', log, '--format', 'json', '--now', '2026-01-01T00:00:00Z', '--fail-on', 'never'];
      const [bundled, sources] = [await shipped([...args, '--jobs', '2'], { ...process.env, NODE_DEBUG: 'ksmig' }), await spawnCli([...args, '--jobs', '1'])];
      expect(bundled.stderr).toContain('read in 2 ranges on 2 worker threads');
      expect(bundled.code).toBe(sources.code);
      expect(bundled.stdout).toBe(sources.stdout);
      expect(JSON.parse(bundled.stdout).summary.statements).toBeGreaterThan(100);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('lists the rules from the build’s rule bundle', async () => {
    const r = await shipped(['rules', '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(loadRules().length);
  });

  it('loads the packages it leaves out of the bundle (the driver) for a live-cluster audit', async () => {
    const { host, port } = cassandraAddress();
    const r = await shipped(['audit', '--origin', `${host}:${port}`, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.code);
    expect(JSON.parse(r.stdout)).toHaveProperty('findings');
  }, 60_000);

  it('starts the emulator’s background parser thread from the bundle (dist/bundle/parse-worker.js)', async () => {
    const emu = await spawnEmulator({ backend: cassandraAddress(), bundled: true });
    try {
      const run = await sendAlongside(emu, longConditionalUpdate(100_000));
      expect(run.error?.message).toBe('IN is not supported in UPDATE statements.');
      // Parsed on the event loop instead (no thread), the other connection would wait the whole parse.
      expect(run.others.length).toBeGreaterThan(5);
      expect(Math.max(...run.others)).toBeLessThan(run.tookMs / 2);
    } finally {
      expect(await emu.stop()).toBe(0);
    }
  }, 60_000);
});
