import type { QueryShapeResult, RowDifference, VerifyEvent, VerifyProgressEvent } from '../../verify/events.js';
import { fractionDone } from '../copy/state.js';
import { scanEta } from '../../scan/eta.js';

/** The plan event: how rows are matched, the partitioners, the tables and their ranges. */
export type VerifyPlan = Extract<VerifyEvent, { type: 'plan' }>;
/** The summary event: the verify's last. */
export type VerifySummary = Extract<VerifyEvent, { type: 'summary' }>;
/** A finished table, as `table-done` reports it. */
export type VerifyTableDone = Extract<VerifyEvent, { type: 'table-done' }>;
/** Both clusters, as `connected` names them. */
export type VerifyClusters = Omit<Extract<VerifyEvent, { type: 'connected' }>, 'type'>;

/** A table's re-check after its repairs. */
export interface Recheck {
  repaired: number;
  stillDifferent: number;
}

/** One table as the live view shows it. */
export interface VerifyTableRow {
  table: string;
  target: string;
  rangesTotal: number;
  rangesDone: number;
  estimatedRows: number | undefined;
  compared: number;
  missing: number;
  extra: number;
  different: number;
  status: 'waiting' | 'verifying' | 'done';
  /** Rows written or deleted on the target by `--fix`. */
  repaired: number;
  recheck: Recheck | undefined;
}

/** What is printed once above the live area and never redrawn (Ink `<Static>`). */
export type VerifyLogEntry =
  | ({ kind: 'connected' } & VerifyClusters)
  | { kind: 'plan'; plan: VerifyPlan }
  | { kind: 'warning'; message: string }
  | { kind: 'table-done'; done: VerifyTableDone; target: string; recheck: Recheck | undefined };

/** A log entry with its stable key (its position in arrival order). */
export type VerifyLogItem = VerifyLogEntry & { id: number };

/** A difference as the view keeps it, numbered in arrival order. */
export type SeenDifference = RowDifference & { seq: number };

/** The repairs of `--fix` so far. */
export interface RepairState {
  written: number;
  deleted: number;
  latest: { table: string; action: 'written' | 'deleted'; key: Record<string, unknown> } | undefined;
}

/** The latest retry, raw (escaped when shown). */
export interface RetryState {
  count: number;
  latest: { table: string; side: 'origin' | 'target'; cause: string; attempt: number } | undefined;
}

/** Everything the verify views show, folded from the events so far. Never mutated: each event yields a new state. */
export interface VerifyViewState {
  clusters: VerifyClusters | undefined;
  plan: VerifyPlan | undefined;
  /** Tables in plan order. */
  tables: VerifyTableRow[];
  log: VerifyLogItem[];
  /** The latest totals. */
  progress: VerifyProgressEvent | undefined;
  /** The latest differences, oldest first (at most {@link DIFFERENCES_KEPT}). */
  differences: SeenDifference[];
  /** Difference events seen (the workflow reports at most 1,000 per table; progress counts them all). */
  differencesSeen: number;
  repairs: RepairState;
  /** Re-checks in arrival order. */
  rechecks: Array<Recheck & { table: string }>;
  retries: RetryState;
  /** Replayed statement shapes in arrival order. */
  queries: QueryShapeResult[];
  /** A stop was asked for (`q`, Ctrl-C, a signal): ranges in flight finish, then the summary. */
  stopping: boolean;
  summary: VerifySummary | undefined;
}

/** How many recent differences the state keeps. */
export const DIFFERENCES_KEPT = 8;

/** The state before any event. */
export function initialVerifyState(): VerifyViewState {
  return {
    clusters: undefined,
    plan: undefined,
    tables: [],
    log: [],
    progress: undefined,
    differences: [],
    differencesSeen: 0,
    repairs: { written: 0, deleted: 0, latest: undefined },
    rechecks: [],
    retries: { count: 0, latest: undefined },
    queries: [],
    stopping: false,
    summary: undefined,
  };
}

function appendLog(state: VerifyViewState, entry: VerifyLogEntry): VerifyLogItem[] {
  return [...state.log, { ...entry, id: state.log.length }];
}

function emptyRow(table: string): VerifyTableRow {
  return {
    table, target: table, rangesTotal: 0, rangesDone: 0, estimatedRows: undefined,
    compared: 0, missing: 0, extra: 0, different: 0, status: 'waiting', repaired: 0, recheck: undefined,
  };
}

function updateTable(tables: VerifyTableRow[], table: string, change: (row: VerifyTableRow) => VerifyTableRow): VerifyTableRow[] {
  const index = tables.findIndex((row) => row.table === table);
  if (index < 0) return [...tables, change(emptyRow(table))];
  return tables.map((row, i) => (i === index ? change(row) : row));
}

function fromProgress(tables: VerifyTableRow[], progress: VerifyProgressEvent): VerifyTableRow[] {
  let next = tables;
  for (const t of progress.tables) {
    next = updateTable(next, t.table, (row) => ({
      ...row,
      compared: t.compared,
      missing: t.missing,
      extra: t.extra,
      different: t.different,
      rangesDone: row.status === 'done' ? Math.max(t.rangesDone, row.rangesDone) : t.rangesDone,
      rangesTotal: t.rangesTotal,
      estimatedRows: t.estimatedRows ?? row.estimatedRows,
      status: row.status === 'done' ? 'done' : row.status === 'verifying' || t.rangesDone > 0 || t.compared > 0 ? 'verifying' : 'waiting',
    }));
  }
  return next;
}

/**
 * Folds one event into the state. Pure. `range-done` changes nothing the views show between two
 * `progress` events, and `range-start` only the first time a table starts, so they return `state`
 * itself: callers may skip a re-render when the state is unchanged.
 */
export function reduceVerifyEvent(state: VerifyViewState, event: VerifyEvent): VerifyViewState {
  switch (event.type) {
    case 'connected':
      return {
        ...state,
        clusters: { origin: event.origin, target: event.target, targetKind: event.targetKind },
        log: appendLog(state, { kind: 'connected', origin: event.origin, target: event.target, targetKind: event.targetKind }),
      };
    case 'plan':
      return {
        ...state,
        plan: event,
        tables: event.tables.map((t) => ({ ...emptyRow(t.table), target: t.target, rangesTotal: t.ranges, estimatedRows: t.estimatedRows })),
        log: appendLog(state, { kind: 'plan', plan: event }),
      };
    case 'progress':
      return { ...state, progress: event, tables: fromProgress(state.tables, event) };
    case 'range-start': {
      const row = state.tables.find((t) => t.table === event.table);
      if (row !== undefined && row.status !== 'waiting') return state;
      return { ...state, tables: updateTable(state.tables, event.table, (r) => ({ ...r, status: 'verifying' })) };
    }
    case 'range-done':
      return state;
    case 'difference': {
      const { type: _type, ...difference } = event;
      return {
        ...state,
        differencesSeen: state.differencesSeen + 1,
        differences: [...state.differences, { ...difference, seq: state.differencesSeen + 1 }].slice(-DIFFERENCES_KEPT),
      };
    }
    case 'retry':
      return { ...state, retries: { count: state.retries.count + 1, latest: { table: event.table, side: event.side, cause: event.cause, attempt: event.attempt } } };
    case 'repair':
      return {
        ...state,
        tables: updateTable(state.tables, event.table, (row) => ({ ...row, repaired: row.repaired + 1 })),
        repairs: {
          written: state.repairs.written + (event.action === 'written' ? 1 : 0),
          deleted: state.repairs.deleted + (event.action === 'deleted' ? 1 : 0),
          latest: { table: event.table, action: event.action, key: event.key },
        },
      };
    case 'recheck': {
      const recheck = { repaired: event.repaired, stillDifferent: event.stillDifferent };
      return {
        ...state,
        tables: updateTable(state.tables, event.table, (row) => ({ ...row, recheck })),
        rechecks: [...state.rechecks, { table: event.table, ...recheck }],
      };
    }
    case 'query':
      return { ...state, queries: [...state.queries, event.result] };
    case 'warning':
      return { ...state, log: appendLog(state, { kind: 'warning', message: event.message }) };
    case 'table-done': {
      const tables = updateTable(state.tables, event.table, (row) => ({
        ...row,
        status: 'done',
        compared: event.compared,
        missing: event.missing,
        extra: event.extra,
        different: event.different,
        rangesDone: row.rangesTotal,
      }));
      const row = tables.find((t) => t.table === event.table);
      return { ...state, tables, log: appendLog(state, { kind: 'table-done', done: event, target: row?.target ?? event.table, recheck: row?.recheck }) };
    }
    case 'summary':
      return { ...state, summary: event };
  }
}

/** The state once a stop was asked for. */
export function markStopping(state: VerifyViewState): VerifyViewState {
  return state.stopping ? state : { ...state, stopping: true };
}

/** How far `rows` are, 0 to 1: rows compared against the estimates when every table has one, else ranges. */
export function verifyFraction(rows: Array<Pick<VerifyTableRow, 'compared' | 'estimatedRows' | 'rangesDone' | 'rangesTotal'>>): { fraction: number; by: 'rows' | 'ranges' } {
  return fractionDone(rows.map((r) => ({ rowsWritten: r.compared, estimatedRows: r.estimatedRows, rangesDone: r.rangesDone, rangesTotal: r.rangesTotal })));
}

/** Seconds left, as the copy's view shows it (`scanEta`: rows against the estimates, else ranges at this run's pace). */
export function etaSeconds(state: Pick<VerifyViewState, 'tables' | 'progress'>): number | undefined {
  const progress = state.progress;
  if (progress === undefined || progress.rangesTotal === 0) return undefined;
  const tables = state.tables.map((t) => ({ rows: t.compared, rangesDone: t.rangesDone, rangesTotal: t.rangesTotal, estimatedRows: t.estimatedRows }));
  return scanEta(tables, { rowsPerSecond: progress.rowsPerSecond, elapsedSeconds: progress.elapsedSeconds, rangesThisRun: progress.rangesDone });
}

/** How the verify ended, as the view saw it: every range compared, stopped by the user, or ended early (an error). */
export type VerifyOutcome = 'finished' | 'stopped' | 'incomplete';

/** Query shapes replayed of those to replay, or undefined without a replay. */
export function shapesReplayed(state: Pick<VerifyViewState, 'plan' | 'progress' | 'queries'>): { done: number; total: number } | undefined {
  const total = state.plan?.queryShapes ?? state.progress?.queries?.shapesTotal;
  return total === undefined ? undefined : { done: state.queries.length, total };
}

/** Query shapes the verify was to replay and has not (0 without a replay). */
export function shapesLeft(state: Pick<VerifyViewState, 'plan' | 'progress' | 'queries'>): number {
  const shapes = shapesReplayed(state);
  return shapes === undefined ? 0 : Math.max(0, shapes.total - shapes.done);
}

/**
 * How the verify ended: finished when every table reported done (or the last progress counted
 * every range) and every query shape was replayed; otherwise stopped when a stop was asked for,
 * else ended early.
 */
export function verifyOutcome(state: VerifyViewState): VerifyOutcome {
  const tablesOpen = state.tables.some((t) => t.status !== 'done');
  const rangesOpen = state.progress === undefined || state.progress.rangesDone < state.progress.rangesTotal;
  if (!(tablesOpen && rangesOpen) && shapesLeft(state) === 0) return 'finished';
  return state.stopping ? 'stopped' : 'incomplete';
}

/** Differences found in a table, and how many remain after its repairs (all, when it was not repaired). */
export function remainingDifferences(found: number, recheck: Recheck | undefined): number {
  if (recheck === undefined) return found;
  return Math.max(0, found - recheck.repaired) + recheck.stillDifferent;
}
