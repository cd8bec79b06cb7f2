// The audit fuzzer's loop, shared by bench/fuzz-audit.ts (a million inputs and more) and
// test/fuzz/audit-fuzz.test.ts (a few hundred, in `npm test`). Each input (bench/fuzz-cql.ts) goes
// to the parser (parseScript) or to the query-log reader of its format (summarizeQueryLog); every
// `cliEvery`-th one also through the whole CLI in-process (`ksmig audit -`). A failure is an
// exception, an exit code other than 0 or 1 (5 is an internal bug), or an input that takes longer
// than `slowMs`; peak memory is sampled as it runs.
import { Readable } from 'node:stream';
import { parseScript } from '../src/cql/parse.js';
import { summarizeQueryLog } from '../src/sources/query-logs/summary.js';
import { runCli } from '../test/helpers/cli.js';
import { CqlFuzzInputs, type CqlFuzzInput, type FuzzTarget } from './fuzz-cql.js';

export interface FuzzOptions {
  inputs: number;
  seed: number;
  /** Run every n-th input through the CLI too (0: never). */
  cliEvery: number;
  /** Longest time one input may take (default 1 s). */
  slowMs?: number;
  /** Longest run of a repeated fragment (default 3,000). */
  maxRun?: number;
  /** Called every 10,000 inputs, for progress lines. */
  onProgress?: (done: number, stats: FuzzStats) => void;
}

export interface FuzzStats {
  inputs: number;
  cliRuns: number;
  seconds: number;
  /** The slowest input: its time, target and how it was made. */
  slowest: { ms: number; target: FuzzTarget; how: string; length: number };
  peakRssMiB: number;
  /** Inputs by target. */
  byTarget: Record<string, number>;
  failures: string[];
}

const MiB = 1024 * 1024;

/** Runs the fuzzer; never throws for a failing input (it is recorded in `failures`, with the input's seed position). */
export async function fuzzAudit(options: FuzzOptions): Promise<FuzzStats> {
  const generator = new CqlFuzzInputs(options.seed, options.maxRun === undefined ? {} : { maxRun: options.maxRun });
  const slowMs = options.slowMs ?? 1000;
  const stats: FuzzStats = { inputs: 0, cliRuns: 0, seconds: 0, slowest: { ms: 0, target: 'script', how: '', length: 0 }, peakRssMiB: 0, byTarget: {}, failures: [] };
  // The CLI's modules load on its first run (seconds under a test runner's transform on a busy
  // machine): that is start-up, not the first input's time.
  if (options.cliEvery > 0) await throughCli({ target: 'script', text: 'SELECT 1;', how: 'warm-up' });
  const started = process.hrtime.bigint();
  for (let i = 0; i < options.inputs; i++) {
    const input = generator.next();
    stats.inputs++;
    stats.byTarget[input.target] = (stats.byTarget[input.target] ?? 0) + 1;
    const t0 = process.hrtime.bigint();
    try {
      await exercise(input);
    } catch (err) {
      stats.failures.push(`input #${i} (${input.target}, ${input.how}): ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
    let ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (options.cliEvery > 0 && i % options.cliEvery === 0) {
      const c0 = process.hrtime.bigint();
      const failure = await throughCli(input);
      const cliMs = Number(process.hrtime.bigint() - c0) / 1e6;
      stats.cliRuns++;
      if (failure !== undefined) stats.failures.push(`input #${i} (${input.target}, ${input.how}) through the CLI: ${failure}`);
      ms = Math.max(ms, cliMs);
    }
    if (ms > stats.slowest.ms) stats.slowest = { ms, target: input.target, how: input.how, length: input.text.length };
    if (ms > slowMs) stats.failures.push(`input #${i} (${input.target}, ${input.how}, ${input.text.length} chars) took ${ms.toFixed(0)} ms`);
    if (i % 256 === 0) {
      stats.peakRssMiB = Math.max(stats.peakRssMiB, process.memoryUsage().rss / MiB);
      // Let timers and streams run now and then (the CLI's own, progress lines).
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    if (options.onProgress !== undefined && (i + 1) % 10_000 === 0) {
      stats.seconds = Number(process.hrtime.bigint() - started) / 1e9;
      options.onProgress(i + 1, stats);
    }
    if (stats.failures.length >= 20) break;
  }
  stats.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  stats.peakRssMiB = Math.max(stats.peakRssMiB, process.resourceUsage().maxRSS / 1024);
  return stats;
}

async function exercise(input: CqlFuzzInput): Promise<void> {
  if (input.target === 'script') {
    const parsed = parseScript(input.text);
    if (parsed.statements.length + parsed.errors.length > input.text.length + 1) throw new Error('more statements than characters');
    return;
  }
  const summary = await summarizeQueryLog(Readable.from([input.text]), { format: input.target });
  if (summary.records < summary.shapes.length) throw new Error('more shapes than records');
}

/** The input through `ksmig audit -` (as a script, or as a log of its format); a problem in words, or undefined. */
async function throughCli(input: CqlFuzzInput): Promise<string | undefined> {
  const argv = ['audit', '-', '--format', 'json', '--now', '2026-01-01T00:00:00Z', ...(input.target === 'script' ? [] : ['--query-log-format', input.target])];
  const r = await runCli(argv, { stdin: input.text });
  if (r.code !== 0 && r.code !== 1) return `exit ${r.code}: ${r.stderr.slice(0, 2000)}`;
  try {
    const report = JSON.parse(r.stdout) as { version?: number };
    if (report.version !== 1) return 'the report is not version 1';
  } catch {
    return `the report is not JSON: ${r.stdout.slice(0, 200)}`;
  }
  return undefined;
}
