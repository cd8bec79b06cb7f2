/** A scripted `ksmig copy`, event by event, for the view tests. */
import type { CopyControl, CopyEvent, CopyPlanEvent, CopyProgressEvent } from '../../src/copy/events.js';

export const TABLES = ['shop.customers', 'shop.orders', 'shop.order_items_by_customer_and_day', 'metrics.events', 'metrics.daily_rollups'] as const;

export const plan: CopyPlanEvent = {
  type: 'plan',
  tables: [
    { table: 'shop.customers', target: 'shop.customers', ranges: 1024, finishedRanges: 0, estimatedRows: 2_000_000, estimatedBytes: 1_600_000_000, estimatedWriteUnits: 2_000_000, fidelity: 'values', conversions: [] },
    { table: 'shop.orders', target: 'shop.orders', ranges: 1536, finishedRanges: 0, estimatedRows: 4_000_000, estimatedBytes: 3_000_000_000, estimatedWriteUnits: 4_000_000, fidelity: 'ttl', conversions: [] },
    { table: 'shop.order_items_by_customer_and_day', target: 'shop.order_items_by_customer_and_day', ranges: 768, finishedRanges: 0, estimatedRows: undefined, estimatedBytes: undefined, estimatedWriteUnits: undefined, fidelity: 'values', conversions: [] },
    { table: 'metrics.events', target: 'metrics.events', ranges: 512, finishedRanges: 0, estimatedRows: 800_000, estimatedBytes: 600_000_000, estimatedWriteUnits: 800_000, fidelity: 'ttl+writetime', conversions: ['d: duration → text'] },
    { table: 'metrics.daily_rollups', target: 'metrics.daily_rollups', ranges: 256, finishedRanges: 0, estimatedRows: 50_000, estimatedBytes: 4_000_000, estimatedWriteUnits: 50_000, fidelity: 'counter', conversions: [] },
  ],
  shard: undefined,
  rate: 2000,
  estimatedSeconds: 3400,
  partitioner: 'org.apache.cassandra.dht.Murmur3Partitioner',
  concurrency: 16,
  checkpoint: 'ksmig-copy.json',
  resumed: false,
  dryRun: false,
};

type TableProgress = CopyProgressEvent['tables'][number];

/** Per-table progress, `[rowsWritten, rangesDone, rowsRejected]` by table (missing: nothing yet). */
export function progress(at: number, tables: Partial<Record<(typeof TABLES)[number], [number, number, number?]>>, extra: Partial<CopyProgressEvent> = {}): CopyProgressEvent {
  const rows: TableProgress[] = plan.tables.map((t) => {
    const [written, ranges, rejected] = tables[t.table as (typeof TABLES)[number]] ?? [0, 0, 0];
    return { table: t.table, rowsRead: written + (rejected ?? 0), rowsWritten: written, rowsRejected: rejected ?? 0, rangesDone: ranges, rangesTotal: t.ranges, estimatedRows: t.estimatedRows };
  });
  const sum = (pick: (t: TableProgress) => number): number => rows.reduce((s, t) => s + pick(t), 0);
  return {
    type: 'progress',
    elapsedSeconds: at,
    rowsRead: sum((t) => t.rowsRead),
    rowsWritten: sum((t) => t.rowsWritten),
    rowsRejected: sum((t) => t.rowsRejected),
    writeUnits: sum((t) => t.rowsWritten),
    rowsPerSecond: 1950,
    writeUnitsPerSecond: 1950,
    rateLimit: 2000,
    rateBudget: 2000,
    rangesDone: sum((t) => t.rangesDone),
    rangesTotal: 4096,
    activeRanges: ['shop.customers#512', 'shop.customers#513', 'shop.orders#7', 'shop.orders#9'],
    throttled: 0,
    retries: 0,
    etaSeconds: 2400,
    paused: false,
    tables: rows,
    ...extra,
  };
}

/** Before any row moves. */
export const start: CopyEvent[] = [
  { type: 'connected', origin: '10.0.4.21:9042', target: 'cassandra.eu-west-1.amazonaws.com:9142', targetKind: 'keyspaces' },
  plan,
  { type: 'warning', message: 'metrics.events keeps write times: Keyspaces rejects client timestamps older than 2 days' },
];

/** Half of shop.customers done, shop.orders started; the target throttles; a reject and a range split. */
export const middle: CopyEvent[] = [
  { type: 'table-start', table: 'shop.customers' },
  { type: 'range-start', table: 'shop.customers', range: 0, start: '-9223372036854775808', end: '-9205357638345293825' },
  { type: 'range-done', table: 'shop.customers', range: 0, rows: 1953 },
  { type: 'table-start', table: 'shop.orders' },
  { type: 'throttled', table: 'shop.orders', kind: 'WriteThrottleEvents', retry: 1, delayMs: 100 },
  { type: 'rate', limit: 1500, reason: 'throttled' },
  { type: 'retry', table: 'shop.orders', side: 'target', cause: 'WriteTimeout at LOCAL_QUORUM', attempt: 1, delayMs: 200 },
  { type: 'reject', table: 'shop.orders', key: { order_id: 42 }, cause: 'Invalid unset value for column "total"' },
  { type: 'range-split', table: 'shop.orders', range: 9, parts: 4, cause: 'ReadTimeout at LOCAL_QUORUM' },
  progress(500, { 'shop.customers': [1_000_000, 512], 'shop.orders': [250_000, 96, 1] }, { rateLimit: 1500, writeUnitsPerSecond: 1480, rowsPerSecond: 1480, throttled: 12, retries: 3 }),
];

/** shop.customers finishes. */
export const customersDone: CopyEvent[] = [
  { type: 'table-done', table: 'shop.customers', read: 2_012_345, written: 2_012_345, rejected: 0, seconds: 1010, fidelity: 'values' },
  progress(1012, { 'shop.customers': [2_012_345, 1024], 'shop.orders': [800_000, 307, 1] }, { rateLimit: 1500, writeUnitsPerSecond: 1490, rowsPerSecond: 1490, throttled: 12, retries: 3, activeRanges: ['shop.orders#301', 'shop.orders#305'] }),
];

/** The copy pauses. */
export const paused: CopyEvent[] = [
  { type: 'paused' },
  progress(1020, { 'shop.customers': [2_012_345, 1024], 'shop.orders': [812_000, 310, 1] }, { rateLimit: 1500, writeUnitsPerSecond: 0, rowsPerSecond: 0, throttled: 12, retries: 3, paused: true, etaSeconds: undefined, activeRanges: [] }),
];

/** The last event. */
export const summary: Extract<CopyEvent, { type: 'summary' }> = {
  type: 'summary',
  tables: [
    { table: 'shop.customers', read: 2_012_345, written: 2_012_345, rejected: 0, seconds: 1010 },
    { table: 'shop.orders', read: 4_100_000, written: 4_099_999, rejected: 1, seconds: 2210 },
    { table: 'shop.order_items_by_customer_and_day', read: 912_000, written: 912_000, rejected: 0, seconds: 640 },
    { table: 'metrics.events', read: 811_000, written: 811_000, rejected: 0, seconds: 400 },
    { table: 'metrics.daily_rollups', read: 50_100, written: 50_100, rejected: 0, seconds: 30 },
  ],
};

/** Everything done, then the summary. */
export const finish: CopyEvent[] = [
  { type: 'resumed' },
  ...(['shop.orders', 'shop.order_items_by_customer_and_day', 'metrics.events', 'metrics.daily_rollups'] as const).map((table) => {
    const s = summary.tables.find((t) => t.table === table)!;
    return { type: 'table-done' as const, table, read: s.read, written: s.written, rejected: s.rejected, seconds: s.seconds, fidelity: 'values' as const };
  }),
  progress(3600, { 'shop.customers': [2_012_345, 1024], 'shop.orders': [4_099_999, 1536, 1], 'shop.order_items_by_customer_and_day': [912_000, 768], 'metrics.events': [811_000, 512], 'metrics.daily_rollups': [50_100, 256] }, { activeRanges: [], etaSeconds: 0 }),
  summary,
];

/** A `CopyControl` that records what it was asked. */
export function recordingControl(rate: number | undefined): { control: CopyControl; calls: string[] } {
  const calls: string[] = [];
  let budget = rate;
  return {
    calls,
    control: {
      pause: () => void calls.push('pause'),
      resume: () => void calls.push('resume'),
      setRate: (units) => {
        calls.push(`setRate ${String(units)}`);
        budget = units;
      },
      get rate() {
        return budget;
      },
      stop: () => void calls.push('stop'),
    },
  };
}
