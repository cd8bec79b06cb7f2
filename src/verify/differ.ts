/**
 * The data diff. Both sides are read range by range at a read budget; each row of the origin is
 * matched with the target's by primary key and compared by type:
 *
 * - **merge** (the target's partitioner is the origin's): the same token range is streamed from
 *   both sides and the two streams are merged in token and clustering order, so memory holds one
 *   page per side. Each stream checks its own order as it goes; a side that is not in the order
 *   this module expects (a clustering type compared differently) has its range compared by key
 *   lookups instead, so an ordering mistake can cost speed, never a false difference.
 * - **lookup** (the partitioners differ, e.g. Keyspaces' DefaultPartitioner): origin rows are looked
 *   up on the target by key, in parallel; extras are found by a scan of the target whose rows are
 *   looked up on the origin.
 *
 * Differences are reported as they are found; with `repair`, each missing or different row is
 * written again from the origin (and extras deleted with `fixExtra`) right away, and re-checked at
 * the end of the table.
 */
import cassandra from 'cassandra-driver';
import { backoffDelayMs, throttleKindOf } from '../clusters/retry-policy.js';
import { readUnits } from '../keyspaces/metering.js';
import type { TokenBucket } from '../keyspaces/token-bucket.js';
import { rangeQuery, scanRange } from '../scan/range-scan.js';
import type { TokenRange } from '../scan/ranges.js';
import { qualifiedName, quoteName, type ColumnType } from '../scan/table-shape.js';
import type { Partitioner } from '../scan/tokens.js';
import { redact } from '../shared/redact.js';
import { canonical, valuesEqual, type ColumnComparison } from './compare.js';
import type { RowDifference } from './events.js';
import { compareClustering, compareStrings } from './order.js';
import type { Repairer } from './repair.js';
import type { DiffRow, TablePair } from './table-pair.js';

/** Counts of one compared range (or table). */
export interface DiffCounts {
  compared: number;
  missing: number;
  extra: number;
  different: number;
}

/** What the differ needs for every range. */
export interface DifferContext {
  origin: cassandra.Client;
  target: cassandra.Client;
  partitioner: Partitioner;
  fetchSize: number;
  readConsistency: number;
  /** Read units per second on the target, or undefined (unlimited). */
  budget: TokenBucket | undefined;
  /** Point lookups in flight at most. */
  lookupConcurrency: number;
  onDifference: (difference: RowDifference) => Promise<void> | void;
  onRetry: (side: 'origin' | 'target', cause: string, attempt: number, delayMs: number) => void;
  stopped: () => boolean;
  repair: Repairer | undefined;
  /** How long a side may be unreachable before the range fails. */
  maxUnavailableMs: number;
}

/** Thrown out of a merge when a stream is not in the expected order. */
class OrderMismatch extends Error {}

const equal = (a: unknown, b: unknown, c: ColumnComparison): boolean => valuesEqual(c.adapt === undefined ? a : c.adapt(a), b, c.type);

/** Compares one range by merging both sides' streams; falls back to lookups when a stream is out of order. */
export async function mergeRange(ctx: DifferContext, pair: TablePair, range: TokenRange): Promise<DiffCounts> {
  try {
    return await merge(ctx, pair, range);
  } catch (error) {
    if (!(error instanceof OrderMismatch)) throw error;
    return lookupRange(ctx, pair, range, true);
  }
}

async function merge(ctx: DifferContext, pair: TablePair, range: TokenRange): Promise<DiffCounts> {
  const counts: DiffCounts = { compared: 0, missing: 0, extra: 0, different: 0 };
  const origin = rows(ctx, pair, 'origin', range);
  const target = rows(ctx, pair, 'target', range);
  let o = await origin.next();
  let t = await target.next();
  // Repairs found in this range: applied once both streams are past them (not mid-stream).
  while (!o.done || !t.done) {
    if (ctx.stopped()) break;
    const order = o.done ? 1 : t.done ? -1 : compareRows(pair, o.value, t.value);
    if (order < 0) {
      counts.missing++;
      await report(ctx, pair, 'missing', o.value as DiffRow, undefined);
      o = await origin.next();
    } else if (order > 0) {
      counts.extra++;
      await report(ctx, pair, 'extra', undefined, t.value as DiffRow);
      t = await target.next();
    } else {
      counts.compared++;
      const columns = pair.differing(o.value as DiffRow, t.value as DiffRow, equal);
      if (columns.length > 0) {
        counts.different++;
        await report(ctx, pair, 'different', o.value as DiffRow, t.value as DiffRow, columns);
      }
      o = await origin.next();
      t = await target.next();
    }
  }
  await origin.return(undefined);
  await target.return(undefined);
  return counts;
}

/**
 * Compares one range by key lookups: every origin row is looked up on the target; with `extras`,
 * every target row of the range is looked up on the origin too (same partitioner only).
 */
export async function lookupRange(ctx: DifferContext, pair: TablePair, range: TokenRange, extras: boolean): Promise<DiffCounts> {
  const counts: DiffCounts = { compared: 0, missing: 0, extra: 0, different: 0 };
  await inParallel(ctx, rows(ctx, pair, 'origin', range, false), async (o) => {
    const t = await lookup(ctx, pair, 'target', o);
    if (t === undefined) {
      counts.missing++;
      await report(ctx, pair, 'missing', o, undefined);
      return;
    }
    counts.compared++;
    const columns = pair.differing(o, t, equal);
    if (columns.length > 0) {
      counts.different++;
      await report(ctx, pair, 'different', o, t, columns);
    }
  });
  if (extras) {
    const found = await findExtras(ctx, pair, range);
    counts.extra += found;
  }
  return counts;
}

/** Scans the target (a range, or the whole table when `range` is undefined) and reports rows the origin lacks. */
export async function findExtras(ctx: DifferContext, pair: TablePair, range: TokenRange | undefined): Promise<number> {
  let extra = 0;
  const source = range === undefined ? wholeTable(ctx, pair) : rows(ctx, pair, 'target', range, false);
  await inParallel(ctx, source, async (t) => {
    const o = await lookup(ctx, pair, 'origin', t);
    if (o !== undefined) return;
    extra++;
    await report(ctx, pair, 'extra', undefined, t);
  });
  return extra;
}

/** Re-reads both sides of `keys` and returns the keys that still differ. */
export async function recheck(ctx: DifferContext, pair: TablePair, keys: readonly DiffRow[]): Promise<number> {
  let still = 0;
  await inParallel(ctx, toAsync(keys), async (k) => {
    const [o, t] = await Promise.all([lookup(ctx, pair, 'origin', k), lookup(ctx, pair, 'target', k)]);
    if (o === undefined && t === undefined) return;
    if (o === undefined || t === undefined || pair.differing(o, t, equal).length > 0) still++;
  });
  return still;
}

async function report(ctx: DifferContext, pair: TablePair, kind: RowDifference['kind'], origin: DiffRow | undefined, target: DiffRow | undefined, columns: string[] = []): Promise<void> {
  const keyRow = (origin ?? target) as DiffRow;
  const difference: RowDifference = {
    kind,
    table: pair.table,
    key: pair.keyObject(keyRow),
    columns,
    ...(kind === 'missing' && origin ? { origin: pair.valuesObject(origin) } : {}),
    ...(kind === 'extra' && target ? { target: pair.valuesObject(target) } : {}),
    ...(kind === 'different' && origin && target ? { origin: pair.valuesObject(origin, columns), target: pair.valuesObject(target, columns) } : {}),
  };
  await ctx.onDifference(difference);
  if (ctx.repair !== undefined) {
    if (kind === 'extra') await ctx.repair.removeExtra(pair, keyRow);
    else await ctx.repair.rewrite(pair, keyRow, origin as DiffRow, target);
  }
}

/** Merge order: token, then partition key, then clustering. */
function compareRows(pair: TablePair, a: DiffRow, b: DiffRow): number {
  if (a.token !== b.token) return a.token < b.token ? -1 : 1;
  const pk = pair.origin.partitionKey.length;
  const pa = pair.keyText(a, false);
  const pb = pair.keyText(b, false);
  if (pa !== pb) return compareStrings(pa, pb);
  return compareClustering(a.key.slice(pk), b.key.slice(pk), pair.clustering);
}

/** Rows of one side of a range, in scan order; with `checkOrder`, throws {@link OrderMismatch} on a row out of order. */
async function* rows(ctx: DifferContext, pair: TablePair, side: 'origin' | 'target', range: TokenRange, checkOrder = true): AsyncGenerator<DiffRow> {
  const client = side === 'origin' ? ctx.origin : ctx.target;
  const shape = side === 'origin' ? pair.origin : pair.targetShape;
  const query = rangeQuery(shape, side === 'origin' ? pair.originSelect : pair.targetSelect);
  let previous: DiffRow | undefined;
  for await (const page of scanRange(client, query, range, ctx.partitioner, {
    fetchSize: ctx.fetchSize,
    consistency: ctx.readConsistency,
    onFailure: failureHandler(ctx, side),
    stopped: ctx.stopped,
  })) {
    if (side === 'target') await charge(ctx, page.rows);
    for (const raw of page.rows) {
      const row = pair.row(raw);
      if (checkOrder && previous !== undefined && compareRows(pair, previous, row) >= 0) throw new OrderMismatch();
      previous = row;
      yield row;
    }
  }
}

/** Every row of the target table, by plain paging (no token ranges: e.g. Keyspaces' DefaultPartitioner). */
async function* wholeTable(ctx: DifferContext, pair: TablePair): AsyncGenerator<DiffRow> {
  const query = `SELECT ${pair.targetSelect.join(', ')} FROM ${qualifiedName(pair.targetShape.keyspace, pair.targetShape.name)}`;
  let pageState: string | undefined;
  const onFailure = failureHandler(ctx, 'target');
  for (;;) {
    if (ctx.stopped()) return;
    let result: cassandra.types.ResultSet | undefined;
    for (let attempt = 1; result === undefined; attempt++) {
      try {
        result = await ctx.target.execute(query, [], { prepare: true, fetchSize: ctx.fetchSize, consistency: ctx.readConsistency, ...(pageState ? { pageState } : {}) });
      } catch (error) {
        await onFailure(error, attempt);
      }
    }
    await charge(ctx, result.rows);
    for (const raw of result.rows) yield pair.row(raw);
    pageState = result.pageState ?? undefined;
    if (!pageState) return;
  }
}

/** The row with `key` on one side, or undefined. */
async function lookup(ctx: DifferContext, pair: TablePair, side: 'origin' | 'target', key: DiffRow): Promise<DiffRow | undefined> {
  const shape = side === 'origin' ? pair.origin : pair.targetShape;
  const select = side === 'origin' ? pair.originSelect : pair.targetSelect;
  const where = pair.keyNames.map((n) => `${quoteName(n)} = ?`).join(' AND ');
  const query = `SELECT ${select.join(', ')} FROM ${qualifiedName(shape.keyspace, shape.name)} WHERE ${where}`;
  const client = side === 'origin' ? ctx.origin : ctx.target;
  const onFailure = failureHandler(ctx, side);
  for (let attempt = 1; ; attempt++) {
    try {
      const rs = await client.execute(query, key.key as cassandra.ArrayOrObject, { prepare: true, consistency: ctx.readConsistency, isIdempotent: true });
      if (side === 'target') await charge(ctx, rs.rows);
      const first = rs.first();
      return first === null ? undefined : pair.row(first);
    } catch (error) {
      await onFailure(error, attempt);
    }
  }
}

function failureHandler(ctx: DifferContext, side: 'origin' | 'target'): (error: unknown, attempt: number) => Promise<void> {
  let since: number | undefined;
  return async (error, attempt) => {
    if (attempt === 1) since = Date.now();
    const transient = throttleKindOf(error) !== undefined || isUnreachable(error);
    if (!transient && attempt >= 4) throw error;
    if (transient && Date.now() - (since ?? Date.now()) > ctx.maxUnavailableMs) throw error;
    const delayMs = backoffDelayMs(Math.min(attempt, 8), { baseDelayMs: 200, maxDelayMs: 5000 });
    ctx.onRetry(side, redact(error instanceof Error ? error.message : String(error)), attempt, delayMs);
    await new Promise((r) => setTimeout(r, delayMs));
  };
}

function isUnreachable(error: unknown): boolean {
  return error instanceof cassandra.errors.NoHostAvailableError || error instanceof cassandra.errors.OperationTimedOutError || error instanceof cassandra.errors.BusyConnectionError;
}

/** Takes the read units of `rows` (as Keyspaces meters them, LOCAL_QUORUM) from the budget. */
async function charge(ctx: DifferContext, rowsRead: readonly cassandra.types.Row[]): Promise<void> {
  const budget = ctx.budget;
  if (budget === undefined || rowsRead.length === 0) return;
  let bytes = 0;
  for (const row of rowsRead) for (const v of row.values()) bytes += approximateBytes(v);
  const units = readUnits(bytes);
  for (;;) {
    const wait = budget.waitMs(units);
    if (wait <= 0) break;
    await new Promise((r) => setTimeout(r, Math.min(wait, 250)));
  }
  budget.charge(units);
}

/** About how many bytes a value takes on the wire (for read metering). */
export function approximateBytes(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'string') return Buffer.byteLength(value);
  if (Buffer.isBuffer(value)) return value.length;
  if (typeof value === 'number' || typeof value === 'boolean') return 8;
  if (value instanceof Map) {
    let n = 0;
    for (const [k, v] of value) n += approximateBytes(k) + approximateBytes(v) + 8;
    return n;
  }
  if (value instanceof Set || Array.isArray(value)) {
    let n = 0;
    for (const v of value) n += approximateBytes(v) + 4;
    return n;
  }
  if (value.constructor === Object) {
    let n = 0;
    for (const v of Object.values(value as Record<string, unknown>)) n += approximateBytes(v) + 4;
    return n;
  }
  return 16;
}

/** Runs `work` for every item of `source` with bounded concurrency. */
async function inParallel<T>(ctx: DifferContext, source: AsyncIterable<T>, work: (item: T) => Promise<void>): Promise<void> {
  const running = new Set<Promise<void>>();
  let failure: unknown;
  for await (const item of source) {
    if (failure !== undefined) throw failure;
    if (ctx.stopped()) break;
    const p: Promise<void> = work(item)
      .catch((error: unknown) => {
        failure ??= error;
      })
      .finally(() => running.delete(p));
    running.add(p);
    if (running.size >= ctx.lookupConcurrency) await Promise.race(running);
  }
  await Promise.all(running);
  if (failure !== undefined) throw failure;
}

async function* toAsync<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

/** The canonical key text of a row (for de-duplicating repairs). */
export function keyTextOf(pair: TablePair, row: DiffRow): string {
  return pair.keyTypes.map((t: ColumnType, i) => canonical(row.key[i], t)).join('|');
}
