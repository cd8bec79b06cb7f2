/**
 * The verify views' words, shared by the live view and the plain lines so both say the same
 * thing. Every text from the verify (table names, keys, values, statements, causes, warnings)
 * comes from servers and user data: it is folded onto one line and its control characters
 * escaped here.
 */
import type { QueryShapeResult, RowDifference, VerifyMode } from '../../verify/events.js';
import { oneLine } from '../escape.js';
import { fit, formatCount, formatDuration, formatExact, truncate } from '../format.js';
import { remainingDifferences, type Recheck, type VerifyClusters, type VerifyLogEntry, type VerifyOutcome, type VerifyPlan, type VerifySummary, type VerifyTableDone } from './state.js';
import { maxOf } from '../../shared/arrays.js';

/** A name or cause from the verify, safe to print on one line. */
export const safe = oneLine;

/** `Keyspaces` or `Cassandra`. */
export function kindText(kind: VerifyClusters['targetKind']): string {
  return kind === 'keyspaces' ? 'Keyspaces' : 'Cassandra';
}

/** A partitioner's class without its package: `Murmur3Partitioner`. */
export function partitionerText(partitioner: string): string {
  return safe(partitioner.slice(partitioner.lastIndexOf('.') + 1));
}

/** How rows are matched, in a few words. */
export function modeText(mode: VerifyMode | undefined): string {
  if (mode === 'merge') return 'merge: both sides streamed in token order';
  if (mode === 'lookup') return 'lookup: origin rows looked up on the target by key';
  return 'queries only: no table data compared';
}

/** `1 missing · 2 extra · 3 different`, or `identical`. */
export function countsText(counts: { missing: number; extra: number; different: number }): string {
  const parts = [
    counts.missing > 0 ? `${formatExact(counts.missing)} missing` : undefined,
    counts.extra > 0 ? `${formatExact(counts.extra)} extra` : undefined,
    counts.different > 0 ? `${formatExact(counts.different)} different` : undefined,
  ].filter((part) => part !== undefined);
  return parts.length === 0 ? 'identical' : parts.join(' · ');
}

/** `4 tables in 2 keyspaces`. */
function tablesText(tables: Array<{ table: string }>): string {
  const keyspaces = new Set(tables.map((t) => t.table.split('.')[0])).size;
  return `${tables.length} ${tables.length === 1 ? 'table' : 'tables'}${keyspaces > 1 ? ` in ${keyspaces} keyspaces` : ''}`;
}

/** The plan in a few lines (the first a headline, the others its details). */
export function planLines(plan: VerifyPlan): string[] {
  const ranges = plan.tables.reduce((sum, t) => sum + t.ranges, 0);
  const rows = plan.tables.length > 0 && plan.tables.every((t) => t.estimatedRows !== undefined) ? plan.tables.reduce((sum, t) => sum + (t.estimatedRows ?? 0), 0) : undefined;
  const what = plan.tables.length === 0
    ? ['no tables']
    : [tablesText(plan.tables), `${formatExact(ranges)} ranges`, ...(rows !== undefined ? [`~${formatCount(rows)} rows`] : [])];
  const origin = partitionerText(plan.originPartitioner);
  const target = partitionerText(plan.targetPartitioner);
  const partitioners = origin === target ? `${origin} on both sides` : `origin ${origin}, target ${target}`;
  const lines = [`Plan: ${what.join(' · ')}`, `${modeText(plan.mode)} (${partitioners})`];
  const scope = [
    ...(plan.samplePercent < 100 ? [`sample: ${formatSample(plan.samplePercent)} of the ranges`] : []),
    ...(plan.shard !== undefined ? [`shard ${safe(plan.shard)}`] : []),
    ...(plan.queryShapes !== undefined ? [`${formatExact(plan.queryShapes)} query ${plan.queryShapes === 1 ? 'shape' : 'shapes'} to replay`] : []),
  ];
  if (scope.length > 0) lines.push(scope.join(' · '));
  for (const t of plan.tables) if (t.target !== t.table) lines.push(`${safe(t.table)} → ${safe(t.target)}`);
  return lines;
}

function formatSample(percent: number): string {
  return `${Number.isInteger(percent) ? percent : percent.toFixed(1)}%`;
}

/** `shop.orders: 4,099,999 rows compared in 36m50s: 1 missing · 1 extra`, with the re-check when repaired. */
export function tableDoneText(done: VerifyTableDone, target: string, recheck: Recheck | undefined): string {
  const name = target === done.table ? safe(done.table) : `${safe(done.table)} → ${safe(target)}`;
  const head = `${name}: ${formatExact(done.compared)} rows compared in ${formatDuration(done.seconds)}`;
  const counts = countsText(done);
  const repaired = recheck === undefined ? '' : `; ${formatExact(recheck.repaired)} repaired, ${recheckText(recheck)}`;
  return `${head}${counts === 'identical' ? ', identical' : `: ${counts}`}${repaired}`;
}

/** `identical` or `2 still different`. */
export function recheckResult(recheck: Recheck): string {
  return recheck.stillDifferent === 0 ? 'identical' : `${formatExact(recheck.stillDifferent)} still different`;
}

/** `re-check: identical` or `re-check: 2 still different`. */
export function recheckText(recheck: Recheck): string {
  return `re-check: ${recheckResult(recheck)}`;
}

/** One log entry, in lines (printed once above the live area, or as plain lines); lines after the first are details. */
export function logText(entry: VerifyLogEntry): string[] {
  switch (entry.kind) {
    case 'connected':
      return [`Connected: origin Cassandra ${safe(entry.origin)} · target ${kindText(entry.targetKind)} ${safe(entry.target)}`];
    case 'plan':
      return planLines(entry.plan);
    case 'warning':
      return [`Warning: ${safe(entry.message)}`];
    case 'table-done':
      return [tableDoneText(entry.done, entry.target, entry.recheck)];
  }
}

/** A value from a row as data: `42`, `"paid"`, `null`, `[1,2]`; `—` when absent. Escaped. */
export function valueText(value: unknown): string {
  if (value === undefined) return '—';
  try {
    return safe(JSON.stringify(value, (_name, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) ?? String(value));
  } catch {
    return '{…}';
  }
}

/** A primary key: `customer_id=7 day="2024-01-01"`, or only the values (`7 "2024-01-01"`). */
export function keyText(key: Record<string, unknown>, names = true): string {
  return Object.entries(key).map(([name, value]) => (names ? `${safe(name)}=${valueText(value)}` : valueText(value))).join(' ');
}

/** A row's values: `total=9.99, status="paid"`. */
export function rowText(values: Record<string, unknown> | undefined): string {
  if (values === undefined) return '';
  const entries = Object.entries(values);
  return entries.length === 0 ? '(key only)' : entries.map(([name, value]) => `${safe(name)}=${valueText(value)}`).join(', ');
}

/** A difference on one plain line. */
export function differenceText(d: RowDifference): string {
  const where = `${safe(d.table)} ${keyText(d.key)}`;
  if (d.kind === 'missing') return `Missing on the target: ${where}${d.origin !== undefined ? ` · origin ${rowText(d.origin)}` : ''}`;
  if (d.kind === 'extra') return `Extra on the target: ${where}${d.target !== undefined ? ` · target ${rowText(d.target)}` : ''}`;
  const columns = d.columns.map((c) => `${safe(c)}: origin ${valueText(d.origin?.[c])}, target ${valueText(d.target?.[c])}`);
  return `Different: ${where} · ${columns.join('; ')}`;
}

/** `shop.orders order_id=42 written`. */
export function repairText(repair: { table: string; action: 'written' | 'deleted'; key: Record<string, unknown> }): string {
  return `${safe(repair.table)} ${keyText(repair.key)} ${repair.action === 'written' ? 'written from the origin' : 'deleted'}`;
}

/** Milliseconds as the views show latencies: `0.8 ms`, `12 ms`, `1.2 s`. */
export function latencyText(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  if (ms >= 1000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 10) return `${Math.round(ms)} ms`;
  return `${ms.toFixed(1)} ms`;
}

/** A side's median latency for a shape, `—` when every run failed on that side (there is nothing to time). */
export function sideLatency(result: Pick<QueryShapeResult, 'runs' | 'errors' | 'latency' | 'firstErrors'>, side: 'origin' | 'target'): string {
  const failed = result.runs > 0 && result.errors >= result.runs && (result.firstErrors ?? []).some((e) => e.side === side || e.side === 'both');
  return failed ? '—' : latencyText(result.latency[side].p50);
}

/** Whether a replayed shape had runs that differ or fail. */
export function queryTrouble(result: Pick<QueryShapeResult, 'mismatch' | 'errors'>): boolean {
  return result.mismatch > 0 || result.errors > 0;
}

/**
 * A statement shape in at most `width` characters, on one line, whitespace folded. The first of
 * these that fits: the shape; its select list as `…`; without `SELECT … FROM` (the table first);
 * whole words cut from the middle, the table and the end kept, so that shapes differing only at
 * their end stay apart; the text cut at the end.
 *
 * `SELECT id, total FROM shop.orders WHERE customer_id = ? AND order_id IN ?` →
 * `SELECT … FROM shop.orders WHERE customer_id = ? AND order_id IN ?` →
 * `shop.orders WHERE customer_id = ? AND order_id IN ?` → `shop.orders WHERE … AND order_id IN ?`.
 */
export function abbreviateShape(shape: string, width: number, least = 0): string {
  const length = (s: string): number => Array.from(s).length;
  const forms = shapeForms(shape);
  const tableFirst = forms[2];
  for (const candidate of forms.slice(least)) if (length(candidate) <= width) return candidate;
  const words = tableFirst.split(' ');
  // The end gets up to half the width (at least what the table leaves), the start the rest.
  let tail: string[] = [];
  for (let i = words.length - 1; i > 1; i--) {
    const next = [words[i] as string, ...tail];
    if (length(next.join(' ')) > Math.min(Math.max(Math.floor((width - 3) / 2), 5), width - length(words[0] ?? '') - 3)) break;
    tail = next;
  }
  if (length(tail.join(' ')) < 5) return truncate(tableFirst, width);
  const room = width - length(tail.join(' ')) - 3;
  let head: string[] = [];
  for (const word of words.slice(0, words.length - tail.length)) {
    if (length([...head, word].join(' ')) > room) break;
    head = [...head, word];
  }
  return `${head.join(' ')} … ${tail.join(' ')}`;
}

/** A shape whole, with its select list as `…`, and without `SELECT … FROM`. */
function shapeForms(shape: string): [string, string, string] {
  const text = safe(shape).replace(/\s+/g, ' ').trim();
  const short = text.replace(/^(SELECT (?:DISTINCT |JSON )?)(.+?)( FROM )/i, (_all, select: string, _list: string, from: string) => `${select}…${from}`);
  return [text, short, short.replace(/^SELECT (?:DISTINCT |JSON )?… FROM /i, '')];
}

/**
 * Shapes abbreviated alike for one column `width` wide: each in the most abbreviated form any of
 * them needs (so that a column does not mix `SELECT … FROM t` and `t`).
 */
export function abbreviateShapes(shapes: string[], width: number): string[] {
  const level = maxOf(shapes.map((shape) => {
    const fits = shapeForms(shape).findIndex((form) => Array.from(form).length <= width);
    return fits < 0 ? 2 : fits;
  }), 0);
  return shapes.map((shape) => abbreviateShape(shape, width, level));
}

/**
 * Two values that differ, each cut to `width` so that the difference shows: when the first
 * differing character would be cut off, both start with `…` a little before it, at the same place.
 */
export function differingExcerpts(a: string, b: string, width: number): [string, string] {
  const ca = Array.from(a);
  const cb = Array.from(b);
  if ((ca.length <= width && cb.length <= width) || width < 8) return [truncate(a, width), truncate(b, width)];
  let first = 0;
  while (first < ca.length && first < cb.length && ca[first] === cb[first]) first++;
  if (first < width - Math.floor(width / 3)) return [truncate(a, width), truncate(b, width)];
  // A third of the width before the difference, less when the ends are near: the window stays full.
  const start = Math.max(1, Math.min(first - Math.floor(width / 3), Math.max(ca.length, cb.length) - width + 1));
  const cut = (chars: string[]): string => truncate(`…${chars.slice(start).join('')}`, width);
  return [cut(ca), cut(cb)];
}

/** A replayed shape's counts: `200 runs: 150 match · 50 mismatch · 0 errors · 0 explained`. */
export function queryCountsText(result: QueryShapeResult): string {
  return `${formatExact(result.runs)} ${result.runs === 1 ? 'run' : 'runs'}: ${formatExact(result.match)} match · ${formatExact(result.mismatch)} mismatch · ${formatExact(result.errors)} ${result.errors === 1 ? 'error' : 'errors'} · ${formatExact(result.explained)} explained`;
}

/** `target: Undefined column name x · KS1301 the finding's message`. */
export function queryErrorText(error: NonNullable<QueryShapeResult['firstErrors']>[number]): string {
  const finding = error.finding !== undefined ? ` · ${safe(error.finding.ruleId)} ${safe(error.finding.message)}` : '';
  return `${error.side === 'both' ? 'both sides' : error.side}: ${safe(error.message)}${finding}`;
}

/** The lines of a mismatch's diff, each escaped, blank ones dropped. */
export function diffLines(diff: string): string[] {
  return diff.split(/\r?\n/).map((line) => safe(line).trimEnd()).filter((line) => line.trim() !== '');
}

/** A replayed shape in plain lines: the shape and its counts, then its first mismatch, errors and explanations. */
export function queryLines(result: QueryShapeResult): string[] {
  const lines = [
    `Query: ${abbreviateShape(result.shape, 200)} · ${queryCountsText(result)} · p50 origin ${sideLatency(result, 'origin')}, target ${sideLatency(result, 'target')}`,
  ];
  if (result.firstMismatch !== undefined) {
    lines.push(`first mismatch: ${safe(result.firstMismatch.statement)}`);
    for (const line of diffLines(result.firstMismatch.diff)) lines.push(`  ${line}`);
  }
  for (const error of result.firstErrors ?? []) lines.push(`first error on ${queryErrorText(error)}`);
  for (const explanation of result.explanations) lines.push(`explained: ${safe(explanation)}`);
  return lines;
}

/** Totals of the summary. */
export interface SummaryTotals {
  compared: number;
  /** Differences found. */
  found: number;
  /** Differences left after repairs (all of them without repairs). */
  remaining: number;
  repaired: boolean;
  queries: { shapes: number; mismatching: number; failing: number };
}

/** The summary's totals, with each table's re-check. */
export function summaryTotals(summary: VerifySummary, rechecks: ReadonlyMap<string, Recheck>): SummaryTotals {
  let found = 0;
  let remaining = 0;
  for (const t of summary.tables) {
    const f = t.missing + t.extra + t.different;
    found += f;
    remaining += remainingDifferences(f, rechecks.get(t.table));
  }
  const queries = summary.queries ?? [];
  return {
    compared: summary.tables.reduce((sum, t) => sum + t.compared, 0),
    found,
    remaining,
    repaired: summary.tables.some((t) => rechecks.has(t.table)),
    queries: { shapes: queries.length, mismatching: queries.filter((q) => q.mismatch > 0).length, failing: queries.filter((q) => q.errors > 0).length },
  };
}

const plural = (n: number, one: string, many: string): string => `${formatExact(n)} ${n === 1 ? one : many}`;

/** The summary's verdict: `identical`, `3 differences remain`… */
export function verdictText(totals: SummaryTotals, samplePercent: number): string {
  if (totals.found === 0) return samplePercent < 100 ? `identical in the ${formatSample(samplePercent)} of ranges sampled` : 'identical';
  if (totals.remaining === 0) return `identical after repairs (${plural(totals.found, 'difference', 'differences')} repaired)`;
  return `${plural(totals.remaining, 'difference remains', 'differences remain')}`;
}

/** The summary's headline. */
export function summaryHeadline(
  summary: VerifySummary,
  totals: SummaryTotals,
  outcome: VerifyOutcome,
  context: { elapsedSeconds: number | undefined; samplePercent: number; ranges: { done: number; total: number } | undefined; shapes?: { done: number; total: number } | undefined },
): string {
  const took = context.elapsedSeconds !== undefined ? ` in ${formatDuration(context.elapsedSeconds)}` : '';
  const after = took.replace(' in ', ' after ');
  const compared = `${plural(totals.compared, 'row', 'rows')} compared`;
  const found = totals.found === 0 ? 'no differences so far' : `${plural(totals.found, 'difference', 'differences')} so far`;
  const ranges = context.ranges !== undefined && context.ranges.done < context.ranges.total ? `${formatExact(context.ranges.done)} of ${formatExact(context.ranges.total)} ranges compared` : undefined;
  const shapes = context.shapes !== undefined && context.shapes.done < context.shapes.total ? `${formatExact(context.shapes.done)} of ${formatExact(context.shapes.total)} query shapes replayed` : undefined;
  const left = [ranges, shapes].filter((part) => part !== undefined).join(', ');
  if (outcome === 'stopped') return `Verify stopped${after}: ${compared}, ${found}${left !== '' ? `; ${left}` : ''}`;
  if (outcome === 'incomplete') return `Verify ended early${after}: ${compared}, ${found}; ${left !== '' ? left : 'not every range was compared'}`;
  if (summary.tables.length === 0) return `Verify finished${took}: ${queriesVerdict(totals)}`;
  return `Verify finished${took}: ${verdictText(totals, context.samplePercent)} — ${plural(summary.tables.length, 'table', 'tables')}, ${compared}`;
}

/** `3 query shapes replayed: 1 mismatching, 1 with errors`, or `… all match`. */
export function queriesVerdict(totals: SummaryTotals): string {
  const { shapes, mismatching, failing } = totals.queries;
  const head = `${plural(shapes, 'query shape', 'query shapes')} replayed`;
  if (mismatching === 0 && failing === 0) return `${head}, ${shapes === 1 ? 'it matches' : 'all match'}`;
  return `${head}: ${[mismatching > 0 ? `${formatExact(mismatching)} mismatching` : undefined, failing > 0 ? `${formatExact(failing)} with errors` : undefined].filter(Boolean).join(', ')}`;
}

/** The summary's closing advice, one sentence a line (none when there is nothing to add). */
export function summaryAdvice(summary: VerifySummary, totals: SummaryTotals, outcome: VerifyOutcome, samplePercent: number, report?: string): string[] {
  const advice: string[] = [];
  if (outcome === 'stopped') advice.push('Nothing is checkpointed: the next run compares every range again.');
  const unrepaired = summary.tables.filter((t) => t.missing + t.different > 0);
  const extras = summary.tables.some((t) => t.extra > 0);
  if (totals.remaining > 0 && !totals.repaired) {
    if (unrepaired.length > 0) advice.push(`Run again with --fix to write the origin's version of the missing and different rows to the target${extras ? '; add --fix-extra to delete the extra rows too' : ''}.`);
    else if (extras) advice.push('Run again with --fix-extra to delete the extra rows from the target.');
  } else if (totals.remaining > 0) {
    advice.push('Rows still differ after the repairs: the origin may still be writing them; verify again once writes settle.');
  }
  if (report === undefined && (totals.found > 0 || totals.queries.mismatching > 0 || totals.queries.failing > 0)) {
    advice.push("Run with --report <file> to keep every difference: row keys with both sides' values, and each query shape's first mismatch.");
  }
  if (outcome === 'finished' && samplePercent < 100) advice.push(`Only ${formatSample(samplePercent)} of the ranges were compared (--sample): run without it to compare every row.`);
  return advice;
}

/**
 * The summary's per-table lines within `width` (the name column gives way):
 *
 * ```
 * table            compared  missing  extra  different
 * shop.customers  2,012,345        0      0          0
 * ```
 */
export function summaryTable(summary: VerifySummary, rechecks: ReadonlyMap<string, Recheck>, width: number): { header: string; rows: string[] } {
  const repaired = summary.tables.some((t) => rechecks.has(t.table));
  const titles = ['compared', 'missing', 'extra', 'different', ...(repaired ? ['repaired', 'remain'] : [])];
  const cells = summary.tables.map((t) => {
    const recheck = rechecks.get(t.table);
    const base = [t.compared, t.missing, t.extra, t.different].map(formatExact);
    if (!repaired) return base;
    return [...base, recheck !== undefined ? formatExact(recheck.repaired) : '—', formatExact(remainingDifferences(t.missing + t.extra + t.different, recheck))];
  });
  return columnsTable(summary.tables.map((t) => safe(t.table)), 'table', titles, cells, width);
}

/** The summary's query lines: every shape when a few, else the troubled ones and a count of the rest. */
export function summaryQueries(queries: NonNullable<VerifySummary['queries']>, width: number): { header: string; rows: string[]; trouble: boolean[]; more: string | undefined } {
  const shown = queries.length <= 8 ? queries : queries.filter(queryTrouble);
  const titles = ['runs', 'match', 'mismatch', 'errors'];
  const cells = shown.map((q) => [q.runs, q.match, q.mismatch, q.errors].map(formatExact));
  const numbers = cells.reduce((w, row) => Math.max(w, row.join('  ').length), titles.join('  ').length) + 2;
  const names = abbreviateShapes(shown.map((q) => q.shape), Math.max(12, width - numbers));
  const table = columnsTable(names, 'query shape', titles, cells, width);
  const rest = queries.length - shown.length;
  return { ...table, trouble: shown.map(queryTrouble), more: rest > 0 ? `… ${plural(rest, 'more shape', 'more shapes')}, all matching` : undefined };
}

/** A left column of names and right-aligned numeric columns, two spaces apart, within `width`. */
function columnsTable(names: string[], nameTitle: string, titles: string[], cells: string[][], width: number): { header: string; rows: string[] } {
  const widths = titles.map((title, c) => maxOf(cells.map((row) => row[c]?.length ?? 0), title.length));
  const numbers = widths.reduce((sum, w) => sum + w + 2, 0);
  const longest = maxOf(names.map((n) => Array.from(n).length), nameTitle.length);
  const name = Math.max(5, Math.min(longest, width - numbers));
  const line = (first: string, values: string[]): string => fit(first, name) + values.map((v, c) => `  ${v.padStart(widths[c] ?? 0)}`).join('');
  return { header: line(nameTitle, titles), rows: names.map((n, i) => line(n, cells[i] ?? [])) };
}
