/**
 * Where things go in the live verify view, as pure arithmetic on the terminal's size: which
 * columns fit in the table grid, the differences and the query table, and how much of each fits
 * on one screen. As in the copy view, the live area stays shorter than the terminal and no line
 * reaches its last column.
 */
import { formatCount, formatExact } from '../format.js';
import { INDENT, WIDE } from '../copy/layout.js';
import { verifyFraction, type VerifyTableRow } from './state.js';
import { maxOf } from '../../shared/arrays.js';

export { INDENT, WIDE };

/** Width of the labels before the status lines (`speed`, `re-check`, `mismatch`…). */
export const GUTTER = 11;
const MIN_BAR = 6;
const MAX_BAR = 30;
const PERCENT = 4;

/** One row of the table grid, measured: every cell as text. */
export interface GridRow {
  name: string;
  fraction: number;
  waiting: boolean;
  ranges: string;
  compared: string;
  missing: number;
  extra: number;
  different: number;
}

/** Column titles of the grid, long or short. */
export interface GridTitles {
  compared: string;
  missing: string;
  extra: string;
  different: string;
}

/** Column widths of the table grid; `bar` is 0 when no bar fits. */
export interface GridColumns {
  name: number;
  bar: number;
  ranges: number;
  compared: number;
  missing: number;
  extra: number;
  different: number;
  titles: GridTitles;
}

/** A table's row in the grid. */
export function measureGridRow(row: Pick<VerifyTableRow, 'table' | 'compared' | 'estimatedRows' | 'rangesDone' | 'rangesTotal' | 'missing' | 'extra' | 'different' | 'status'>): GridRow {
  return {
    name: row.table,
    fraction: verifyFraction([row]).fraction,
    waiting: row.status === 'waiting' && row.compared === 0,
    ranges: `${formatExact(row.rangesDone)}/${formatExact(row.rangesTotal)}`,
    compared: formatCount(row.compared),
    missing: row.missing,
    extra: row.extra,
    different: row.different,
  };
}

/**
 * Widths for `indent name␠bar␠pct␠␠ranges␠␠compared␠␠missing␠␠extra␠␠different` within
 * `width - 1`. Titles are short below {@link WIDE} columns (`rows`, `miss`, `diff`); the name
 * column gives way to the numbers, and the bar takes what is left (dropped below 6).
 */
export function gridColumns(width: number, rows: GridRow[]): GridColumns {
  const wide = width >= WIDE;
  const titles: GridTitles = wide
    ? { compared: 'compared', missing: 'missing', extra: 'extra', different: 'different' }
    : { compared: 'rows', missing: 'miss', extra: 'extra', different: 'diff' };
  const widest = (title: string, cells: string[]): number => maxOf(cells.map((c) => c.length), title.length);
  const ranges = widest('ranges', rows.map((r) => r.ranges));
  const compared = widest(titles.compared, rows.map((r) => r.compared));
  const missing = widest(titles.missing, rows.map((r) => formatCount(r.missing)));
  const extra = widest(titles.extra, rows.map((r) => formatCount(r.extra)));
  const different = widest(titles.different, rows.map((r) => formatCount(r.different)));
  const usable = width - 1 - INDENT;
  const numbers = PERCENT + 2 + ranges + 2 + compared + 2 + missing + 2 + extra + 2 + different;
  const longestName = maxOf(rows.map((r) => Array.from(r.name).length), 5);
  const name = Math.max(5, Math.min(longestName, Math.floor(width * (wide ? 0.3 : 0.26)), usable - numbers - 1));
  const bar = Math.min(MAX_BAR, usable - numbers - name - 2);
  return { name, bar: bar < MIN_BAR ? 0 : bar, ranges, compared, missing, extra, different, titles };
}

/** Column widths of the differences panel: key, column name, then origin │ target, equal halves. */
export interface DifferenceColumns {
  key: number;
  column: number;
  value: number;
}

/** The separator between the origin's and the target's sides. */
export const SIDE_BY_SIDE = ' │ ';

/** Fits `key column origin │ target` into `width - 1`; the values get what the key and column names leave. */
export function differenceColumns(width: number, longestKey: number, longestColumn: number): DifferenceColumns {
  const usable = width - 1 - INDENT;
  const column = Math.max(6, Math.min(longestColumn, width >= WIDE ? 16 : 10));
  const key = Math.max(8, Math.min(longestKey, Math.floor(usable * (width >= WIDE ? 0.3 : 0.28))));
  const value = Math.max(4, Math.floor((usable - key - 2 - column - 2 - SIDE_BY_SIDE.length) / 2));
  return { key, column, value };
}

/** Column widths of the query table. */
export interface QueryColumns {
  index: number;
  shape: number;
  runs: number;
  match: number;
  mismatch: number;
  errors: number;
  /** 0 when the column is dropped (a narrow terminal). */
  explained: number;
  /** Each side's latency; in a narrow terminal both share one cell, `1.2/3.4 ms`. */
  latency: number;
  combined: boolean;
  titles: { mismatch: string; errors: string; explained: string; latency: [string, string] | [string] };
}

/** Fits `#  shape  runs  match  mismatch  errors  explained  p50 origin │ p50 target` into `width - 1`. */
export function queryColumns(width: number, rows: Array<{ index: string; runs: string; match: string; mismatch: string; errors: string; explained: string; latency: [string, string] }>): QueryColumns {
  const wide = width >= WIDE;
  const widest = (title: string, cells: string[]): number => maxOf(cells.map((c) => c.length), title.length);
  const titles: QueryColumns['titles'] = wide
    ? { mismatch: 'mismatch', errors: 'errors', explained: 'explained', latency: ['p50 origin', 'p50 target'] }
    : { mismatch: 'mism', errors: 'err', explained: 'expl', latency: ['p50 o/t'] };
  const index = widest('#', rows.map((r) => r.index));
  const runs = widest('runs', rows.map((r) => r.runs));
  const match = widest('match', rows.map((r) => r.match));
  const mismatch = widest(titles.mismatch, rows.map((r) => r.mismatch));
  const errors = widest(titles.errors, rows.map((r) => r.errors));
  // Below 100 columns the explained runs are left to the detail lines and the summary.
  const explained = wide ? widest(titles.explained, rows.map((r) => r.explained)) : 0;
  const latency = wide
    ? maxOf(rows.flatMap((r) => r.latency.map((l) => l.length)), 10)
    : widest('p50 o/t', rows.map((r) => combinedLatency(r.latency)));
  const usable = width - 1 - INDENT;
  const fixed = index + 1 + 2 + runs + 2 + match + 2 + mismatch + 2 + errors + 2 + (explained > 0 ? explained + 2 : 0) + (wide ? latency * 2 + SIDE_BY_SIDE.length : latency);
  return { index, shape: Math.max(8, usable - fixed), runs, match, mismatch, errors, explained, latency, combined: !wide, titles };
}

/** Both sides' latencies in one short cell: `1.2/3.4 ms` (one unit when both share it). */
export function combinedLatency([origin, target]: [string, string]): string {
  const unit = / (ms|s)$/;
  const o = unit.exec(origin)?.[1];
  const t = unit.exec(target)?.[1];
  if (o !== undefined && o === t) return `${origin.replace(unit, '')}/${target}`;
  if (o === undefined && t === undefined) return '—';
  return `${origin}/${target}`;
}

/** How much of the live area fits. */
export interface VerifyBudget {
  /** Table rows shown (the rest are counted on one line). */
  tables: number;
  /** Whether the active-ranges line is shown. */
  active: boolean;
  /** Lines of differences shown (each differing column is a line). */
  differenceLines: number;
  /** Replayed shapes shown. */
  queryRows: number;
  /** Lines below the query table: the first mismatch, its diff, the first error. */
  queryDetail: number;
  /** Both clusters on one line instead of three (kinds and partitioners left to the plan above). */
  compactHeader: boolean;
}

/** What wants a place in the live area. */
export interface VerifyDemand {
  tables: number;
  /** Lines of the header and status that are always drawn (title, clusters, speed, notes, footer…). */
  fixed: number;
  /** Lines the differences panel wants beyond its heading (column titles and differences), 0 when closed or empty. */
  differenceLines: number;
  /** Shapes the query table wants (its column titles, and a line counting those left out, come with them), 0 when closed or without replay. */
  queryRows: number;
  queryDetail: number;
  /** Whether the active-ranges line is wanted. */
  active: boolean;
}

/** Lines the one-line clusters header saves. */
export const COMPACT_HEADER_SAVES = 2;
/** Without a known height, the lists still stay one screen long. */
const DEFAULT_TABLES = 12;
const MOST_DIFFERENCE_LINES = 8;
const MOST_QUERY_ROWS = 12;
const MOST_QUERY_DETAIL = 4;

/**
 * Fits the live area into `height - 1` lines (Ink adds a newline after the frame). What goes
 * first when space runs out: shapes beyond four, the mismatch's diff, differences beyond three
 * lines, a fourth shape, the first error's line, the active-ranges line, tables beyond one, the
 * clusters' kinds and partitioners, then the panels down to one line each, then the rest of the
 * detail.
 */
export function verifyBudget(height: number | undefined, demand: VerifyDemand): VerifyBudget {
  const budget: VerifyBudget = {
    tables: Math.min(demand.tables, DEFAULT_TABLES),
    active: demand.active,
    differenceLines: Math.min(demand.differenceLines, MOST_DIFFERENCE_LINES),
    queryRows: Math.min(demand.queryRows, MOST_QUERY_ROWS),
    queryDetail: Math.min(demand.queryDetail, MOST_QUERY_DETAIL),
    compactHeader: false,
  };
  if (height === undefined) return budget;
  const available = height - 1;
  const used = (): number =>
    demand.fixed - (budget.compactHeader ? COMPACT_HEADER_SAVES : 0) +
    budget.tables + (budget.tables < demand.tables ? 1 : 0) +
    (budget.active ? 1 : 0) +
    budget.differenceLines +
    (budget.queryRows > 0 ? 1 + budget.queryRows + (budget.queryRows < demand.queryRows ? 1 : 0) : 0) +
    budget.queryDetail;
  const shrink = (field: 'tables' | 'differenceLines' | 'queryRows' | 'queryDetail', floor: number): void => {
    while (used() > available && budget[field] > floor) budget[field] -= 1;
  };
  // Shapes beyond four first (those with mismatches or errors stay; the rest are counted), then
  // the mismatch's diff (its statement and the first error stay), then differences beyond three lines.
  shrink('queryRows', 4);
  shrink('queryDetail', 2);
  // The panel's column titles and one difference come together: never titles alone.
  shrink('differenceLines', 4);
  shrink('queryRows', 3);
  shrink('queryDetail', 1);
  if (used() > available) budget.active = false;
  shrink('tables', 1);
  if (used() > available) budget.compactHeader = true;
  shrink('differenceLines', 2);
  shrink('queryRows', 1);
  shrink('queryDetail', 0);
  if (used() > available) budget.differenceLines = 0;
  shrink('queryRows', 0);
  // "… 1 more" takes the line the one left out would: show it instead.
  if (budget.tables === demand.tables - 1) budget.tables = demand.tables;
  if (budget.queryRows > 0 && budget.queryRows === demand.queryRows - 1) budget.queryRows = demand.queryRows;
  return budget;
}
