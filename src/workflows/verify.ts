/**
 * `ksmig verify` as a service: proves that the target holds what the origin holds. It connects both
 * sides, decides how rows are matched (merge when the partitioners are the same, key lookups when
 * not), compares every table range by range at the read budget — or a sample of the ranges —
 * reports each missing, extra and different row with its key as it is found, optionally repairs
 * them and re-checks the repairs, replays the application's queries on both sides when asked, and
 * ends with the summary. The caller renders the events and writes the report.
 */
import cassandra from 'cassandra-driver';
import { TokenBucket } from '../keyspaces/token-bucket.js';
import { planTableRanges, shardIndexes } from '../scan/plan.js';
import type { TokenRange } from '../scan/ranges.js';
import { readPartitionerClass } from '../scan/ring.js';
import { readSizeEstimates } from '../scan/size-estimates.js';
import { readTableShape, type TableShape } from '../scan/table-shape.js';
import { IncompatibleTypesError } from '../scan/values.js';
import { usageError } from '../shared/errors.js';
import type { EventListener } from '../shared/events.js';
import { RateWindow } from '../shared/rate-window.js';
import { findExtras, lookupRange, mergeRange, recheck, type DiffCounts, type DifferContext } from '../verify/differ.js';
import type { DifferenceKind, RowDifference, VerifyEvent, VerifyMode } from '../verify/events.js';
import { Repairer } from '../verify/repair.js';
import { TablePair } from '../verify/table-pair.js';
import { checkKeyspaces, JobSessions, readScannableRing, type TableJobOptions } from './sessions.js';
import { resolveTables } from './tables.js';

/** What `ksmig verify` was asked to do, resolved from flags and config. */
export interface VerifyOptions extends TableJobOptions {
  /** Read units per second on the target for the whole job (all shards); unlimited when absent. */
  rate: number | undefined;
  /** Reads in flight at most (lookups). */
  concurrency: number;
  /** Compare this percentage of the ranges (100: everything). */
  samplePercent: number;
  /** Compare TTLs, allowing this many seconds of difference. */
  compareTtl: number | undefined;
  /** Compare writetimes, allowing this many microseconds of difference. */
  compareWritetime: number | undefined;
  fix: boolean;
  fixExtra: boolean;
  /** The `--report` file, echoed in the plan so the views know every difference is kept. */
  report?: string | undefined;
  /** Called with every difference (all of them; events and the summary keep the first 1,000 per table). */
  onDifference?: (difference: RowDifference) => void | Promise<void>;
}

/** What the verify found, per table. */
export interface VerifyTableResult extends DiffCounts {
  table: string;
  target: string;
  seconds: number;
  /** Rows repaired (written or deleted) and how many still differ after the re-check. */
  repaired: number;
  stillDifferent: number;
  keys: Array<{ kind: DifferenceKind; key: Record<string, unknown>; columns: string[] }>;
}

export interface VerifyResult {
  mode: VerifyMode;
  tables: VerifyTableResult[];
  /** True when differences remain (after repairs, when repairing). */
  differencesRemain: boolean;
  interrupted: boolean;
}

/** Keys kept per table in events and the summary. */
export const KEYS_PER_TABLE = 1000;

/** Controls of a running verify. */
export interface VerifyControl {
  stop(): void;
}

/** Runs the data verification. Usage problems are `KsmigError`s of kind `usage`; an unreachable cluster is a connection error. */
export async function runVerifyWorkflow(options: VerifyOptions, onEvent: EventListener<VerifyEvent>, onControl: (control: VerifyControl) => void = () => undefined): Promise<VerifyResult> {
  checkKeyspaces('verify', options);
  if (!(options.samplePercent > 0 && options.samplePercent <= 100)) throw usageError(`--sample expects a percentage above 0 and at most 100, got ${options.samplePercent}`);
  let stopped = false;
  onControl({ stop: () => (stopped = true) });
  const sessions = new JobSessions();
  try {
    const { origin, target } = await sessions.connect(options, onEvent);

    const tables = await resolveTables(origin.client, options.keyspaces, options.tables);
    const keyspaceOf = (ks: string): string => options.targetKeyspace ?? ks;
    const ring = await readScannableRing(origin.client, 'verify');
    const partitioner = ring.partitioner;
    const targetPartitioner = await readPartitionerClass(target.client);
    const mode: VerifyMode = targetPartitioner === ring.partitionerClass ? 'merge' : 'lookup';
    const timestamps = target.kind === 'keyspaces' ? await clientTimestampTables(target.client, tables, keyspaceOf) : undefined;

    // Plans per table: the pair (or none when the target lacks the table), ranges, estimates.
    const plans: Array<{ shape: TableShape; pair: TablePair | undefined; ranges: TokenRange[]; estimatedRows: number | undefined }> = [];
    for (const shape of tables) {
      await target.client.metadata.refreshKeyspace(keyspaceOf(shape.keyspace)).catch(() => undefined);
      const targetShape = await readTableShape(target.client, keyspaceOf(shape.keyspace), shape.name).catch(() => undefined);
      let pair: TablePair | undefined;
      if (targetShape !== undefined) {
        try {
          pair = new TablePair(shape, targetShape, { ttlToleranceSeconds: options.compareTtl, writetimeToleranceMicros: options.compareWritetime });
        } catch (error) {
          if (error instanceof IncompatibleTypesError) throw usageError(`${shape.keyspace}.${shape.name}: ${error.message}`);
          throw error;
        }
      } else {
        onEvent({ type: 'warning', message: `the target has no table ${keyspaceOf(shape.keyspace)}.${shape.name}: every row of ${shape.keyspace}.${shape.name} is missing there` });
      }
      const estimates = await readSizeEstimates(origin.client, shape.keyspace, shape.name);
      const all = planTableRanges(ring.tokens, partitioner, { splits: options.splits, estimates: estimates.partitions > 0 ? estimates : undefined, sharded: options.shard !== undefined });
      const mine = shardIndexes(all.length, options.shard);
      // A sample is every k-th range, spread over the ring.
      const every = Math.max(1, Math.round(100 / options.samplePercent));
      const ranges = mine.filter((_, i) => i % every === 0).map((i) => all[i] as TokenRange);
      const share = all.length === 0 ? 0 : ranges.length / all.length;
      plans.push({ shape, pair, ranges, estimatedRows: estimates.partitions > 0 ? Math.round(estimates.partitions * share) : undefined });
    }
    onEvent({
      type: 'plan',
      mode,
      originPartitioner: short(ring.partitionerClass),
      targetPartitioner: short(targetPartitioner),
      tables: plans.map((p) => ({ table: id(p.shape), target: `${keyspaceOf(p.shape.keyspace)}.${p.shape.name}`, ranges: p.ranges.length, estimatedRows: p.estimatedRows })),
      samplePercent: options.samplePercent,
      shard: options.shard === undefined ? undefined : `${options.shard.index}/${options.shard.count}`,
      queryShapes: undefined,
      ...(options.report !== undefined ? { report: options.report } : {}),
    });

    const budget = options.rate === undefined ? undefined : new TokenBucket(options.rate / (options.shard?.count ?? 1), Date.now);
    const state = new Map<string, VerifyTableResult & { rangesDone: number; rangesTotal: number; estimatedRows: number | undefined }>();
    for (const p of plans) {
      state.set(id(p.shape), {
        table: id(p.shape),
        target: `${keyspaceOf(p.shape.keyspace)}.${p.shape.name}`,
        compared: 0,
        missing: 0,
        extra: 0,
        different: 0,
        seconds: 0,
        repaired: 0,
        stillDifferent: 0,
        keys: [],
        rangesDone: 0,
        rangesTotal: p.ranges.length,
        estimatedRows: p.estimatedRows,
      });
    }
    const repairer =
      options.fix || options.fixExtra
        ? new Repairer(origin.client, target.client, (t) => timestamps?.has(t) ?? true, options.fixExtra, (table, action, row, pair) => {
            const s = state.get(table);
            if (s) s.repaired++;
            onEvent({ type: 'repair', table, action, key: pair.keyObject(row) });
          })
        : undefined;
    const ctx: DifferContext = {
      origin: origin.client,
      target: target.client,
      partitioner,
      fetchSize: options.fetchSize,
      readConsistency: cassandra.types.consistencies.localQuorum,
      budget,
      lookupConcurrency: Math.max(4, options.concurrency),
      onDifference: async (d) => {
        const s = state.get(d.table);
        if (s !== undefined && s.keys.length < KEYS_PER_TABLE) {
          s.keys.push({ kind: d.kind, key: d.key, columns: d.columns });
          onEvent({ type: 'difference', ...d });
        }
        await options.onDifference?.(d);
      },
      onRetry: (side, cause, attempt, delayMs) => onEvent({ type: 'retry', table: '', side, cause, attempt, delayMs }),
      stopped: () => stopped,
      repair: repairer,
      maxUnavailableMs: options.maxUnavailableSeconds * 1000,
    };

    const started = Date.now();
    const active = new Set<string>();
    let comparedSoFar = 0;
    const speed = new RateWindow({ compared: 0 });
    const progress = (): void => {
      const now = Date.now();
      const totals = [...state.values()];
      const compared = totals.reduce((a, t) => a + t.compared, 0);
      comparedSoFar = compared;
      onEvent({
        type: 'progress',
        elapsedSeconds: (now - started) / 1000,
        compared,
        missing: totals.reduce((a, t) => a + t.missing, 0),
        extra: totals.reduce((a, t) => a + t.extra, 0),
        different: totals.reduce((a, t) => a + t.different, 0),
        rowsPerSecond: speed.sample({ compared })?.compared,
        rangesDone: totals.reduce((a, t) => a + t.rangesDone, 0),
        rangesTotal: totals.reduce((a, t) => a + t.rangesTotal, 0),
        activeRanges: [...active],
        tables: totals.map((t) => ({ table: t.table, compared: t.compared, missing: t.missing, extra: t.extra, different: t.different, rangesDone: t.rangesDone, rangesTotal: t.rangesTotal, estimatedRows: t.estimatedRows })),
      });
    };
    const ticker = setInterval(progress, 250);
    try {
      for (const plan of plans) {
        if (stopped) break;
        const s = state.get(id(plan.shape)) as VerifyTableResult & { rangesDone: number };
        const tableStarted = Date.now();
        const tasks = plan.ranges.map((range, index) => ({ range, index }));
        const parallel = Math.max(2, Math.min(8, Math.ceil(options.concurrency / 16)));
        const add = (c: DiffCounts): void => {
          s.compared += c.compared;
          s.missing += c.missing;
          s.extra += c.extra;
          s.different += c.different;
        };
        await Promise.all(
          Array.from({ length: parallel }, async () => {
            for (;;) {
              const task = tasks.shift();
              if (task === undefined || stopped) return;
              const label = `${s.table}#${task.index}`;
              active.add(label);
              onEvent({ type: 'range-start', table: s.table, range: task.index });
              let counts: DiffCounts;
              if (plan.pair === undefined) counts = await missingTable(ctx, plan.shape, task.range, s.table, partitioner);
              else if (mode === 'merge') counts = await mergeRange(ctx, plan.pair, task.range);
              else counts = await lookupRange(ctx, plan.pair, task.range, false);
              add(counts);
              active.delete(label);
              s.rangesDone++;
              onEvent({ type: 'range-done', table: s.table, range: task.index, compared: counts.compared });
            }
          }),
        );
        // In lookup mode extras are found from the target's side (its own order, or none at all).
        if (!stopped && mode === 'lookup' && plan.pair !== undefined && options.samplePercent === 100 && options.shard === undefined) {
          s.extra += await findExtras(ctx, plan.pair, undefined);
        }
        if (!stopped && repairer !== undefined && plan.pair !== undefined) {
          const keys = repairer.repaired.get(s.table) ?? [];
          s.stillDifferent = await recheck(ctx, plan.pair, keys);
          onEvent({ type: 'recheck', table: s.table, repaired: s.repaired, stillDifferent: s.stillDifferent });
        }
        s.seconds = (Date.now() - tableStarted) / 1000;
        onEvent({ type: 'table-done', table: s.table, compared: s.compared, missing: s.missing, extra: s.extra, different: s.different, seconds: s.seconds });
      }
    } finally {
      clearInterval(ticker);
    }
    progress();
    void comparedSoFar;
    const results = [...state.values()].map(({ rangesDone: _d, rangesTotal: _t, estimatedRows: _e, ...r }) => r);
    const differencesRemain = results.some((t) => (repairer !== undefined ? t.stillDifferent > 0 || (!options.fixExtra && t.extra > 0) : t.missing + t.extra + t.different > 0));
    return { mode, tables: results, differencesRemain, interrupted: stopped };
  } finally {
    await sessions.close();
  }
}

/** Every origin row of `range` reported missing (the target has no such table). */
async function missingTable(ctx: DifferContext, shape: TableShape, range: TokenRange, table: string, partitioner: DifferContext['partitioner']): Promise<DiffCounts> {
  const { rangeQuery, scanRange } = await import('../scan/range-scan.js');
  const { jsonSafe } = await import('../scan/values.js');
  const { quoteName } = await import('../scan/table-shape.js');
  const keys = [...shape.partitionKey, ...shape.clustering];
  let missing = 0;
  for await (const page of scanRange(ctx.origin, rangeQuery(shape, keys.map((k) => quoteName(k.name))), range, partitioner, {
    fetchSize: ctx.fetchSize,
    onFailure: async () => {
      throw new Error('origin read failed');
    },
    stopped: ctx.stopped,
  })) {
    for (const row of page.rows) {
      missing++;
      const key: Record<string, unknown> = {};
      keys.forEach((k, i) => (key[k.name] = jsonSafe(row.get(i))));
      await ctx.onDifference({ kind: 'missing', table, key, columns: [] });
    }
  }
  return { compared: 0, missing, extra: 0, different: 0 };
}

/** Target tables (`ks.t`) that take client-side timestamps (Keyspaces: the table feature). */
async function clientTimestampTables(client: cassandra.Client, tables: readonly TableShape[], keyspaceOf: (ks: string) => string): Promise<Set<string>> {
  const out = new Set<string>();
  for (const t of tables) {
    const rs = await client.execute('SELECT custom_properties FROM system_schema_mcs.tables WHERE keyspace_name = ? AND table_name = ?', [keyspaceOf(t.keyspace), t.name], { prepare: false }).catch(() => undefined);
    const props = rs?.first()?.get('custom_properties') as Map<string, Map<string, string>> | Record<string, Record<string, string>> | undefined;
    const entry = props instanceof Map ? props.get('client_side_timestamps') : props?.['client_side_timestamps'];
    const status = entry instanceof Map ? entry.get('status') : entry?.['status'];
    if (status?.toLowerCase() === 'enabled') out.add(`${keyspaceOf(t.keyspace)}.${t.name}`);
  }
  return out;
}

const id = (t: { keyspace: string; name: string }): string => `${t.keyspace}.${t.name}`;
const short = (cls: string): string => cls.slice(cls.lastIndexOf('.') + 1);
