/**
 * `npm run bench:audit` — how fast `ksmig audit` reads a large query log and a large schema (as
 * generated, and the same with comments as schema files have them), as a
 * user runs it (a fresh process each time), against the I/O floor (a fresh process that only
 * reads the same file). The log is audited twice over: on one thread (`--jobs 1`) and on worker
 * threads (the default, one per core). Inputs are generated from a fixed seed. Not part of `npm test`.
 *
 *   BENCH_LINES=1000000 BENCH_SHAPES=300 BENCH_TABLES=500 BENCH_RUNS=3 npm run bench:audit
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { queryLogLines, schemaScript } from './generate.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const LINES = Number(process.env['BENCH_LINES'] ?? 1_000_000);
const SHAPES = Number(process.env['BENCH_SHAPES'] ?? 300);
const TABLES = Number(process.env['BENCH_TABLES'] ?? 500);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const SEED = 20261124;

interface Sample {
  seconds: number;
  maxRssMiB: number;
  status: number | null;
}

function timed(args: string[]): Sample {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', `${root}bench/rss-probe.mjs`, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rss = /ksmig-bench-maxrss=(\d+)/.exec(r.stderr ?? '');
  if (r.status !== 0 && r.status !== 1) throw new Error(`benchmarked command failed (${r.status}): ${args.join(' ')}\n${r.stderr}`);
  return { seconds, maxRssMiB: rss ? Number(rss[1]) / 1024 : Number.NaN, status: r.status };
}

function best(samples: Sample[]): Sample {
  return samples.reduce((a, b) => (b.seconds < a.seconds ? b : a));
}

/** The best of `RUNS` runs (its peak RSS with it), the median time, and the highest peak RSS of any run. */
interface Measured extends Sample {
  medianSeconds: number;
  maxOfRssMiB: number;
}

function measure(label: string, args: string[]): Measured {
  const samples = Array.from({ length: RUNS }, () => timed(args));
  const b = best(samples);
  const medianSeconds = median(samples.map((s) => s.seconds));
  const maxOfRssMiB = Math.max(...samples.map((s) => s.maxRssMiB));
  console.log(`  ${label.padEnd(40)} best ${b.seconds.toFixed(2)} s of ${RUNS} (median ${medianSeconds.toFixed(2)} s), peak RSS ${b.maxRssMiB.toFixed(0)} MiB (at most ${maxOfRssMiB.toFixed(0)} MiB)`);
  return { ...b, medianSeconds, maxOfRssMiB };
}

/** One result line of the log: time, lines/s, peak RSS and the ratio to the floor, best and median. */
function logLine(label: string, run: Measured, floor: Measured): string {
  return (
    `  ${label}: ${run.seconds.toFixed(2)} s (median ${run.medianSeconds.toFixed(2)} s), ${(LINES / run.seconds).toFixed(0)} lines/s, ${run.maxOfRssMiB.toFixed(0)} MiB peak; ` +
    `${(run.seconds / floor.seconds).toFixed(1)}x the I/O floor (median ${(run.medianSeconds / floor.medianSeconds).toFixed(1)}x)`
  );
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function writeLines(path: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  for (const line of lines) {
    if (!out.write(`${line}\n`)) await new Promise<void>((r) => out.once("drain", () => r()));
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
}

async function main(): Promise<void> {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');
  const dir = await mkdtemp(join(tmpdir(), 'ksmig-bench-audit-'));
  try {
    const log = join(dir, 'queries.log');
    const schema = join(dir, 'schema.cql');
    const commented = join(dir, 'schema-commented.cql');
    await writeLines(log, queryLogLines(LINES, SHAPES, 50, SEED));
    await writeFile(schema, schemaScript(TABLES, SEED));
    await writeFile(commented, schemaScript(TABLES, SEED, { comments: true }));
    const logBytes = (await stat(log)).size;
    const schemaBytes = (await stat(schema)).size;
    console.log(`machine: ${cpus()[0]?.model ?? 'unknown cpu'}, ${cpus().length} cores, node ${process.version}, load average ${loadavg()[0]!.toFixed(2)}`);
    console.log(`query log: ${LINES.toLocaleString('en')} lines, ${SHAPES} shapes over 50 tables, ${(logBytes / 2 ** 20).toFixed(1)} MiB (seed ${SEED})`);
    console.log(`schema: ${TABLES} tables, ${(schemaBytes / 2 ** 10).toFixed(0)} KiB`);

    const readOnly = ['-e', "const s=require('fs').createReadStream(process.argv[1]);let n=0;s.on('data',c=>{n+=c.length});s.on('end',()=>console.log(n))"];
    const cli = `${root}bin/ksmig.js`;
    console.log('query log:');
    const floorLog = measure('I/O floor (read the file)', [...readOnly, log]);
    const logArgs = [cli, 'audit', log, '--format', 'json', '--fail-on', 'never'];
    const auditLogOne = measure('ksmig audit <log> --jobs 1', [...logArgs, '--jobs', '1', '--output', join(dir, 'log-report-1.json')]);
    const auditLogThreads = measure(`ksmig audit <log> (default: ${Math.min(availableParallelism(), 8)} jobs)`, [...logArgs, '--output', join(dir, 'log-report-n.json')]);
    const sameReport = (await readFile(join(dir, 'log-report-1.json'), 'utf8')) === (await readFile(join(dir, 'log-report-n.json'), 'utf8'));
    if (!sameReport) throw new Error('the query-log reports of --jobs 1 and of the worker threads differ');
    console.log('schema:');
    const floorSchema = measure('I/O floor (read the file)', [...readOnly, schema]);
    const auditSchema = measure('ksmig audit <schema> --format json', [cli, 'audit', schema, '--format', 'json', '--fail-on', 'never', '--output', join(dir, 'schema-report.json')]);
    // Real schema files are commented; the comments must not send their statements down a slower path.
    const auditCommented = measure('the same schema, commented', [cli, 'audit', commented, '--format', 'json', '--fail-on', 'never', '--output', join(dir, 'commented-report.json')]);
    console.log(`results (load average now ${loadavg()[0]!.toFixed(2)}):`);
    console.log(logLine('query log, one thread (--jobs 1)', auditLogOne, floorLog));
    console.log(logLine('query log, worker threads (default)', auditLogThreads, floorLog));
    console.log(`  query log: the two reports are the same byte for byte (goal: about 2 s, ≤ 10× the floor, ≤ 256 MiB)`);
    console.log(`  schema:    ${auditSchema.seconds.toFixed(2)} s, ${auditSchema.maxRssMiB.toFixed(0)} MiB peak; ${(auditSchema.seconds / floorSchema.seconds).toFixed(1)}x the I/O floor (goal: ≤ 5× the floor)`);
    console.log(`  schema, commented: ${auditCommented.seconds.toFixed(2)} s; ${(auditCommented.seconds / auditSchema.seconds).toFixed(2)}× the uncommented schema`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
