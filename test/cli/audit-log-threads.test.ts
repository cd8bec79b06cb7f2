/**
 * `ksmig audit --jobs`: a large query log file is read on worker threads with the very report one
 * thread gives; standard input is read on one thread. `NODE_DEBUG=ksmig` says how each log was read.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryLogLines } from '../../bench/generate.js';
import { PARALLEL_MIN_BYTES } from '../../src/sources/query-logs/parallel-summary.js';
import { runCli, spawnCli } from '../helpers/cli.js';

let dir: string;
let log: string;
const debug = { ...process.env, NODE_DEBUG: 'ksmig' };
const reportArgs = ['--format', 'json', '--now', '2026-01-01T00:00:00Z', '--fail-on', 'never'];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ksmig-log-threads-'));
  log = join(dir, 'queries.log');
  const out = createWriteStream(log);
  // Just over the size from which a log is split (about 86 bytes a line).
  for (const line of queryLogLines(Math.ceil(PARALLEL_MIN_BYTES / 80), 300, 50, 20261207)) {
    if (!out.write(`${line}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ksmig audit --jobs', () => {
  it('reads a large log file on worker threads, and reports what one thread reports, byte for byte', async () => {
    const threads = await spawnCli(['audit', log, ...reportArgs, '--jobs', '2'], { env: debug });
    expect(threads.stderr).toContain('read in 2 ranges on 2 worker threads');
    const one = await spawnCli(['audit', log, ...reportArgs, '--jobs', '1'], { env: debug });
    expect(one.stderr).toContain('read on one thread: one job');
    expect(threads.code).toBe(one.code);
    expect(threads.stdout).toBe(one.stdout);
    expect(JSON.parse(threads.stdout).summary.statements).toBeGreaterThan(100);
  }, 120_000);

  it('reads standard input on one thread', async () => {
    const r = await spawnCli(['audit', '-', '--query-log-format', 'lines', ...reportArgs, '--jobs', '2'], { env: debug, stdin: await readFile(log, 'utf8') });
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('worker thread');
    expect(JSON.parse(r.stdout).summary.statements).toBeGreaterThan(100);
  }, 120_000);

  it.each(['0', '65', '1.5', 'two', ''])('refuses --jobs %j, naming what it expects (exit 2)', async (value) => {
    const r = await runCli(['audit', log, '--jobs', value]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('expected a whole number of threads from 1 to 64');
  });

  it('says what --jobs does in its help', async () => {
    const r = await runCli(['audit', '--help']);
    expect(r.stdout).toMatch(/--jobs <n>\s+threads a large query log is read on/);
  });
});
