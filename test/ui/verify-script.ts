/** A scripted `ksmig verify` (merge mode, three tables, a query replay of three shapes), event by event, for the view tests. */
import type { QueryShapeResult, VerifyEvent, VerifyProgressEvent } from '../../src/verify/events.js';
import type { VerifyControl } from '../../src/workflows/verify.js';

export const TABLES = ['shop.customers', 'shop.orders', 'metrics.events'] as const;
type Table = (typeof TABLES)[number];

export const plan: Extract<VerifyEvent, { type: 'plan' }> = {
  type: 'plan',
  mode: 'merge',
  originPartitioner: 'Murmur3Partitioner',
  targetPartitioner: 'Murmur3Partitioner',
  tables: [
    { table: 'shop.customers', target: 'shop.customers', ranges: 1024, estimatedRows: 2_000_000 },
    { table: 'shop.orders', target: 'shop.orders', ranges: 1536, estimatedRows: 4_000_000 },
    { table: 'metrics.events', target: 'metrics.events', ranges: 512, estimatedRows: 800_000 },
  ],
  samplePercent: 100,
  shard: undefined,
  queryShapes: 3,
};

type Counts = [compared: number, rangesDone: number, missing?: number, extra?: number, different?: number];

/** Totals at `at` seconds, per table `[compared, rangesDone, missing, extra, different]` (missing: nothing yet). */
export function progress(at: number, tables: Partial<Record<Table, Counts>>, extra: Partial<VerifyProgressEvent> = {}): VerifyProgressEvent {
  const rows = plan.tables.map((t) => {
    const [compared, rangesDone, missing, extraRows, different] = tables[t.table as Table] ?? [0, 0];
    return { table: t.table, compared, missing: missing ?? 0, extra: extraRows ?? 0, different: different ?? 0, rangesDone, rangesTotal: t.ranges, estimatedRows: t.estimatedRows };
  });
  const sum = (pick: (t: (typeof rows)[number]) => number): number => rows.reduce((s, t) => s + pick(t), 0);
  return {
    type: 'progress',
    elapsedSeconds: at,
    compared: sum((t) => t.compared),
    missing: sum((t) => t.missing),
    extra: sum((t) => t.extra),
    different: sum((t) => t.different),
    rowsPerSecond: 12_340,
    rangesDone: sum((t) => t.rangesDone),
    rangesTotal: 3072,
    activeRanges: ['shop.orders#96', 'shop.orders#97'],
    tables: rows,
    ...extra,
  };
}

/** Before any row is compared. */
export const start: VerifyEvent[] = [
  { type: 'connected', origin: '10.0.4.21:9042', target: 'cassandra.eu-west-1.amazonaws.com:9142', targetKind: 'keyspaces' },
  plan,
  { type: 'warning', message: 'metrics.events has no TTL on the target: TTLs are not compared' },
];

/** shop.customers is done and identical; shop.orders finds a missing, an extra and a different row; a retry. */
export const middle: VerifyEvent[] = [
  { type: 'range-start', table: 'shop.customers', range: 0 },
  { type: 'range-done', table: 'shop.customers', range: 0, compared: 1953 },
  progress(60, { 'shop.customers': [1_000_000, 512] }),
  { type: 'table-done', table: 'shop.customers', compared: 2_012_345, missing: 0, extra: 0, different: 0, seconds: 163 },
  { type: 'range-start', table: 'shop.orders', range: 0 },
  { type: 'difference', kind: 'missing', table: 'shop.orders', key: { order_id: 42 }, columns: [], origin: { total: '9.99', status: 'paid' } },
  { type: 'difference', kind: 'extra', table: 'shop.orders', key: { order_id: 43 }, columns: [], target: { total: '1.00', status: 'new' } },
  { type: 'difference', kind: 'different', table: 'shop.orders', key: { order_id: 44 }, columns: ['total', 'status'], origin: { total: '12.50', status: 'paid' }, target: { total: '12.5', status: 'PAID' } },
  { type: 'retry', table: '', side: 'target', cause: 'ReadTimeout at LOCAL_QUORUM', attempt: 1, delayMs: 200 },
  progress(300, { 'shop.customers': [2_012_345, 1024], 'shop.orders': [1_640_000, 630, 1, 1, 1] }),
];

/** --fix: the three rows repaired, the re-check finds the table identical, shop.orders is done. */
export const repaired: VerifyEvent[] = [
  { type: 'repair', table: 'shop.orders', action: 'written', key: { order_id: 42 } },
  { type: 'repair', table: 'shop.orders', action: 'deleted', key: { order_id: 43 } },
  { type: 'repair', table: 'shop.orders', action: 'written', key: { order_id: 44 } },
  progress(610, { 'shop.customers': [2_012_345, 1024], 'shop.orders': [4_099_999, 1536, 1, 1, 1] }, { activeRanges: [] }),
  { type: 'recheck', table: 'shop.orders', repaired: 3, stillDifferent: 0 },
  { type: 'table-done', table: 'shop.orders', compared: 4_099_999, missing: 1, extra: 1, different: 1, seconds: 447 },
];

export const matchShape: QueryShapeResult = {
  shape: 'SELECT id, name, email FROM shop.customers WHERE id = ?',
  runs: 200, match: 200, mismatch: 0, errors: 0, explained: 0, explanations: [],
  latency: { origin: { p50: 1.2, p99: 4.1 }, target: { p50: 3.4, p99: 9.8 } },
};

export const mismatchShape: QueryShapeResult = {
  shape: 'SELECT order_id, total, status FROM shop.orders WHERE customer_id = ? AND day IN ?',
  runs: 120, match: 100, mismatch: 5, errors: 0, explained: 15,
  explanations: ['Keyspaces returns IN results in IN-list order'],
  latency: { origin: { p50: 2.1, p99: 8 }, target: { p50: 4.6, p99: 14 } },
  firstMismatch: {
    statement: "SELECT order_id, total, status FROM shop.orders WHERE customer_id = 7 AND day IN ('2024-01-01', '2024-01-02')",
    diff: "row 2 total: origin 12.50 │ target 12.5\nrow 2 status: origin 'paid' │ target 'PAID'",
  },
};

export const errorShape: QueryShapeResult = {
  shape: 'SELECT * FROM shop.orders_by_status WHERE status = ?',
  runs: 40, match: 0, mismatch: 0, errors: 40, explained: 0, explanations: [],
  latency: { origin: { p50: 0.9, p99: 2 }, target: { p50: 0, p99: 0 } },
  firstErrors: [{ side: 'target', message: 'unconfigured table orders_by_status', finding: { ruleId: 'KS1101', message: 'Keyspaces has no materialized views' } }],
};

/** The query replay, shape by shape. */
export const queries: VerifyEvent[] = [
  { type: 'query', result: matchShape },
  { type: 'query', result: mismatchShape },
  { type: 'query', result: errorShape },
];

/** The last event. */
export const summary: Extract<VerifyEvent, { type: 'summary' }> = {
  type: 'summary',
  tables: [
    { table: 'shop.customers', compared: 2_012_345, missing: 0, extra: 0, different: 0, keys: [] },
    {
      table: 'shop.orders', compared: 4_099_999, missing: 1, extra: 1, different: 1,
      keys: [
        { kind: 'missing', key: { order_id: 42 }, columns: [] },
        { kind: 'extra', key: { order_id: 43 }, columns: [] },
        { kind: 'different', key: { order_id: 44 }, columns: ['total', 'status'] },
      ],
    },
    { table: 'metrics.events', compared: 811_000, missing: 0, extra: 0, different: 0, keys: [] },
  ],
  queries: [matchShape, mismatchShape, errorShape].map(({ shape, runs, match, mismatch, errors }) => ({ shape, runs, match, mismatch, errors })),
};

/** metrics.events done, the queries replayed, the summary. */
export const finish: VerifyEvent[] = [
  { type: 'table-done', table: 'metrics.events', compared: 811_000, missing: 0, extra: 0, different: 0, seconds: 90 },
  progress(700, { 'shop.customers': [2_012_345, 1024], 'shop.orders': [4_099_999, 1536, 1, 1, 1], 'metrics.events': [811_000, 512] }, { activeRanges: [], queries: { shapesDone: 3, shapesTotal: 3 } }),
  ...queries,
  summary,
];

/** A `VerifyControl` that records what it was asked. */
export function recordingControl(): { control: VerifyControl; calls: string[] } {
  const calls: string[] = [];
  return { calls, control: { stop: () => void calls.push('stop') } };
}
