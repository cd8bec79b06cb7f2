/**
 * Comparing one statement's result on the origin with its result on the target, whole (every page
 * read), cell by cell by the types the driver reports. Rows must come in the same order where CQL
 * defines it (one partition in clustering order, ORDER BY); elsewhere they are compared as
 * multisets. Differences Keyspaces is documented to have are explained, not reported: IN results in
 * IN-list order, token order of another partitioner, and pages cut at 1 MB of data read.
 */
import { jsonSafe, valueAdapter, type ValueAdapter } from '../scan/values.js';
import type { ColumnType } from '../scan/table-shape.js';
import { canonical, differingColumns, type ColumnComparison } from './compare.js';
import type { ResultOrder } from './replay-statement.js';

/** A result column as the driver reports it (`result.columns`). */
export interface ResultColumn {
  name: string;
  type: ColumnType;
}

/** One side's whole result: its columns, every row (values in column order) and how many pages it came in. */
export interface ReplayResultSet {
  columns: ResultColumn[];
  rows: unknown[][];
  pages: number;
}

/** What the comparison needs to know about the statement. */
export interface ComparePlan {
  order: ResultOrder;
  limited: boolean;
  allowFiltering: boolean;
  /** Partitioner class names, when known: a LIMIT over several partitions takes different rows under different partitioners. */
  partitioners?: { origin: string; target: string } | undefined;
}

/** The outcome of one run. */
export type RunComparison =
  | { outcome: 'match' }
  | { outcome: 'explained'; explanations: string[] }
  | { outcome: 'mismatch'; diff: string };

/** Rows shown per side in a diff. */
export const DIFF_ROWS = 5;

/** Why an IN result is compared as a multiset. */
export const IN_ORDER_EXPLANATION =
  'IN on a primary-key column: Keyspaces returns the rows in IN-list order, Cassandra in key order; the rows were compared as a multiset';

/** Why rows of several partitions are compared as a multiset. */
export function tokenOrderExplanation(partitioners: ComparePlan['partitioners']): string {
  const which = partitioners === undefined ? '' : ` (origin ${shortClass(partitioners.origin)}, target ${shortClass(partitioners.target)})`;
  return `rows of several partitions without ORDER BY come in token order, which depends on the partitioner${which}; the rows were compared as a multiset`;
}

/** Why a LIMIT over several partitions may return other rows. */
export function limitExplanation(partitioners: NonNullable<ComparePlan['partitioners']>): string {
  return `LIMIT over several partitions without ORDER BY: each side returns its first rows in its own token order (origin ${shortClass(partitioners.origin)}, target ${shortClass(partitioners.target)}), so the rows differ while their number is the same`;
}

/** Why the same rows came in a different number of pages. */
export function pagingExplanation(originPages: number, targetPages: number, allowFiltering: boolean): string {
  const filtering = allowFiltering ? ', counting rows ALLOW FILTERING reads and drops, so pages can be short or empty' : '';
  return `paging: the same rows came in ${targetPages} page${targetPages === 1 ? '' : 's'} on the target and ${originPages} on the origin (Keyspaces ends a page at 1 MB of data read${filtering}); results were compared whole`;
}

/** Compares two whole results of `statement` (the text shown at the top of a diff). */
export function compareResultSets(origin: ReplayResultSet, target: ReplayResultSet, plan: ComparePlan, statement: string): RunComparison {
  const columns = alignColumns(origin.columns, target.columns);
  if (typeof columns === 'string') return { outcome: 'mismatch', diff: `${statement}\n${columns}` };
  const originKeys = origin.rows.map((row) => rowKey(columns.comparisons.map((c, i) => (c.adapt === undefined ? row[i] : c.adapt(row[i]))), columns.comparisons));
  const targetRows = target.rows.map((row) => columns.targetIndex.map((i) => row[i]));
  const targetKeys = targetRows.map((row) => rowKey(row, columns.comparisons));
  const sameSequence = originKeys.length === targetKeys.length && originKeys.every((k, i) => k === targetKeys[i]);
  const explanations: string[] = [];

  if (!sameSequence) {
    if (plan.order === 'ordered') {
      return { outcome: 'mismatch', diff: orderedDiff(statement, origin.rows, targetRows, originKeys, targetKeys, columns) };
    }
    const extra = multisetDifference(originKeys, targetKeys);
    if (extra.originOnly.length === 0 && extra.targetOnly.length === 0) {
      explanations.push(plan.order === 'in-list' ? IN_ORDER_EXPLANATION : tokenOrderExplanation(plan.partitioners));
    } else if (
      plan.order === 'token' &&
      plan.limited &&
      plan.partitioners !== undefined &&
      plan.partitioners.origin !== plan.partitioners.target &&
      originKeys.length === targetKeys.length
    ) {
      explanations.push(limitExplanation(plan.partitioners));
    } else {
      return { outcome: 'mismatch', diff: multisetDiff(statement, plan, origin.rows, targetRows, extra, columns) };
    }
  }
  if (origin.pages !== target.pages) explanations.push(pagingExplanation(origin.pages, target.pages, plan.allowFiltering));
  return explanations.length === 0 ? { outcome: 'match' } : { outcome: 'explained', explanations };
}

interface AlignedColumns {
  /** In origin column order: the name, the target's type and the adapter from the origin's type. */
  comparisons: ColumnComparison[];
  /** For each origin column, its index among the target's columns. */
  targetIndex: number[];
}

/** Matches the target's columns to the origin's by name; a text saying how they differ when they do not match. */
function alignColumns(origin: readonly ResultColumn[], target: readonly ResultColumn[]): AlignedColumns | string {
  const byName = new Map(target.map((c, i) => [c.name, i]));
  const missing = origin.filter((c) => !byName.has(c.name)).map((c) => c.name);
  const originNames = new Set(origin.map((c) => c.name));
  const extra = target.filter((c) => !originNames.has(c.name)).map((c) => c.name);
  if (missing.length > 0 || extra.length > 0) {
    return `  the columns differ\n- columns ${JSON.stringify(origin.map((c) => c.name))}\n+ columns ${JSON.stringify(target.map((c) => c.name))}`;
  }
  const comparisons: ColumnComparison[] = [];
  const targetIndex: number[] = [];
  for (const column of origin) {
    const index = byName.get(column.name) as number;
    const targetType = (target[index] as ResultColumn).type;
    let adapt: ValueAdapter | undefined;
    try {
      adapt = valueAdapter(column.type, targetType);
    } catch {
      return `  column ${JSON.stringify(column.name)} has types that cannot be compared (origin type code ${column.type.code}, target ${targetType.code})`;
    }
    comparisons.push({ name: column.name, type: targetType, adapt });
    targetIndex.push(index);
  }
  return { comparisons, targetIndex };
}

/** A row's identity: the canonical text of every cell by the target's column types. */
function rowKey(values: readonly unknown[], comparisons: readonly ColumnComparison[]): string {
  return JSON.stringify(comparisons.map((c, i) => canonical(values[i], c.type)));
}

/** Indexes of the rows left over on each side once rows with equal keys are paired off. */
function multisetDifference(originKeys: readonly string[], targetKeys: readonly string[]): { originOnly: number[]; targetOnly: number[] } {
  const pending = new Map<string, number[]>();
  originKeys.forEach((key, i) => {
    const list = pending.get(key);
    if (list === undefined) pending.set(key, [i]);
    else list.push(i);
  });
  const targetOnly: number[] = [];
  targetKeys.forEach((key, i) => {
    const list = pending.get(key);
    if (list === undefined || list.length === 0) targetOnly.push(i);
    else list.shift();
  });
  const originOnly = [...pending.values()].flat().sort((a, b) => a - b);
  return { originOnly, targetOnly };
}

/** A row as one line of JSON, values made readable with `jsonSafe`. */
export function formatRow(row: readonly unknown[], names: readonly string[]): string {
  return JSON.stringify(Object.fromEntries(names.map((name, i) => [name, jsonSafe(row[i])])));
}

function orderedDiff(
  statement: string,
  originRows: readonly unknown[][],
  targetRows: readonly unknown[][],
  originKeys: readonly string[],
  targetKeys: readonly string[],
  columns: AlignedColumns,
): string {
  let first = 0;
  while (first < originKeys.length && first < targetKeys.length && originKeys[first] === targetKeys[first]) first++;
  const names = columns.comparisons.map((c) => c.name);
  const lines = [statement, `  rows: origin ${originRows.length}, target ${targetRows.length}; first difference at row ${first + 1} (CQL defines this order)`];
  // The first DIFF_ROWS positions where the rows differ (equal pairs after the first difference are left out).
  for (let i = first, shown = 0; shown < DIFF_ROWS && (i < originRows.length || i < targetRows.length); i++) {
    if (originKeys[i] !== undefined && originKeys[i] === targetKeys[i]) continue;
    shown++;
    const o = originRows[i];
    const t = targetRows[i];
    if (o !== undefined) lines.push(`- ${formatRow(o, names)}`);
    if (t !== undefined) lines.push(`+ ${formatRow(t, names)}`);
    if (o !== undefined && t !== undefined) {
      const differing = differingColumns(o, t, columns.comparisons);
      if (differing.length > 0 && differing.length < names.length) lines.push(`  differs in: ${differing.join(', ')}`);
    }
  }
  return lines.join('\n');
}

function multisetDiff(
  statement: string,
  plan: ComparePlan,
  originRows: readonly unknown[][],
  targetRows: readonly unknown[][],
  extra: { originOnly: number[]; targetOnly: number[] },
  columns: AlignedColumns,
): string {
  const names = columns.comparisons.map((c) => c.name);
  const why = plan.order === 'in-list' ? 'IN results, in any order' : 'several partitions, in any order';
  const lines = [
    statement,
    `  rows: origin ${originRows.length}, target ${targetRows.length}; ${extra.originOnly.length} only on the origin, ${extra.targetOnly.length} only on the target (compared as a multiset: ${why})`,
  ];
  for (const i of extra.originOnly.slice(0, DIFF_ROWS)) lines.push(`- ${formatRow(originRows[i] as unknown[], names)}`);
  for (const i of extra.targetOnly.slice(0, DIFF_ROWS)) lines.push(`+ ${formatRow(targetRows[i] as unknown[], names)}`);
  return lines.join('\n');
}

function shortClass(className: string): string {
  return className.slice(className.lastIndexOf('.') + 1) || className;
}
