/**
 * Where things go in the live copy view, as pure arithmetic on the terminal's size: which
 * columns fit, how wide the bars are, how many tables and problems fit on one screen. The live
 * area must stay shorter than the terminal (Ink clears the whole screen on every frame
 * otherwise, which flickers) and no line may be wider than the terminal (it would wrap).
 */
import { formatCount, formatExact } from '../format.js';
import { fractionDone, partEstimate, type TableRow } from './state.js';
import { maxOf } from '../../shared/arrays.js';

/** At this width and above, lines say more (ranges beside rows, longer rate text). */
export const WIDE = 100;
/** Spaces before every line of the live area. */
export const INDENT = 2;
/** Width of the labels before the status lines (`speed`, `ETA`, `reject`…). */
export const GUTTER = 9;
const MIN_BAR = 6;
const MAX_BAR = 40;
const PERCENT = 4;

/** One row of the table list, measured. */
export interface MeasuredRow {
  name: string;
  fraction: number;
  detail: string;
  waiting: boolean;
}

/** Column widths of the table list; `bar` is 0 when no bar fits. */
export interface TableColumns {
  name: number;
  bar: number;
  detail: number;
}

/** What a table row says beside its bar: rows against the estimate while it holds, or ranges. */
export function tableDetail(row: Pick<TableRow, 'rowsWritten' | 'estimatedRows' | 'rangesDone' | 'rangesTotal' | 'status'>, wide: boolean, byRanges: boolean): string {
  const ranges = `${formatExact(row.rangesDone)}/${formatExact(row.rangesTotal)} ranges`;
  if (row.status === 'waiting' && row.rowsWritten === 0) return wide ? `waiting · ${formatExact(row.rangesTotal)} ranges` : 'waiting';
  const estimate = partEstimate(row);
  if (estimate !== undefined && !byRanges) {
    const rows = `${formatCount(row.rowsWritten)}/~${formatCount(estimate)} rows`;
    return wide ? `${rows} · ${ranges}` : rows;
  }
  return wide ? `${ranges} · ${formatCount(row.rowsWritten)} rows` : ranges;
}

/** A table's row in the list. */
export function measureRow(row: TableRow, wide: boolean, byRanges: boolean): MeasuredRow {
  return {
    name: row.table,
    fraction: fractionDone([row], byRanges).fraction,
    detail: tableDetail(row, wide, byRanges),
    waiting: row.status === 'waiting' && row.rowsWritten === 0,
  };
}

/**
 * Widths for `indent name␠bar␠pct␠␠detail` within `width - 1` (the last column stays free: some
 * terminals wrap a line that fills it). The bar takes what is left, between 6 and 40; below 6 it
 * is dropped.
 */
export function tableColumns(width: number, rows: Array<Pick<MeasuredRow, 'name' | 'detail'>>): TableColumns {
  const usable = width - 1 - INDENT;
  const longestName = maxOf(rows.map((r) => Array.from(r.name).length), 7);
  const name = Math.min(longestName, Math.floor(width * (width >= WIDE ? 0.3 : 0.26)));
  const longestDetail = maxOf(rows.map((r) => Array.from(r.detail).length), 0);
  const fixed = name + 1 + PERCENT + 2;
  const detail = Math.max(0, Math.min(longestDetail, usable - fixed - MIN_BAR - 1));
  const bar = Math.min(MAX_BAR, usable - fixed - detail - 1);
  if (bar < MIN_BAR) return { name, bar: 0, detail: Math.max(0, Math.min(longestDetail, usable - fixed)) };
  return { name, bar, detail };
}

/** How much of the live area fits. */
export interface LiveBudget {
  /** Table rows shown (the rest are counted on one line). */
  tables: number;
  /** Recent problems shown. */
  problems: number;
  /** Whether the active-ranges line is shown. */
  active: boolean;
  /** Whether the status lines are shown (hidden while the help panel is open). */
  status: boolean;
}

/** What wants a place in the live area. */
export interface LiveDemand {
  tables: number;
  problems: number;
  /** Lines of the help panel, 0 when closed. */
  help: number;
  /** Lines of notes (paused, stopping, the last key's effect). */
  notes: number;
}

/** Lines always drawn: blank, header, blank, overall, blank, blank before the footer, footer. */
const FRAME_LINES = 7;
/** Status lines: speed, ETA, issues (active ranges and problems are counted apart). */
const STATUS_LINES = 3;
/** Without a known height, the list still stays one screen long. */
const DEFAULT_TABLES = 12;
const MOST_PROBLEMS = 3;

/**
 * Fits the live area into `height - 1` lines (Ink adds a newline after the frame). The help panel,
 * when open, takes the place of the status lines. What goes first when space runs out: problems
 * beyond one, the active-ranges line, tables beyond one, the last problem.
 */
export function liveBudget(height: number | undefined, demand: LiveDemand): LiveBudget {
  const status = demand.help === 0;
  let problems = status ? Math.min(MOST_PROBLEMS, demand.problems) : 0;
  let active = status;
  let tables = Math.min(demand.tables, DEFAULT_TABLES);
  if (height === undefined) return { tables, problems, active, status };
  const available = height - 1;
  const used = (): number =>
    FRAME_LINES + demand.notes + (status ? STATUS_LINES + (active ? 1 : 0) + problems : demand.help) + tables + (tables < demand.tables ? 1 : 0);
  while (used() > available && problems > 1) problems -= 1;
  if (used() > available) active = false;
  while (used() > available && tables > 1) tables -= 1;
  if (used() > available) problems = 0;
  return { tables, problems, active, status };
}
