/**
 * Replays a synthetic `ksmig copy` or `ksmig verify` through the real render facade, to look at
 * the views in a real terminal:
 * `npx tsx scripts/ui-preview.ts copy|verify [--mode tty|plain|json] [--seconds N] [--lookup]`.
 *
 * copy: two keyspaces, five tables, 4,096 ranges, 16 workers; throttling half-way (the limit drops,
 * then recovers), rejects (one with an escape sequence in its cause), a range split, retries, and
 * a paused stretch at two thirds. The keys work: p, +, -, q (the copy stops and exits 4), ?.
 *
 * verify: two keyspaces, four tables, 6,656 ranges compared table after table in merge mode (or
 * lookup mode with `--lookup`: a target on Keyspaces' DefaultPartitioner); a handful of missing,
 * extra and different rows (one value with an escape sequence), each repaired as `--fix` does and
 * re-checked; a retry; then a replay of ten query shapes (matches, a mismatch explained by IN-list
 * order, a real mismatch with its diff, an error with the audit finding that explains it). The keys
 * work: q (the verify stops and exits 4), d, r, ?.
 */
import { EventStream } from '../src/shared/events.js';
import type { CopyControl, CopyEvent, CopyPlanEvent, CopyProgressEvent } from '../src/copy/events.js';
import { chooseViewMode, showCopy, showVerify, type ViewMode } from '../src/ui/index.js';
import type { QueryShapeResult, RowDifference, VerifyEvent, VerifyProgressEvent } from '../src/verify/events.js';

const args = process.argv.slice(2);
if (args[0] !== 'copy' && args[0] !== 'verify') {
  process.stderr.write('usage: npx tsx scripts/ui-preview.ts copy|verify [--mode tty|plain|json] [--seconds N] [--lookup]\n');
  process.exit(2);
}
const option = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i < 0 ? undefined : args[i + 1];
};
const seconds = Number(option('seconds') ?? (args[0] === 'verify' ? 90 : 120));
const mode = (option('mode') as ViewMode | undefined) ?? chooseViewMode({ json: false, stdout: process.stdout, env: process.env });

// A seeded generator: every run looks the same.
let seed = 42;
const random = (): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);

const TABLES = [
  { table: 'shop.customers', ranges: 1024, rows: 2_234_120, fidelity: 'values' as const, conversions: [] as string[] },
  { table: 'shop.orders', ranges: 1536, rows: 4_512_877, fidelity: 'ttl' as const, conversions: [] },
  { table: 'shop.order_items_by_customer_and_day', ranges: 768, rows: undefined, fidelity: 'values' as const, conversions: [] },
  { table: 'metrics.events', ranges: 512, rows: 811_452, fidelity: 'ttl+writetime' as const, conversions: ['d: duration → text'] },
  { table: 'metrics.daily_rollups', ranges: 256, rows: 54_310, fidelity: 'counter' as const, conversions: [] },
];
const TRUE_ROWS = [2_301_554, 4_498_210, 1_210_400, 820_117, 54_310];
const BUDGET = 40_000;
const CONCURRENCY = 16;
const UNITS_PER_ROW = 0.75;
const totalRanges = TABLES.reduce((s, t) => s + t.ranges, 0);
const totalRows = TRUE_ROWS.reduce((s, r) => s + r, 0);
// The copy takes about this long at the budget; the preview plays it in `seconds`.
const simulatedSeconds = (totalRows / (BUDGET / UNITS_PER_ROW)) * 1.15;
const speedup = simulatedSeconds / seconds;

function previewCopy(): void {
  const stream = new EventStream<CopyEvent>();
  let paused = false;
  let autoPaused = false;
  let stopRequested = false;
  let budget: number | undefined = BUDGET;
  let limit: number | undefined = BUDGET;
  const control: CopyControl = {
    pause() {
      if (paused) return;
      paused = true;
      stream.emit({ type: 'paused' });
    },
    resume() {
      if (!paused) return;
      paused = false;
      stream.emit({ type: 'resumed' });
    },
    setRate(units) {
      budget = units;
      limit = units;
      stream.emit({ type: 'rate', limit: units, reason: 'user' });
    },
    get rate() {
      return budget;
    },
    stop() {
      stopRequested = true;
    },
  };

  const view = showCopy(stream, { mode, stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, control });
  process.on('SIGINT', () => {
    view.stopping();
    stopRequested = true;
  });
  process.on('SIGTERM', () => {
    view.stopping();
    stopRequested = true;
  });

  const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

  interface Range { table: number; index: number; rows: number; done: number }
  const queue: Range[] = [];
  TABLES.forEach((t, table) => {
    for (let index = 0; index < t.ranges; index++) {
      const mean = TRUE_ROWS[table]! / t.ranges;
      queue.push({ table, index, rows: Math.max(1, Math.round(mean * (0.5 + random()))), done: 0 });
    }
  });
  const perTable = TABLES.map((t) => ({ read: 0, written: 0, rejected: 0, rangesDone: 0, started: false, startedAt: 0, doneAt: 0, total: t.ranges }));

  async function main(): Promise<void> {
    stream.emit({ type: 'connected', origin: '10.0.4.21:9042 (dc1)', target: 'cassandra.eu-west-1.amazonaws.com:9142', targetKind: 'keyspaces' });
    await sleep(300);
    stream.emit({ type: 'warning', message: 'metrics.events is copied with write times: Keyspaces rejects client timestamps older than 2 days (with TTL) — rows outside the window will be rejected' });
    const plan: CopyPlanEvent = {
      type: 'plan',
      tables: TABLES.map((t) => ({
        table: t.table, target: t.table, ranges: t.ranges, finishedRanges: 0, estimatedRows: t.rows,
        estimatedBytes: t.rows !== undefined ? t.rows * 780 : undefined,
        estimatedWriteUnits: t.rows !== undefined ? Math.round(t.rows * UNITS_PER_ROW) : undefined,
        fidelity: t.fidelity, conversions: t.conversions,
      })),
      shard: undefined, rate: BUDGET, estimatedSeconds: undefined, partitioner: 'org.apache.cassandra.dht.Murmur3Partitioner',
      concurrency: CONCURRENCY, checkpoint: './ksmig-copy.checkpoint.json', resumed: false, dryRun: false,
    };
    stream.emit(plan);
    await sleep(400);

    const active: Range[] = [];
    const TICK = 0.05;
    let elapsed = 0;
    let sinceProgress = 0;
    let throttled = 0;
    let retries = 0;
    let rangesDone = 0;
    let written = 0;
    let read = 0;
    let rejected = 0;
    let throttledOnce = false;
    let splitDone = false;
    const recent: Array<{ at: number; rows: number }> = [];

    for (;;) {
      await sleep(TICK * 1000);
      const dt = TICK * speedup;
      elapsed += dt;
      sinceProgress += TICK;
      const fraction = rangesDone / totalRanges;
      if (!autoPaused && fraction > 0.66) {
        autoPaused = true;
        control.pause();
        setTimeout(() => control.resume(), 6000);
      }
      const throttling = throttledOnce && fraction < 0.56;
      if (!throttledOnce && fraction > 0.5) {
        throttledOnce = true;
        limit = Math.round((budget ?? BUDGET) * 0.75);
        stream.emit({ type: 'rate', limit, reason: 'throttled' });
      }
      if (throttledOnce && !throttling && limit !== undefined && budget !== undefined && limit < budget && !paused && random() < 0.02) {
        limit = Math.min(budget, limit + 2_000);
        stream.emit({ type: 'rate', limit, reason: 'recovered' });
      }
      let rowsThisTick = 0;
      if (!paused) {
        while (!stopRequested && active.length < CONCURRENCY && queue.length > 0) {
          const range = queue.shift()!;
          active.push(range);
          const t = perTable[range.table]!;
          if (!t.started) {
            t.started = true;
            t.startedAt = elapsed;
            stream.emit({ type: 'table-start', table: TABLES[range.table]!.table });
          }
          stream.emit({ type: 'range-start', table: TABLES[range.table]!.table, range: range.index, start: '-9223372036854775808', end: '0' });
        }
        // The limiter lets this many rows through this tick (less while the target throttles).
        const capacity = ((limit ?? BUDGET * 1.5) / UNITS_PER_ROW) * dt * (throttling ? 0.8 : 0.92);
        const share = active.length > 0 ? capacity / active.length : 0;
        for (const range of [...active]) {
          const table = TABLES[range.table]!.table;
          const step = Math.min(range.rows - range.done, Math.round(share * (0.6 + random() * 0.8)));
          range.done += step;
          rowsThisTick += step;
          const t = perTable[range.table]!;
          t.read += step;
          t.written += step;
          read += step;
          written += step;
          if (throttling && random() < 0.05) {
            throttled += 1;
            stream.emit({ type: 'throttled', table, kind: 'WriteThrottleEvents', retry: 1, delayMs: 100 });
          }
          if (random() < 0.0004 * speedup) {
            retries += 1;
            stream.emit({ type: 'retry', table, side: random() < 0.5 ? 'origin' : 'target', cause: 'OperationTimedOut: 10.0.4.21:9042 did not answer within 12000 ms', attempt: 1, delayMs: 400 });
          }
          if (range.table === 1 && random() < 0.0004 * speedup) {
            rejected += 1;
            t.rejected += 1;
            t.written -= 1;
            written -= 1;
            stream.emit({
              type: 'reject', table, key: { customer_id: 40_000 + Math.floor(random() * 9999), order_id: `o-${Math.floor(random() * 1e6)}` },
              cause: rejected % 3 === 2 ? 'Invalid UTF-8 \u001b[31min column "note"\u0007 (byte 0xC3)' : 'Invalid unset value for column "total"',
            });
          }
          if (!splitDone && range.table === 2 && range.done > range.rows / 2) {
            splitDone = true;
            stream.emit({ type: 'range-split', table, range: range.index, parts: 4, cause: 'ReadTimeout: Cassandra timeout during read query at consistency LOCAL_QUORUM' });
          }
          if (range.done >= range.rows) {
            active.splice(active.indexOf(range), 1);
            rangesDone += 1;
            t.rangesDone += 1;
            stream.emit({ type: 'range-done', table, range: range.index, rows: range.rows });
            if (t.rangesDone === t.total) {
              t.doneAt = elapsed;
              stream.emit({ type: 'table-done', table, read: t.read, written: t.written, rejected: t.rejected, seconds: elapsed - t.startedAt, fidelity: TABLES[range.table]!.fidelity });
            }
          }
        }
      }
      recent.push({ at: elapsed, rows: rowsThisTick });
      while (recent.length > 0 && recent[0]!.at < elapsed - 3) recent.shift();
      const rowsPerSecond = recent.reduce((sum, r) => sum + r.rows, 0) / Math.min(3, elapsed);
      const finished = queue.length === 0 && active.length === 0;
      const stopped = stopRequested && active.length === 0;
      if (sinceProgress >= 0.25 || finished || stopped) {
        sinceProgress = 0;
        const progress: CopyProgressEvent = {
          type: 'progress', elapsedSeconds: elapsed, rowsRead: read, rowsWritten: written, rowsRejected: rejected,
          writeUnits: Math.round(written * UNITS_PER_ROW), rowsPerSecond: Math.round(rowsPerSecond), writeUnitsPerSecond: Math.round(rowsPerSecond * UNITS_PER_ROW),
          rateLimit: limit, rateBudget: budget, rangesDone, rangesTotal: totalRanges,
          activeRanges: active.map((r) => `${TABLES[r.table]!.table}#${r.index}`), throttled, retries,
          etaSeconds: rowsPerSecond > 0 ? (totalRows - read) / rowsPerSecond : undefined, paused,
          tables: TABLES.map((t, i) => ({
            table: t.table, rowsRead: perTable[i]!.read, rowsWritten: perTable[i]!.written, rowsRejected: perTable[i]!.rejected,
            rangesDone: perTable[i]!.rangesDone, rangesTotal: t.ranges, estimatedRows: t.rows,
          })),
        };
        stream.emit(progress);
      }
      if (finished || stopped) break;
    }
    stream.emit({
      type: 'summary',
      tables: TABLES.map((t, i) => {
        const p = perTable[i]!;
        return { table: t.table, read: p.read, written: p.written, rejected: p.rejected, seconds: p.started ? Math.round((p.doneAt || elapsed) - p.startedAt) : 0 };
      }),
    });
    await view.done;
    process.exitCode = stopRequested && queue.length > 0 ? 4 : rejected > 0 ? 1 : 0;
  }

  main().catch((error: unknown) => {
    view.unmount();
    process.stderr.write(`${String(error)}\n`);
    process.exit(5);
  });
}

const VERIFY_TABLES = [
  { table: 'shop.customers', ranges: 2048, rows: 2_301_554, estimatedRows: 2_234_120 },
  { table: 'shop.orders', ranges: 3072, rows: 4_498_210, estimatedRows: 4_512_877 },
  { table: 'metrics.events', ranges: 1024, rows: 820_117, estimatedRows: 811_452 },
  { table: 'metrics.daily_rollups', ranges: 512, rows: 54_310, estimatedRows: 54_310 },
];

/** The differences the preview finds, by table, at the fraction of the table where each turns up. */
const VERIFY_DIFFERENCES: Array<{ at: number; difference: RowDifference }> = [
  { at: 0.21, difference: { kind: 'missing', table: 'shop.orders', key: { customer_id: 40_817, order_id: 'o-771203' }, columns: [], origin: { placed_at: '2024-03-02T10:41:07.000Z', total: '129.90', status: 'paid', items: 3 } } },
  { at: 0.38, difference: { kind: 'different', table: 'shop.orders', key: { customer_id: 41_002, order_id: 'o-771950' }, columns: ['total', 'status'], origin: { total: '12.50', status: 'paid' }, target: { total: '12.5', status: 'PAID' } } },
  { at: 0.55, difference: { kind: 'extra', table: 'shop.orders', key: { customer_id: 49_999, order_id: 'o-test-1' }, columns: [], target: { placed_at: '2024-05-01T00:00:00.000Z', total: '0.00', status: 'test', items: 0 } } },
  { at: 0.8, difference: { kind: 'different', table: 'shop.orders', key: { customer_id: 43_117, order_id: 'o-802114' }, columns: ['shipping_address', 'items', 'tags', 'updated_at'], origin: { shipping_address: { street: '12 Rue de Rivoli', city: 'Paris' }, items: 2, tags: ['gift'], updated_at: '2024-04-11T08:00:00.000Z' }, target: { shipping_address: { street: '12 Rue de Rivoli', city: 'PARIS' }, items: 3, tags: [], updated_at: '2024-04-11T08:00:01.000Z' } } },
  { at: 0.47, difference: { kind: 'different', table: 'metrics.events', key: { source: 'web-7', day: '2024-04-02', ts: '2024-04-02T12:00:00.000Z' }, columns: ['payload'], origin: { payload: 'ok \u001b[31mred\u0007' }, target: { payload: 'ok' } } },
];

const VERIFY_QUERIES: QueryShapeResult[] = [
  shape('SELECT id, name, email, created_at FROM shop.customers WHERE id = ?', 500, { origin: 0.9, target: 2.8 }),
  shape('SELECT * FROM shop.orders WHERE customer_id = ? AND order_id = ?', 500, { origin: 1.1, target: 3.1 }),
  {
    ...shape('SELECT order_id, total, status FROM shop.orders WHERE customer_id = ? AND order_id IN ?', 240, { origin: 1.6, target: 4.2 }),
    match: 180, explained: 60, explanations: ['Keyspaces returns IN results in IN-list order, not in clustering order'],
  },
  shape('SELECT * FROM shop.customers WHERE email = ? ALLOW FILTERING', 40, { origin: 180, target: 412 }),
  {
    ...shape('SELECT order_id, total, status FROM shop.orders WHERE customer_id = ? LIMIT ?', 200, { origin: 1.4, target: 3.9 }),
    match: 196, mismatch: 4,
    firstMismatch: {
      statement: 'SELECT order_id, total, status FROM shop.orders WHERE customer_id = 41002 LIMIT 20',
      diff: "row 7 total: origin 12.50 │ target 12.5\nrow 7 status: origin 'paid' │ target 'PAID'",
    },
  },
  shape('SELECT ts, payload FROM metrics.events WHERE source = ? AND day = ? AND ts > ?', 300, { origin: 2.2, target: 5.0 }),
  {
    ...shape('SELECT * FROM shop.orders_by_status WHERE status = ?', 60, { origin: 3.4, target: 0 }),
    match: 0, errors: 60,
    firstErrors: [{ side: 'target', message: 'unconfigured table orders_by_status', finding: { ruleId: 'KS1101', message: 'Amazon Keyspaces does not support materialized views' } }],
  },
  shape('SELECT count(*) FROM metrics.daily_rollups WHERE source = ? AND day = ?', 120, { origin: 1.8, target: 4.4 }),
  shape('SELECT name, email FROM shop.customers WHERE id IN ?', 150, { origin: 1.3, target: 3.3 }),
  shape('SELECT * FROM metrics.daily_rollups WHERE source = ? AND day >= ? AND day <= ?', 90, { origin: 2.9, target: 6.1 }),
];

function shape(text: string, runs: number, p50: { origin: number; target: number }): QueryShapeResult {
  return {
    shape: text, runs, match: runs, mismatch: 0, errors: 0, explained: 0, explanations: [],
    latency: { origin: { p50: p50.origin, p99: p50.origin * 4 }, target: { p50: p50.target, p99: p50.target * 4 } },
  };
}

function previewVerify(): void {
  const lookup = args.includes('--lookup');
  const stream = new EventStream<VerifyEvent>();
  let stopRequested = false;
  const view = showVerify(stream, { mode, stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, control: { stop: () => (stopRequested = true) } });
  process.on('SIGINT', () => {
    view.stopping();
    stopRequested = true;
  });
  process.on('SIGTERM', () => {
    view.stopping();
    stopRequested = true;
  });
  const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
  const PARALLEL = 8;
  const totalRows = VERIFY_TABLES.reduce((s, t) => s + t.rows, 0);
  const totalRanges = VERIFY_TABLES.reduce((s, t) => s + t.ranges, 0);
  // The data takes ~70% of the run, the query replay the rest.
  const rowsPerTick = totalRows / ((seconds * 0.7) / 0.05);

  async function main(): Promise<void> {
    stream.emit({ type: 'connected', origin: '10.0.4.21:9042,10.0.4.22:9042', target: 'cassandra.eu-west-1.amazonaws.com:9142', targetKind: 'keyspaces' });
    await sleep(300);
    stream.emit({
      type: 'plan', mode: lookup ? 'lookup' : 'merge', originPartitioner: 'Murmur3Partitioner', targetPartitioner: lookup ? 'DefaultPartitioner' : 'Murmur3Partitioner',
      tables: VERIFY_TABLES.map((t) => ({ table: t.table, target: t.table, ranges: t.ranges, estimatedRows: t.estimatedRows })),
      samplePercent: 100, shard: undefined, queryShapes: VERIFY_QUERIES.length,
    });
    stream.emit({ type: 'warning', message: 'metrics.events: the target table has no default TTL; TTLs are compared with a tolerance of 60 s' });
    await sleep(400);

    const per = VERIFY_TABLES.map(() => ({ compared: 0, missing: 0, extra: 0, different: 0, rangesDone: 0, repaired: 0 }));
    const keys = VERIFY_TABLES.map(() => [] as Array<{ kind: RowDifference['kind']; key: Record<string, unknown>; columns: string[] }>);
    const samples: Array<{ at: number; compared: number }> = [];
    let elapsed = 0;
    let sinceProgress = 0;
    let active: Array<{ index: number; rows: number; done: number }> = [];
    const reported = new Set<number>();
    let retried = false;
    const progress = (queries?: { shapesDone: number; shapesTotal: number }): VerifyProgressEvent => {
      const compared = per.reduce((s, p) => s + p.compared, 0);
      samples.push({ at: elapsed, compared });
      while (samples.length > 2 && samples[0]!.at < elapsed - 5) samples.shift();
      const first = samples[0]!;
      return {
        type: 'progress', elapsedSeconds: elapsed, compared,
        missing: per.reduce((s, p) => s + p.missing, 0), extra: per.reduce((s, p) => s + p.extra, 0), different: per.reduce((s, p) => s + p.different, 0),
        rowsPerSecond: elapsed > first.at ? (compared - first.compared) / (elapsed - first.at) : 0,
        rangesDone: per.reduce((s, p) => s + p.rangesDone, 0), rangesTotal: totalRanges,
        activeRanges: active.map((r) => `${VERIFY_TABLES[current]?.table ?? ''}#${r.index}`),
        tables: VERIFY_TABLES.map((t, i) => ({ table: t.table, compared: per[i]!.compared, missing: per[i]!.missing, extra: per[i]!.extra, different: per[i]!.different, rangesDone: per[i]!.rangesDone, rangesTotal: t.ranges, estimatedRows: t.estimatedRows })),
        queries,
      };
    };
    let current = 0;
    for (; current < VERIFY_TABLES.length && !stopRequested; current++) {
      const t = VERIFY_TABLES[current]!;
      const p = per[current]!;
      const started = elapsed;
      const queue = Array.from({ length: t.ranges }, (_, index) => ({ index, rows: Math.max(1, Math.round((t.rows / t.ranges) * (0.5 + random()))), done: 0 }));
      for (;;) {
        await sleep(50);
        elapsed += 0.05 * 6;
        sinceProgress += 0.05;
        while (!stopRequested && active.length < PARALLEL && queue.length > 0) {
          const range = queue.shift()!;
          active.push(range);
          stream.emit({ type: 'range-start', table: t.table, range: range.index });
        }
        const share = (rowsPerTick * (0.85 + random() * 0.3)) / Math.max(1, active.length);
        for (const range of [...active]) {
          const step = Math.min(range.rows - range.done, Math.round(share * (0.6 + random() * 0.8)));
          range.done += step;
          p.compared += step;
          if (range.done >= range.rows) {
            active = active.filter((r) => r !== range);
            p.rangesDone += 1;
            stream.emit({ type: 'range-done', table: t.table, range: range.index, compared: range.rows });
          }
        }
        VERIFY_DIFFERENCES.forEach(({ at, difference }, i) => {
          if (reported.has(i) || difference.table !== t.table || p.rangesDone / t.ranges < at) return;
          reported.add(i);
          p[difference.kind] += 1;
          keys[current]!.push({ kind: difference.kind, key: difference.key, columns: difference.columns });
          stream.emit({ type: 'difference', ...difference });
          // --fix: the origin's version written again (or, with --fix-extra, the extra row deleted).
          setTimeout(() => {
            p.repaired += 1;
            stream.emit({ type: 'repair', table: t.table, action: difference.kind === 'extra' ? 'deleted' : 'written', key: difference.key });
          }, 400);
        });
        if (!retried && t.table === 'shop.orders' && p.rangesDone >= t.ranges * 0.3) {
          retried = true;
          stream.emit({ type: 'retry', table: '', side: 'target', cause: 'ReadTimeout: Operation timed out for cassandra.eu-west-1.amazonaws.com:9142 at LOCAL_QUORUM', attempt: 1, delayMs: 400 });
        }
        if (sinceProgress >= 0.25) {
          sinceProgress = 0;
          stream.emit(progress());
        }
        if ((queue.length === 0 || stopRequested) && active.length === 0) break;
      }
      if (stopRequested) {
        stream.emit(progress());
        break;
      }
      await sleep(500);
      if (p.repaired > 0) stream.emit({ type: 'recheck', table: t.table, repaired: p.repaired, stillDifferent: t.table === 'metrics.events' ? 1 : 0 });
      stream.emit({ type: 'table-done', table: t.table, compared: p.compared, missing: p.missing, extra: p.extra, different: p.different, seconds: elapsed - started });
    }
    const replayed: QueryShapeResult[] = [];
    for (const result of VERIFY_QUERIES) {
      if (stopRequested) break;
      const perShape = (seconds * 0.3) / VERIFY_QUERIES.length;
      for (let waited = 0; waited < perShape; waited += 0.25) {
        await sleep(250);
        elapsed += 0.25;
        stream.emit(progress({ shapesDone: replayed.length, shapesTotal: VERIFY_QUERIES.length }));
      }
      replayed.push(result);
      stream.emit({ type: 'query', result });
    }
    stream.emit(progress({ shapesDone: replayed.length, shapesTotal: VERIFY_QUERIES.length }));
    stream.emit({
      type: 'summary',
      tables: VERIFY_TABLES.map((t, i) => ({ table: t.table, compared: per[i]!.compared, missing: per[i]!.missing, extra: per[i]!.extra, different: per[i]!.different, keys: keys[i]! })),
      queries: replayed.map(({ shape: text, runs, match, mismatch, errors }) => ({ shape: text, runs, match, mismatch, errors })),
    });
    await view.done;
    process.exitCode = stopRequested ? 4 : 1;
  }

  main().catch((error: unknown) => {
    view.unmount();
    process.stderr.write(`${String(error)}\n`);
    process.exit(5);
  });
}

if (args[0] === 'copy') previewCopy();
else previewVerify();
