import type { CopyOutcome } from './text.js';
import type { CopyEvent, CopyPlanEvent, CopyProgressEvent, FidelityMode } from '../../copy/events.js';
import { standingEstimate } from '../../scan/eta.js';

/** The summary event: the copy's last. */
export type CopySummary = Extract<CopyEvent, { type: 'summary' }>;
/** A finished table, as `table-done` reports it. */
export type TableDone = Extract<CopyEvent, { type: 'table-done' }>;

/** One table as the live view shows it. */
export interface TableRow {
  table: string;
  target: string;
  rangesTotal: number;
  rangesDone: number;
  estimatedRows: number | undefined;
  rowsRead: number;
  rowsWritten: number;
  rowsRejected: number;
  status: 'waiting' | 'copying' | 'done';
  fidelity: FidelityMode;
}

/** What is printed once above the live area and never redrawn (Ink `<Static>`). */
export type LogEntry =
  | { kind: 'connected'; origin: string; target: string; targetKind: 'keyspaces' | 'cassandra' }
  | { kind: 'creating-tables'; tables: string[] }
  | { kind: 'table-active'; table: string; waitedMs: number }
  | { kind: 'plan'; plan: CopyPlanEvent }
  | { kind: 'warning'; message: string }
  | { kind: 'table-done'; done: TableDone; target: string };

/** A log entry with its stable key (its position in arrival order). */
export type LogItem = LogEntry & { id: number };

/**
 * A recent reject, range split or retry, raw (escaped when shown). Rejects of one table with the
 * same cause are one problem with a count and the latest key; there is one retry line, the latest
 * (the issues line counts them all). A repeat updates its line in place.
 */
export interface Problem {
  kind: 'reject' | 'split' | 'retry';
  table: string;
  /** Why. */
  cause: string;
  /** The latest row key (rejects), or which range or side. */
  detail: string;
  /** Times this problem happened. */
  count: number;
}

/** The write-rate limiter as last reported. */
export interface RateState {
  /** The limit in force (may be below the budget after throttling); undefined: unlimited. */
  limit: number | undefined;
  /** The budget (`--rate` share, or what the user set with `+`/`-`); undefined: unlimited. */
  budget: number | undefined;
  /** Why the limit last changed. */
  reason: 'throttled' | 'recovered' | 'user' | undefined;
  /** When the limit last came down (a new limit where there was none counts), in elapsed seconds of the copy; undefined: never. */
  loweredAt?: number | undefined;
}

/** Everything the copy views show, folded from the events so far. Never mutated: each event yields a new state. */
export interface CopyViewState {
  plan: CopyPlanEvent | undefined;
  /** Tables in plan order. */
  tables: TableRow[];
  log: LogItem[];
  /** The latest totals. */
  progress: CopyProgressEvent | undefined;
  rate: RateState;
  splits: number;
  /** The latest problems, oldest first (at most {@link PROBLEMS_KEPT}). */
  problems: Problem[];
  rejects: number;
  paused: boolean;
  /** A stop was asked for (`q`, Ctrl-C, a signal): the copy is saving its checkpoint. */
  stopping: boolean;
  summary: CopySummary | undefined;
}

/** How many recent problems the state keeps. */
export const PROBLEMS_KEPT = 5;

/** The state before any event. */
export function initialCopyState(): CopyViewState {
  return {
    plan: undefined,
    tables: [],
    log: [],
    progress: undefined,
    rate: { limit: undefined, budget: undefined, reason: undefined },
    splits: 0,
    problems: [],
    rejects: 0,
    paused: false,
    stopping: false,
    summary: undefined,
  };
}

function appendLog(state: CopyViewState, entry: LogEntry): LogItem[] {
  return [...state.log, { ...entry, id: state.log.length }];
}

function addProblem(problems: Problem[], problem: Omit<Problem, 'count'>): Problem[] {
  const same = (p: Problem): boolean =>
    problem.kind === 'retry' ? p.kind === 'retry' : p.kind === problem.kind && p.table === problem.table && p.cause === problem.cause;
  const index = problems.findIndex(same);
  // A repeat updates its line where it stands, so lines do not jump around.
  if (index >= 0) return problems.map((p, i) => (i === index ? { ...problem, count: problem.kind === 'retry' ? 1 : p.count + 1 } : p));
  return [...problems, { ...problem, count: 1 }].slice(-PROBLEMS_KEPT);
}

function updateTable(tables: TableRow[], table: string, change: (row: TableRow) => TableRow): TableRow[] {
  const index = tables.findIndex((row) => row.table === table);
  if (index < 0) {
    const row: TableRow = {
      table, target: table, rangesTotal: 0, rangesDone: 0, estimatedRows: undefined,
      rowsRead: 0, rowsWritten: 0, rowsRejected: 0, status: 'waiting', fidelity: 'values',
    };
    return [...tables, change(row)];
  }
  return tables.map((row, i) => (i === index ? change(row) : row));
}

function fromProgress(tables: TableRow[], progress: CopyProgressEvent): TableRow[] {
  let next = tables;
  for (const t of progress.tables) {
    next = updateTable(next, t.table, (row) => ({
      ...row,
      rowsRead: t.rowsRead,
      rowsWritten: t.rowsWritten,
      rowsRejected: t.rowsRejected,
      rangesDone: t.rangesDone,
      rangesTotal: t.rangesTotal,
      estimatedRows: t.estimatedRows ?? row.estimatedRows,
      status: row.status === 'done' ? 'done' : row.status === 'copying' || t.rangesDone > 0 || t.rowsRead > 0 ? 'copying' : 'waiting',
    }));
  }
  return next;
}

/**
 * Folds one event into the state. Pure. Per-range events (`range-start`, `range-done`,
 * `throttled`, `table-start` aside) change nothing the views show between two `progress` events,
 * so they return `state` itself: callers may skip a re-render when the state is unchanged.
 */
export function reduceCopyEvent(state: CopyViewState, event: CopyEvent): CopyViewState {
  switch (event.type) {
    case 'plan':
      return {
        ...state,
        plan: event,
        tables: event.tables.map((t) => ({
          table: t.table,
          target: t.target,
          rangesTotal: t.ranges,
          rangesDone: t.finishedRanges,
          estimatedRows: t.estimatedRows,
          rowsRead: 0,
          rowsWritten: 0,
          rowsRejected: 0,
          status: 'waiting',
          fidelity: t.fidelity,
        })),
        rate: { limit: event.rate, budget: event.rate, reason: undefined },
        log: appendLog(state, { kind: 'plan', plan: event }),
      };
    case 'progress':
      return {
        ...state,
        progress: event,
        tables: fromProgress(state.tables, event),
        rate: { ...state.rate, limit: event.rateLimit, budget: event.rateBudget },
        paused: event.paused,
        rejects: event.rowsRejected,
      };
    case 'connected':
      return { ...state, log: appendLog(state, { kind: 'connected', origin: event.origin, target: event.target, targetKind: event.targetKind }) };
    case 'creating-tables':
      return { ...state, log: appendLog(state, { kind: 'creating-tables', tables: event.tables }) };
    case 'table-active':
      return { ...state, log: appendLog(state, { kind: 'table-active', table: event.table, waitedMs: event.waitedMs }) };
    case 'table-start':
      return { ...state, tables: updateTable(state.tables, event.table, (row) => (row.status === 'waiting' ? { ...row, status: 'copying' } : row)) };
    case 'range-split':
      return {
        ...state,
        splits: state.splits + 1,
        problems: addProblem(state.problems, { kind: 'split', table: event.table, cause: event.cause, detail: `range #${event.range} split into ${event.parts}` }),
      };
    case 'retry':
      return { ...state, problems: addProblem(state.problems, { kind: 'retry', table: event.table, cause: event.cause, detail: `${event.side}, attempt ${event.attempt}` }) };
    case 'reject':
      return {
        ...state,
        rejects: state.rejects + 1,
        problems: addProblem(state.problems, { kind: 'reject', table: event.table, cause: event.cause, detail: `key ${keyText(event.key)}` }),
      };
    case 'rate': {
      const lowered = event.limit !== undefined && (state.rate.limit === undefined || event.limit < state.rate.limit);
      return {
        ...state,
        rate: {
          limit: event.limit,
          budget: event.reason === 'user' ? event.limit : state.rate.budget,
          reason: event.reason,
          loweredAt: lowered ? (state.progress?.elapsedSeconds ?? 0) : state.rate.loweredAt,
        },
      };
    }
    case 'warning':
      return { ...state, log: appendLog(state, { kind: 'warning', message: event.message }) };
    case 'paused':
      return { ...state, paused: true };
    case 'resumed':
      return { ...state, paused: false };
    case 'table-done': {
      const tables = updateTable(state.tables, event.table, (row) => ({
        ...row,
        status: 'done',
        rowsRead: event.read,
        rowsWritten: event.written,
        rowsRejected: event.rejected,
        rangesDone: row.rangesTotal,
      }));
      const target = tables.find((row) => row.table === event.table)?.target ?? event.table;
      return { ...state, tables, log: appendLog(state, { kind: 'table-done', done: event, target }) };
    }
    case 'summary':
      return { ...state, summary: event };
    case 'range-start':
    case 'range-done':
    case 'throttled':
      return state;
  }
}

/** A row key as one short line: `{"id":42,"day":"2024-01-01"}`. */
export function keyText(key: Record<string, unknown>): string {
  try {
    return JSON.stringify(key, (_name, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
  } catch {
    return '{…}';
  }
}

/** What {@link fractionDone} measures. */
export interface ProgressPart {
  rowsWritten: number;
  estimatedRows: number | undefined;
  rangesDone: number;
  rangesTotal: number;
}

/** A part's row estimate while it still holds (see `standingEstimate` in scan/eta.ts), else undefined. */
export function partEstimate(part: Pick<ProgressPart, 'rowsWritten' | 'estimatedRows'>): number | undefined {
  return standingEstimate(part.rowsWritten, part.estimatedRows);
}

/**
 * How far `parts` are, 0 to 1: rows written against the estimated rows when every part has an
 * estimate that still holds (see `partEstimate`), else ranges done of the total. Ranges count
 * too when `byRanges` (a resumed copy: its rows count only this run). Below 1 until every range is
 * done.
 */
export function fractionDone(parts: ProgressPart[], byRanges = false): { fraction: number; by: 'rows' | 'ranges' } {
  const rangesTotal = parts.reduce((sum, p) => sum + p.rangesTotal, 0);
  const rangesDone = parts.reduce((sum, p) => sum + p.rangesDone, 0);
  const estimated = !byRanges && parts.length > 0 && parts.every((p) => partEstimate(p) !== undefined);
  if (rangesTotal > 0 && rangesDone >= rangesTotal) return { fraction: 1, by: estimated ? 'rows' : 'ranges' };
  if (estimated) {
    const rows = parts.reduce((sum, p) => sum + p.rowsWritten, 0);
    const total = parts.reduce((sum, p) => sum + (p.estimatedRows ?? 0), 0);
    return { fraction: Math.min(0.999, rows / total), by: 'rows' };
  }
  return { fraction: rangesTotal === 0 ? 0 : Math.min(0.999, rangesDone / rangesTotal), by: 'ranges' };
}

/** The state once a stop was asked for. */
export function markStopping(state: CopyViewState): CopyViewState {
  return state.stopping ? state : { ...state, stopping: true };
}

/**
 * How the copy ended, from what the views saw: finished when every table reported done or the
 * last progress counted every range; otherwise stopped when a stop was asked for, else ended early.
 */
export function copyOutcome(state: CopyViewState): CopyOutcome {
  const tablesOpen = state.tables.some((t) => t.status !== 'done');
  const rangesOpen = state.progress === undefined || state.progress.rangesDone < state.progress.rangesTotal;
  if (!(tablesOpen && rangesOpen)) return 'finished';
  return state.stopping ? 'stopped' : 'incomplete';
}
