/**
 * Replays a synthetic `ksmig copy` through the real render facade, to look at the views in a real
 * terminal: `npx tsx scripts/ui-preview.ts copy [--mode tty|plain|json] [--seconds 120]`.
 *
 * Two keyspaces, five tables, 4,096 ranges, 16 workers; throttling half-way (the limit drops, then
 * recovers), rejects (one with an escape sequence in its cause), a range split, retries, and a
 * paused stretch at two thirds. The keys work: p, +, -, q (the copy stops and exits 4), ?.
 */
import { EventStream } from '../src/shared/events.js';
import type { CopyControl, CopyEvent, CopyPlanEvent, CopyProgressEvent } from '../src/copy/events.js';
import { chooseViewMode, showCopy, type ViewMode } from '../src/ui/index.js';

const args = process.argv.slice(2);
if (args[0] !== 'copy') {
  process.stderr.write('usage: npx tsx scripts/ui-preview.ts copy [--mode tty|plain|json] [--seconds N]\n');
  process.exit(2);
}
const option = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i < 0 ? undefined : args[i + 1];
};
const seconds = Number(option('seconds') ?? 120);
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
