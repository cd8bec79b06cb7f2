/**
 * Query replay (`ksmig verify --queries`): the SELECTs of a query log or a CQL script, one shape at
 * a time, run on the origin and on the target with the same values, their whole results compared
 * (see `replay-compare.ts`) and each side timed. Each statement shape yields one
 * {@link QueryShapeResult}, emitted as soon as the shape is done.
 *
 * Values: every statement kept for a shape runs with its own literals, or with the bound values
 * its log recorded; a shape logged only with bind markers runs with values sampled from the
 * origin's rows (`replay-values.ts`); at most `samplesPerShape` runs a shape.
 *
 * Bounded: `concurrency` shapes at a time, one statement at a time within a shape, and nothing
 * kept of a run but its counts and the first diff — so memory holds at most `concurrency` pairs of
 * result sets (each capped at `maxRows` rows).
 */
import cassandra from 'cassandra-driver';
import type { RetryThrottledOptions } from '../clusters/retry-policy.js';
import type { Select } from '../cql/ast/nodes.js';
import { readPartitionerClass } from '../scan/ring.js';
import { readTableShape, type ColumnType, type TableShape } from '../scan/table-shape.js';
import { partitionerOf, type Partitioner } from '../scan/tokens.js';
import { jsonSafe } from '../scan/values.js';
import type { QueryLogFormat } from '../sources/query-logs/records.js';
import type { QueryShapeResult } from './events.js';
import { latencyOf } from './latency.js';
import { compareResultSets, type ComparePlan } from './replay-compare.js';
import { fetchAll, type FetchedResult, type FetchOptions } from './replay-fetch.js';
import { readReplayInput, type ReplayInput, type ReplayShapeInput } from './replay-input.js';
import { parseSelect, planSelect, printForKeyspace, type SelectPlan } from './replay-statement.js';
import { decodeLoggedValues, sampledParams, sampleRows, type SampleRow } from './replay-values.js';
import { appendAll } from '../shared/arrays.js';

/** The audit finding that explains why the target refused a statement. */
export interface ReplayFinding {
  ruleId: string;
  message: string;
}

/** A shape that was read but could not be run, and why. */
export interface NotReplayed {
  shape: string;
  keyspace: string | undefined;
  reason: string;
}

/** Options of {@link replayQueries}. */
export interface QueryReplayOptions {
  origin: cassandra.Client;
  target: cassandra.Client;
  /** What to replay: a path (a `.cql` script or a query log) or an input already read with `readReplayInput`. */
  input: string | ReplayInput;
  /** Format of `input` when it is a path: `auto` (default) decides as `ksmig audit` does; `cql` forces a script. */
  inputFormat?: QueryLogFormat | 'cql';
  /** The target keyspace of an origin keyspace (`--target-keyspace`); default the same name. */
  keyspaceMap?: (keyspace: string) => string;
  /** The keyspace of unqualified tables when the input does not say (no `USE`, no `ks` field in the log). */
  keyspace?: string;
  /** Runs per shape at most (default 20). */
  samplesPerShape?: number;
  /** Read consistency on both sides (default `LOCAL_QUORUM`). */
  consistency?: 'LOCAL_ONE' | 'LOCAL_QUORUM';
  /** Shapes replayed at once (default 4). */
  concurrency?: number;
  /** Rows per page requested (default 5,000). */
  fetchSize?: number;
  /** Rows kept per side and run (default 100,000); a larger result is an error on that side. */
  maxRows?: number;
  /** Backoff for throttled requests (both sides). */
  retry?: RetryThrottledOptions;
  /** The audit finding for a statement the target refused (supplied by the workflow layer, which may use src/audit). */
  findingFor?: (statement: string) => ReplayFinding | undefined;
  /** Called with each shape's result as soon as it is done. */
  onResult?: (result: QueryShapeResult) => void;
  /** Called for each shape that cannot be replayed (no keyspace, no values, does not parse). */
  onNotReplayed?: (shape: NotReplayed) => void;
  /** Stops after the runs in flight. */
  signal?: AbortSignal;
}

/** Everything a replay produced. */
export interface QueryReplaySummary {
  /** One result per replayed shape, in input order (most frequent first). */
  results: QueryShapeResult[];
  notReplayed: NotReplayed[];
  /** Statements of the input that are not SELECTs, never run. */
  skipped: ReplayInput['skipped'];
  /** Script statements that did not parse and log lines that could not be read. */
  unreadable: number;
  /** True when `signal` stopped the replay before every shape was done. */
  stopped: boolean;
}

const DEFAULTS = { samplesPerShape: 20, concurrency: 4, fetchSize: 5_000, maxRows: 100_000 } as const;

/** One run of a shape: the statement for each side and its values. */
interface Run {
  origin: string;
  target: string;
  params: unknown[] | undefined;
  plan: SelectPlan;
}

/** Replays the input's SELECT shapes on both sides; see the module comment. */
export async function replayQueries(options: QueryReplayOptions): Promise<QueryReplaySummary> {
  const samplesPerShape = Math.max(1, options.samplesPerShape ?? DEFAULTS.samplesPerShape);
  const input =
    typeof options.input === 'string'
      ? await readReplayInput(options.input, { statementsPerShape: samplesPerShape, ...(options.inputFormat === undefined ? {} : { format: options.inputFormat }) })
      : options.input;
  const consistency = options.consistency === 'LOCAL_ONE' ? cassandra.types.consistencies.localOne : cassandra.types.consistencies.localQuorum;
  const fetch: FetchOptions = {
    consistency,
    fetchSize: options.fetchSize ?? DEFAULTS.fetchSize,
    maxRows: options.maxRows ?? DEFAULTS.maxRows,
    retry: options.retry,
  };
  const [originPartitioner, targetPartitioner] = await Promise.all([partitionerClass(options.origin), partitionerClass(options.target)]);
  const context: ShapeContext = {
    options,
    samplesPerShape,
    fetch,
    consistency,
    partitioner: partitionerOf(originPartitioner ?? ''),
    partitioners: originPartitioner !== undefined && targetPartitioner !== undefined ? { origin: originPartitioner, target: targetPartitioner } : undefined,
    tables: new Map(),
  };

  const results: Array<QueryShapeResult | undefined> = [];
  const notReplayed: NotReplayed[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < input.shapes.length && options.signal?.aborted !== true) {
      const index = next++;
      const shape = input.shapes[index] as ReplayShapeInput;
      let outcome: QueryShapeResult | NotReplayed;
      try {
        outcome = await replayShape(shape, context);
      } catch (err) {
        outcome = { shape: shape.shape, keyspace: shape.keyspace, reason: errorMessage(err) };
      }
      if ('runs' in outcome) {
        results[index] = outcome;
        options.onResult?.(outcome);
      } else {
        notReplayed.push(outcome);
        options.onNotReplayed?.(outcome);
      }
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? DEFAULTS.concurrency, input.shapes.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return {
    results: results.filter((r): r is QueryShapeResult => r !== undefined),
    notReplayed,
    skipped: input.skipped,
    unreadable: input.unreadable,
    stopped: options.signal?.aborted === true && next < input.shapes.length,
  };
}

interface ShapeContext {
  options: QueryReplayOptions;
  samplesPerShape: number;
  fetch: FetchOptions;
  consistency: number;
  /** The origin's partitioner when token ranges can be read (sampling, token values). */
  partitioner: Partitioner | undefined;
  partitioners: ComparePlan['partitioners'];
  /** Table shapes read from the origin's metadata, by `keyspace.table`. */
  tables: Map<string, Promise<TableShape | undefined>>;
}

async function replayShape(shape: ReplayShapeInput, ctx: ShapeContext): Promise<QueryShapeResult | NotReplayed> {
  const notReplayed = (reason: string): NotReplayed => ({ shape: shape.shape, keyspace: shape.keyspace, reason });
  const runs: Run[] = [];
  let unvalued: { stmt: Select; plan: SelectPlan; table: TableShape | undefined } | undefined;
  let lastReason: string | undefined;
  for (const statement of shape.statements) {
    if (runs.length >= ctx.samplesPerShape) break;
    const stmt = parseSelect(statement.text);
    if (stmt === undefined) {
      lastReason = 'the statement does not parse';
      continue;
    }
    const keyspace = stmt.table.keyspace?.text ?? statement.keyspace ?? ctx.options.keyspace;
    if (keyspace === undefined) {
      lastReason = 'the table is not qualified and the input names no keyspace (give the keyspace for unqualified tables)';
      continue;
    }
    const table = await tableShape(ctx, keyspace, stmt.table.name.text);
    const plan = planSelect(stmt, keyspace, table === undefined ? undefined : { partitionKey: table.partitionKey.map((c) => c.name), clustering: table.clustering.map((c) => c.name) });
    const texts = sideTexts(stmt, keyspace, ctx.options.keyspaceMap);
    if (plan.markers.length === 0) {
      runs.push({ ...texts, params: undefined, plan });
      continue;
    }
    if (statement.values !== undefined && table !== undefined) {
      const decoded = decodeLoggedValues(plan.markers, statement.values, columnTypes(table), ctx.partitioner);
      if (typeof decoded !== 'string') {
        runs.push({ ...texts, params: decoded, plan });
        continue;
      }
      lastReason = decoded;
    }
    unvalued ??= { stmt, plan, table };
  }
  if (unvalued !== undefined && runs.length < ctx.samplesPerShape) {
    const sampled = await sampledRuns(unvalued, ctx, ctx.samplesPerShape - runs.length);
    if (typeof sampled === 'string') lastReason = sampled;
    else appendAll(runs, sampled);
  }
  if (runs.length === 0) return notReplayed(lastReason ?? 'no statement of this shape could be run');
  return runShape(shape, runs, ctx);
}

/** Runs with values sampled from the origin's rows, or why there are none. */
async function sampledRuns(source: { stmt: Select; plan: SelectPlan; table: TableShape | undefined }, ctx: ShapeContext, wanted: number): Promise<Run[] | string> {
  const { stmt, plan, table } = source;
  if (table === undefined) return `table ${plan.keyspace ?? '?'}.${plan.table} is not on the origin, so no values can be sampled for its bind markers`;
  const unknown = plan.markers.find((m) => m.kind === 'unknown');
  if (unknown !== undefined && unknown.kind === 'unknown') return `a bind marker in ${unknown.where} cannot be given a sampled value`;
  if (plan.bindsToken && ctx.partitioner === undefined) return 'token values cannot be sampled from this partitioner';
  const rows: SampleRow[] = await sampleRows(ctx.options.origin, table, plan, { count: wanted, partitioner: ctx.partitioner, consistency: ctx.consistency });
  if (rows.length === 0) return `table ${table.keyspace}.${table.name} has no rows on the origin to take values from`;
  const texts = sideTexts(stmt, table.keyspace, ctx.options.keyspaceMap);
  const types = columnTypes(table);
  const runs: Run[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < rows.length && runs.length < wanted; i++) {
    const params = sampledParams(plan.markers, rows, i, types);
    if (params === undefined) continue;
    const identity = JSON.stringify(params.map(jsonSafe));
    if (seen.has(identity)) continue;
    seen.add(identity);
    runs.push({ ...texts, params, plan });
  }
  return runs.length > 0 ? runs : `the sampled rows of ${table.keyspace}.${table.name} leave a bind marker without a value (null cells)`;
}

/** Replays every run of a shape and folds the outcomes into its result. */
async function runShape(shape: ReplayShapeInput, runs: readonly Run[], ctx: ShapeContext): Promise<QueryShapeResult> {
  const result: QueryShapeResult = {
    shape: shape.shape,
    runs: 0,
    match: 0,
    mismatch: 0,
    errors: 0,
    explained: 0,
    explanations: [],
    latency: { origin: { p50: 0, p99: 0 }, target: { p50: 0, p99: 0 } },
  };
  const times = { origin: [] as number[], target: [] as number[] };
  for (const run of runs) {
    if (ctx.options.signal?.aborted === true) break;
    result.runs++;
    const origin = await attempt(() => fetchAll(ctx.options.origin, run.origin, run.params, ctx.fetch));
    const target = await attempt(() => fetchAll(ctx.options.target, run.target, run.params, ctx.fetch));
    if (!('error' in origin)) times.origin.push(origin.ms);
    if (!('error' in target)) times.target.push(target.ms);
    if ('error' in origin || 'error' in target) {
      result.errors++;
      recordError(result, run, 'error' in origin ? origin.error : undefined, 'error' in target ? target.error : undefined, ctx);
      continue;
    }
    const statement = describeRun(run);
    const comparison = compareResultSets(origin.result, target.result, { order: run.plan.order, limited: run.plan.limited, allowFiltering: run.plan.allowFiltering, partitioners: ctx.partitioners }, statement);
    if (comparison.outcome === 'match') result.match++;
    else if (comparison.outcome === 'explained') {
      result.explained++;
      for (const line of comparison.explanations) if (!result.explanations.includes(line)) result.explanations.push(line);
    } else {
      result.mismatch++;
      result.firstMismatch ??= { statement, diff: comparison.diff };
    }
  }
  result.latency = { origin: latencyOf(times.origin), target: latencyOf(times.target) };
  return result;
}

async function attempt(run: () => Promise<FetchedResult>): Promise<FetchedResult | { error: string }> {
  try {
    return await run();
  } catch (err) {
    return { error: errorMessage(err) };
  }
}

/** Keeps the first error of each side (origin, target, both), with the audit finding when the target refused. */
function recordError(result: QueryShapeResult, run: Run, originError: string | undefined, targetError: string | undefined, ctx: ShapeContext): void {
  const side = originError !== undefined && targetError !== undefined ? 'both' : originError !== undefined ? 'origin' : 'target';
  const errors = (result.firstErrors ??= []);
  if (errors.some((e) => e.side === side)) return;
  const message =
    side === 'both' ? (originError === targetError ? (originError as string) : `origin: ${originError as string}; target: ${targetError as string}`) : ((originError ?? targetError) as string);
  const finding = targetError !== undefined ? ctx.options.findingFor?.(run.target) : undefined;
  errors.push({ side, message: `${message} (${describeRun(run)})`, ...(finding === undefined ? {} : { finding }) });
}

/** The statement as run on the origin, its values, and the target's text when the keyspace was mapped. */
function describeRun(run: Run): string {
  const values = run.params === undefined ? '' : `  -- values: ${JSON.stringify(run.params.map(jsonSafe))}`;
  const target = run.target === run.origin ? '' : `\n  on the target: ${run.target}`;
  return `${run.origin}${values}${target}`;
}

function sideTexts(stmt: Select, keyspace: string, map: ((keyspace: string) => string) | undefined): { origin: string; target: string } {
  return { origin: printForKeyspace(stmt, keyspace), target: printForKeyspace(stmt, map === undefined ? keyspace : map(keyspace)) };
}

function tableShape(ctx: ShapeContext, keyspace: string, table: string): Promise<TableShape | undefined> {
  const key = `${keyspace}.${table}`;
  let shape = ctx.tables.get(key);
  if (shape === undefined) {
    shape = readTableShape(ctx.options.origin, keyspace, table).catch(() => undefined);
    ctx.tables.set(key, shape);
  }
  return shape;
}

function columnTypes(table: TableShape): Map<string, ColumnType> {
  return new Map(table.columns.map((c) => [c.name, c.type]));
}

async function partitionerClass(client: cassandra.Client): Promise<string | undefined> {
  try {
    const name = await readPartitionerClass(client);
    return name === '' ? undefined : name;
  } catch {
    return undefined;
  }
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
