/**
 * The parallel reading of a query log (worker threads, each folding a range of the file) against
 * the one-thread reading it must equal: the same summary, deep-equal and serialized alike, for every
 * format it takes, with ranges cut at awkward places; and one thread for what it must not split.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryLogLines } from '../../../bench/generate.js';
import { rng } from '../../../bench/random.js';
import { LineBreakCounter } from '../../../src/sources/query-logs/line-breaks.js';
import { splitAtLines } from '../../../src/sources/query-logs/log-ranges.js';
import { summarizeQueryLogInParallel, type ParallelSummary } from '../../../src/sources/query-logs/parallel-summary.js';
import { rangeStarts } from '../../../src/sources/query-logs/readers.js';
import { summarizeQueryLog, type QueryLogOptions, type QueryLogSummary } from '../../../src/sources/query-logs/summary.js';
import { repoRoot } from '../../helpers/cli.js';

const WORKER = new URL('../../../src/workflows/query-log-worker.ts', import.meta.url);

let dir: string;
let files = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ksmig-parallel-log-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function logFile(content: string | Buffer): Promise<string> {
  const path = join(dir, `log-${++files}`);
  await writeFile(path, content);
  return path;
}

/** Both readings of `path`; the parallel one forced (no size threshold). */
async function bothWays(path: string, jobs: number, options: QueryLogOptions = {}): Promise<{ single: QueryLogSummary; parallel: ParallelSummary | undefined }> {
  const single = await summarizeQueryLog(path, options);
  const parallel = await summarizeQueryLogInParallel(path, { ...options, jobs, minBytes: 0, worker: WORKER });
  return { single, parallel };
}

/** Reads `path` both ways and expects the same summary (and the same JSON, key order included). */
async function expectSame(path: string, jobs: number, options: QueryLogOptions = {}): Promise<ParallelSummary> {
  const { single, parallel } = await bothWays(path, jobs, options);
  expect(parallel).toBeDefined();
  expect(parallel!.summary).toEqual(single);
  expect(JSON.stringify(parallel!.summary)).toBe(JSON.stringify(single));
  return parallel!;
}

const EOLS = ['\n', '\r\n', '\r'];

/** Joins lines with `eol` (or a seeded mix of LF, CRLF and CR), ending with one unless `final` is false. */
function joinLines(lines: readonly string[], eol: string | 'mixed', seed: number, final = true): string {
  const r = rng(seed);
  let out = '';
  lines.forEach((line, i) => {
    out += line;
    if (i < lines.length - 1 || final) out += eol === 'mixed' ? EOLS[Math.floor(r() * 3)]! : eol;
  });
  return out;
}

/** A plain log: generated statements with comments, blank lines, padding, non-ASCII text and over-long lines. */
function plainLines(count: number, seed: number): string[] {
  const r = rng(seed);
  return [...queryLogLines(count, 40, 10, seed)].map((statement) => {
    const x = r();
    if (x < 0.03) return '-- a comment';
    if (x < 0.05) return '';
    if (x < 0.06) return `SELECT v FROM app.t1 WHERE k = '${'x'.repeat(300)}';`;
    if (x < 0.07) return `   ${statement}\t`;
    if (x < 0.08) return "INSERT INTO app.t2 (k, v) VALUES (1, 'héllo wörld ✓ 😀');";
    return statement;
  });
}

/** JSON lines with keyspaces, consistency levels, timestamps, lines that are not records, and over-long lines. */
function jsonLines(count: number, seed: number): string[] {
  const r = rng(seed);
  const levels = ['LOCAL_QUORUM', 'one', 'QUORUM', 'ALL'];
  return [...queryLogLines(count, 40, 10, seed)].map((query, i) => {
    const x = r();
    if (x < 0.02) return 'this line is not json';
    if (x < 0.03) return '[1, 2]';
    if (x < 0.04) return '{"note": "no query here"}';
    if (x < 0.05) return '';
    if (x < 0.06) return JSON.stringify({ query: `SELECT v FROM t WHERE k = '${'y'.repeat(400)}'` });
    const record: Record<string, unknown> = { query };
    if (r() < 0.8) record['keyspace'] = `ks${Math.floor(r() * 3)}`;
    if (r() < 0.7) record['consistency'] = levels[Math.floor(r() * levels.length)];
    if (r() < 0.1) record['serial_consistency'] = r() < 0.5 ? 'SERIAL' : 'LOCAL_SERIAL';
    if (r() < 0.9) record['ts'] = 1_795_508_043_733 + i * 997 - Math.floor(r() * 5000);
    return JSON.stringify(record);
  });
}

/** A Cassandra audit log: prefixed and bare entries, multi-line statements, other log lines, stray lines, categories passed over. */
function auditLines(count: number, seed: number): string[] {
  const r = rng(seed);
  const lines = ['text before any entry', 'and more of it'];
  const categories = ['QUERY', 'DML', 'DDL', 'OTHER'];
  [...queryLogLines(count, 30, 5, seed)].forEach((query, i) => {
    const x = r();
    if (x < 0.05) lines.push('INFO  [Native-Transport-Requests-2] 2026-11-24 08:14:03,824 QueryProcessor - Fully upgraded to at least 5.0.8');
    if (x > 0.97) lines.push('a stray line with no entry of its own');
    const category = x < 0.08 ? 'PREPARE' : x < 0.1 ? 'AUTH' : categories[i % categories.length]!;
    const type = x > 0.99 ? 'BATCH' : 'SELECT';
    const keyspace = r() < 0.7 ? `|ks:ks${Math.floor(r() * 3)}` : '';
    const operation = r() < 0.15 ? query.replace(' WHERE ', '\n  WHERE ') : query;
    const prefix = r() < 0.5 ? 'INFO  [Native-Transport-Requests-1] 2026-11-24 08:14:03,821 FileAuditLogger - ' : '';
    lines.push(`${prefix}user:app|host:/127.0.0.1:38421|source:/127.0.0.1|port:51958|timestamp:${1_795_508_043_733 + i * 250}|type:${type}|category:${category}${keyspace}|operation:${operation}`);
  });
  return lines.flatMap((line) => line.split('\n'));
}

describe('the parallel reading of a query log equals the one-thread reading', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['lone CR', '\r'],
    ['mixed line ends', 'mixed'],
  ])('lines, %s, over 2, 3 and 7 ranges, oversized lines too', async (_, eol) => {
    const path = await logFile(joinLines(plainLines(3000, 11), eol, 5));
    for (const jobs of [2, 3, 7]) {
      const parallel = await expectSame(path, jobs, { maxRecordLength: 200 });
      // Ranges are cut just after an LF: a log of lone CRs has none, and is one range.
      expect(parallel.workers).toBe(eol === '\r' ? 1 : jobs);
    }
    const { summary } = await expectSame(path, 2);
    expect(summary.shapes.length).toBeGreaterThan(30);
  });

  it('jsonl: keyspaces, consistency and serial consistency counts, timestamps and span, skipped lines past the kept few', async () => {
    const path = await logFile(joinLines(jsonLines(4000, 21), '\n', 1));
    for (const jobs of [2, 5]) {
      const { summary, workers } = await expectSame(path, jobs, { maxRecordLength: 300 });
      expect(workers).toBe(jobs);
      expect(summary.skippedCount).toBeGreaterThan(summary.skipped.length);
      expect(summary.oversized.length).toBeGreaterThan(0);
      expect(summary.span).toBeDefined();
      expect(summary.shapes.some((s) => Object.keys(s.consistencies).length > 1 && Object.keys(s.serialConsistencies).length > 0)).toBe(true);
      expect(new Set(summary.shapes.map((s) => s.keyspace)).size).toBeGreaterThan(2);
    }
  });

  it('jsonl with CRLF line ends and a last line without one', async () => {
    const path = await logFile(joinLines(jsonLines(1500, 22), '\r\n', 1, false));
    await expectSame(path, 3);
  });

  it('audit: ranges start only where an entry or another log record does (multi-line statements stay whole)', async () => {
    const lines = auditLines(3000, 31);
    const path = await logFile(joinLines(lines, '\n', 1));
    for (const jobs of [2, 3, 6]) {
      const { summary, workers } = await expectSame(path, jobs, { maxRecordLength: 500 });
      expect(workers).toBe(jobs);
      expect(summary.format).toBe('audit');
      expect(summary.skippedCount).toBeGreaterThan(0);
    }
    await expectSame(await logFile(joinLines(lines, 'mixed', 2)), 4);
  });

  it('audit: a log of continuation lines only after its first entry stays one range', async () => {
    const entry = 'user:app|host:/h|source:/1|port:1|timestamp:1795508043733|type:SELECT|category:QUERY|operation:SELECT a';
    const path = await logFile(`${entry}\n${Array.from({ length: 2000 }, (_, i) => `  , c${i}`).join('\n')}\n  FROM ks.t\n`);
    const { summary, workers } = await expectSame(path, 4);
    expect(workers).toBe(1);
    expect(summary.records).toBe(1);
  });

  it('a range boundary right at a line break', async () => {
    // 10-byte lines: half the file is a multiple of 10, so the first cut looked for is just after an LF.
    const text = Array.from({ length: 1000 }, (_, i) => `SELECT ${String(i % 7)};`.padEnd(9, ' ')).join('\n') + '\n';
    expect(text.length).toBe(10_000);
    const path = await logFile(text);
    expect(await splitAtLines(path, text.length, 2, 'any-line', 1000)).toEqual([
      { start: 0, end: 5000 },
      { start: 5000, end: 10_000 },
    ]);
    await expectSame(path, 2);
  });

  it('an empty file, a file of one line without a line break, and a file with fewer lines than ranges', async () => {
    const empty = await expectSame(await logFile(''), 4);
    expect(empty).toMatchObject({ workers: 0, summary: { records: 0 } });
    await expectSame(await logFile('SELECT * FROM ks.t WHERE k = 1'), 4);
    const small = await expectSame(await logFile('SELECT 1;\nSELECT 2;\n'), 8);
    expect(small.workers).toBeLessThanOrEqual(2);
    await expectSame(await logFile('\n\n\n'), 3);
  });

  it('byte-order marks: the file’s own, and lines that start with one (never a range’s first bytes)', async () => {
    const bom = '\uFEFF';
    // Most lines start with one: a cut just after an LF would nearly always land on one.
    const lines = jsonLines(1200, 41).map((line, i) => (i % 50 === 0 ? line : bom + line));
    // (Named: a byte-order mark before a JSON object makes the detection say `lines`.)
    const { workers } = await expectSame(await logFile(bom + joinLines(lines, '\n', 1)), 4, { format: 'jsonl' });
    expect(workers).toBe(4);
    await expectSame(await logFile(joinLines(plainLines(1200, 42).map((line) => bom + line), '\n', 1)), 3);
  });

  it('bytes that are not UTF-8, and a line longer than the window a cut is looked for in', async () => {
    const parts = [Buffer.from('SELECT 1;\n'), Buffer.from([0xe2, 0x82, 0x0a, 0xff, 0x41, 0x0a]), Buffer.from(`${'SELECT 2;\n'.repeat(500)}`)];
    await expectSame(await logFile(Buffer.concat(parts)), 3);
    const long = `user:a|host:/h|source:/1|port:1|timestamp:1|type:SELECT|category:QUERY|operation:SELECT '${'z'.repeat(70_000)}'`;
    const audit = [...auditLines(500, 51), long, ...auditLines(500, 52)];
    await expectSame(await logFile(joinLines(audit, '\n', 1)), 2);
    await expectSame(await logFile(joinLines(audit, '\n', 1)), 3, { maxRecordLength: 100_000 });
  });

  it('a statement limit shorter than an audit entry is not a place to cut', async () => {
    const path = await logFile(joinLines(auditLines(2000, 61), '\n', 1));
    await expectSame(path, 3, { maxRecordLength: 120 });
  });
});

describe('what the parallel reading leaves to one thread', () => {
  it('csv and fql logs: their records may span lines', async () => {
    for (const file of ['csv/export.csv', 'fql/dump.txt']) {
      const { parallel } = await bothWays(`${repoRoot}fixtures/query-logs/${file}`, 4);
      expect(parallel).toBeUndefined();
    }
    const path = await logFile(joinLines(plainLines(500, 71), '\n', 1));
    expect(await summarizeQueryLogInParallel(path, { format: 'csv', jobs: 2, minBytes: 0, worker: WORKER })).toBeUndefined();
    expect(await summarizeQueryLogInParallel(path, { format: 'fql', jobs: 2, minBytes: 0, worker: WORKER })).toBeUndefined();
  });

  it('one job, a file under the size threshold, a path that is no file, rates or a per-record callback', async () => {
    const path = await logFile(joinLines(plainLines(500, 72), '\n', 1));
    expect(await summarizeQueryLogInParallel(path, { jobs: 1, minBytes: 0, worker: WORKER })).toBeUndefined();
    expect(await summarizeQueryLogInParallel(path, { jobs: 4, worker: WORKER })).toBeUndefined();
    expect(await summarizeQueryLogInParallel(join(dir, 'missing.log'), { jobs: 4, minBytes: 0, worker: WORKER })).toBeUndefined();
    expect(await summarizeQueryLogInParallel(dir, { jobs: 4, minBytes: 0, worker: WORKER })).toBeUndefined();
    // The estimate's per-shape rates and per-record callback see the records of the whole log in order.
    expect(await summarizeQueryLogInParallel(path, { jobs: 2, minBytes: 0, worker: WORKER, rates: true })).toBeUndefined();
    expect(await summarizeQueryLogInParallel(path, { jobs: 2, minBytes: 0, worker: WORKER, onRecord: () => undefined })).toBeUndefined();
  });

  it('a range with more than its share of maxShapes distinct shapes (the overflow depends on their order)', async () => {
    const path = await logFile(joinLines(plainLines(3000, 73), '\n', 1));
    const { single } = await bothWays(path, 2);
    const shapes = single.shapes.length;
    // Each of 2 ranges holds most of the shapes: half the limit each is too few.
    expect(await summarizeQueryLogInParallel(path, { jobs: 2, minBytes: 0, worker: WORKER, maxShapes: shapes })).toBeUndefined();
    const capped = await summarizeQueryLog(path, { maxShapes: shapes - 5 });
    expect(capped.overflow).toBeGreaterThan(0);
    expect(await summarizeQueryLogInParallel(path, { jobs: 2, minBytes: 0, worker: WORKER, maxShapes: shapes - 5 })).toBeUndefined();
    await expectSame(path, 2, { maxShapes: 2 * shapes });
  });

  it('a worker thread that fails (an entry point that does not load, or that no thread can start)', async () => {
    const path = await logFile(joinLines(plainLines(500, 74), '\n', 1));
    const broken = new URL('./no-such-worker.js', import.meta.url);
    expect(await summarizeQueryLogInParallel(path, { jobs: 2, minBytes: 0, worker: broken })).toBeUndefined();
    // Worker's constructor throws this one at once.
    const unstartable = new URL('http://127.0.0.1/query-log-worker.js');
    expect(await summarizeQueryLogInParallel(path, { jobs: 2, minBytes: 0, worker: unstartable })).toBeUndefined();
  });
});

describe('LineBreakCounter', () => {
  it('counts LF, CRLF and a lone CR as one break each, across chunk boundaries', () => {
    const count = (...chunks: string[]): number => {
      const counter = new LineBreakCounter();
      for (const c of chunks) counter.push(Buffer.from(c));
      return counter.finish();
    };
    expect(count('a\nb\r\nc\rd')).toBe(3);
    expect(count('a\r', '\nb')).toBe(1);
    expect(count('a\r', 'b\r', '\r\n')).toBe(3);
    expect(count('a\r')).toBe(1);
    expect(count('', '\n', '')).toBe(1);
    // The readers' own count: the lines of a log that ends with a break (a CR ending one line and
    // an LF ending the blank one after it are one CRLF).
    for (const eol of ['\n', '\r\n', '\r', 'mixed']) {
      const text = joinLines(plainLines(300, 81), eol, 3);
      expect(count(text)).toBe(text.split(/\r\n|\r|\n/).length - 1);
      expect(count(...text.match(/[^]{1,7}/g)!)).toBe(text.split(/\r\n|\r|\n/).length - 1);
    }
  });
});

describe('rangeStarts', () => {
  it('names the formats read line by line, and no other', () => {
    expect(Object.keys(rangeStarts).sort()).toEqual(['audit', 'jsonl', 'lines']);
  });
});
