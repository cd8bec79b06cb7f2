/**
 * The copy views' words, shared by the live view and the plain lines so both say the same thing.
 * Every text from the copy (table names, causes, keys, warnings) is folded onto one line and its
 * control characters escaped here.
 */
import type { CopyPlanEvent, CopyProgressEvent } from '../../copy/events.js';
import { RATE_WINDOW_MS } from '../../shared/rate-window.js';
import { oneLine } from '../../shared/terminal-text.js';
import { fit, formatBytes, formatCount, formatDuration, formatExact, truncate } from '../format.js';
import type { CopySummary, LogEntry, Problem, RateState, TableDone } from './state.js';
import { maxOf } from '../../shared/arrays.js';

/** A name or cause from the copy, safe to print on one line. */
export const safe = oneLine;

/** `metrics.events: ttl+writetime · d: duration → text` for tables copied with more than values, or undefined. */
export function tableNotes(table: CopyPlanEvent['tables'][number]): string | undefined {
  const notes = [
    ...(table.fidelity === 'values' ? [] : [table.fidelity === 'counter' ? 'counter increments' : `with ${table.fidelity.replace('+', ' and ')}`]),
    ...table.conversions.map((c) => `converts ${c}`),
  ];
  return notes.length === 0 ? undefined : `${safe(table.table)}: ${notes.join(' · ')}`;
}

/** The plan in a few lines (the first a headline, the others its details): what, how much, how fast, where the checkpoint is. */
export function planLines(plan: CopyPlanEvent): string[] {
  const keyspaces = new Set(plan.tables.map((t) => t.table.split('.')[0])).size;
  const ranges = plan.tables.reduce((sum, t) => sum + t.ranges, 0);
  const finished = plan.tables.reduce((sum, t) => sum + t.finishedRanges, 0);
  const rows = plan.tables.every((t) => t.estimatedRows !== undefined) ? plan.tables.reduce((sum, t) => sum + (t.estimatedRows ?? 0), 0) : undefined;
  const bytes = plan.tables.every((t) => t.estimatedBytes !== undefined) ? plan.tables.reduce((sum, t) => sum + (t.estimatedBytes ?? 0), 0) : undefined;
  const size = [rows !== undefined ? `~${formatCount(rows)} rows` : undefined, bytes !== undefined ? `~${formatBytes(bytes)}` : undefined].filter(Boolean).join(', ');
  const what = [
    `${plan.tables.length} ${plan.tables.length === 1 ? 'table' : 'tables'}${keyspaces > 1 ? ` in ${keyspaces} keyspaces` : ''}`,
    `${formatExact(ranges)} ranges`,
    ...(size !== '' ? [size] : []),
  ];
  const how = [
    plan.rate === undefined ? 'no rate limit' : `rate ${formatExact(plan.rate)} WCU/s${plan.estimatedSeconds !== undefined ? ` (~${formatDuration(plan.estimatedSeconds)})` : ''}`,
    `${plan.concurrency} workers`,
    safe(plan.partitioner.replace(/^org\.apache\.cassandra\.dht\./, '')),
    ...(plan.shard !== undefined ? [`shard ${safe(plan.shard)}`] : []),
  ];
  const lines = [`Plan: ${what.join(' · ')}`, how.join(' · ')];
  if (plan.checkpoint !== undefined) {
    lines.push(`checkpoint ${safe(plan.checkpoint)}${plan.resumed ? ` · resuming: ${formatExact(finished)} of ${formatExact(ranges)} ranges already copied` : ''}`);
  }
  for (const table of plan.tables) {
    const notes = tableNotes(table);
    if (notes !== undefined) lines.push(notes);
  }
  if (plan.dryRun) lines.push('dry run: rows are read, nothing is written');
  return lines;
}

/** One log entry, in lines (printed once above the live area, or as plain lines); lines after the first are details. */
export function logText(entry: LogEntry): string[] {
  switch (entry.kind) {
    case 'connected':
      return [`Connected: origin ${safe(entry.origin)} → ${entry.targetKind === 'keyspaces' ? 'Keyspaces' : 'Cassandra'} ${safe(entry.target)}`];
    case 'creating-tables':
      return [`Creating ${entry.tables.length} ${entry.tables.length === 1 ? 'table' : 'tables'} on the target: ${entry.tables.map(safe).join(', ')}`];
    case 'table-active':
      return [`${safe(entry.table)} is ACTIVE (after ${formatDuration(entry.waitedMs / 1000)})`];
    case 'plan':
      return planLines(entry.plan);
    case 'warning':
      return [`Warning: ${safe(entry.message)}`];
    case 'table-done':
      return [tableDoneText(entry.done, entry.target)];
  }
}

/** `shop.orders: 1,234,567 rows copied in 1m05s, 2 rejected`. */
export function tableDoneText(done: TableDone, target: string): string {
  const name = target === done.table ? safe(done.table) : `${safe(done.table)} → ${safe(target)}`;
  const rejected = done.rejected > 0 ? `, ${formatExact(done.rejected)} rejected` : '';
  const unread = done.read - done.written - done.rejected;
  const missing = unread > 0 ? `, ${formatExact(unread)} not written` : '';
  return `${name}: ${formatExact(done.written)} rows copied in ${formatDuration(done.seconds)}${rejected}${missing}`;
}

/**
 * `shop.orders: cause · key {"id":42}`, with `×3` first when it happened three times; the table
 * name cut to `nameWidth` (the cause matters more).
 */
export function problemText(problem: Problem, nameWidth = Number.POSITIVE_INFINITY): string {
  return `${problem.count > 1 ? `×${formatExact(problem.count)} ` : ''}${truncate(safe(problem.table), nameWidth)}: ${safe(problem.cause)} · ${safe(problem.detail)}`;
}

/**
 * The write rate against the limit and budget, short (`1,590/1,600 WCU/s, throttled from 2,000`)
 * or long (`1,590 WCU/s of a 1,600 limit, lowered from 2,000 after throttling`); only the limit
 * (`limit 1,600 WCU/s`) while the rate is still measured. The rate is measured, never capped: when
 * it stands above the limit the text says why — the limit was just lowered (the rate still counts
 * the seconds before), or a burst (the limiter lets a second of unused capacity out at once).
 */
export function rateText(progress: Pick<CopyProgressEvent, 'writeUnitsPerSecond' | 'elapsedSeconds'> | undefined, rate: RateState, long: boolean): string {
  const measured = progress?.writeUnitsPerSecond;
  if (rate.limit === undefined) {
    if (measured === undefined) return 'no rate limit';
    return `${formatExact(measured)} WCU/s${long ? ', no rate limit' : ' (no limit)'}`;
  }
  const limit = formatExact(rate.limit);
  const lowered = rate.budget !== undefined && rate.limit < rate.budget;
  const notes = lowered ? [long ? `lowered from ${formatExact(rate.budget ?? 0)} after throttling` : `throttled from ${formatExact(rate.budget ?? 0)}`] : [];
  if (progress === undefined || measured === undefined) return [`limit ${limit} WCU/s`, ...notes].join(', ');
  // Compared as shown: a rate a fraction above the limit reads as the limit.
  if (Math.round(measured) > Math.round(rate.limit)) {
    if (!justLowered(rate, progress.elapsedSeconds)) notes.push(long ? 'a burst of unused capacity' : 'burst');
    else if (!lowered) notes.push(long ? 'the limit was just lowered' : 'just lowered');
  }
  const head = long ? `${formatExact(measured)} WCU/s of a ${limit} limit` : `${formatExact(measured)}/${limit} WCU/s`;
  return [head, ...notes].join(', ');
}

/** Whether the limit came down recently enough that the measured rate still counts time before it. */
function justLowered(rate: RateState, elapsedSeconds: number): boolean {
  // A window may reach one sample further back than its length, and the view dates the change by
  // the progress before it: a second of margin covers both.
  return rate.loweredAt !== undefined && elapsedSeconds - rate.loweredAt < RATE_WINDOW_MS / 1000 + 1;
}

/** `throttled 12 · retries 3 · rejected 1 · splits 1`. */
export function countsText(progress: CopyProgressEvent | undefined, rejects: number, splits: number): string {
  return [
    `throttled ${formatExact(progress?.throttled ?? 0)}`,
    `retries ${formatExact(progress?.retries ?? 0)}`,
    `rejected ${formatExact(Math.max(rejects, progress?.rowsRejected ?? 0))}`,
    `splits ${formatExact(splits)}`,
  ].join(' · ');
}

/** The time left: `2m10s`, `—` while unknown, `— (paused)`. */
export function etaText(progress: CopyProgressEvent | undefined, paused: boolean): string {
  if (paused) return '— (paused)';
  return progress?.etaSeconds === undefined ? '—' : formatDuration(progress.etaSeconds);
}

/**
 * Active ranges (`ks.t#index`) grouped by table, as many as fit in `width`:
 * `shop.orders #17 #18 · metrics.events #3 +12`.
 */
export function activeRangesText(active: string[], width: number): string {
  if (active.length === 0) return 'none';
  const groups = new Map<string, string[]>();
  for (const id of active) {
    const hash = id.lastIndexOf('#');
    const table = hash < 0 ? id : id.slice(0, hash);
    const index = hash < 0 ? '' : id.slice(hash);
    groups.set(table, [...(groups.get(table) ?? []), index]);
  }
  const tokens: Array<{ text: string; separator: string }> = [];
  for (const [table, indexes] of groups) {
    indexes.forEach((index, i) => tokens.push({ text: i === 0 ? `${safe(table)} ${safe(index)}` : safe(index), separator: i === 0 ? ' · ' : ' ' }));
  }
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const piece = (out === '' ? '' : token.separator) + token.text;
    const rest = tokens.length - i - 1;
    const more = rest > 0 ? ` +${rest}` : '';
    if (Array.from(out + piece + more).length > width) return `${out}${out === '' ? '' : ' '}+${tokens.length - i}`;
    out += piece;
  }
  return out;
}

/** How the copy ended, as the view saw it: every range copied, stopped by the user, or ended early (an error). */
export type CopyOutcome = 'finished' | 'stopped' | 'incomplete';

/** The summary's headline. */
export function summaryHeadline(summary: CopySummary, outcome: CopyOutcome, elapsedSeconds: number | undefined, ranges: { done: number; total: number } | undefined): string {
  const written = summary.tables.reduce((sum, t) => sum + t.written, 0);
  const rejected = summary.tables.reduce((sum, t) => sum + t.rejected, 0);
  const took = elapsedSeconds !== undefined ? ` in ${formatDuration(elapsedSeconds)}` : '';
  const counts = `${formatExact(written)} rows written${rejected > 0 ? `, ${formatExact(rejected)} rejected` : ''}`;
  if (outcome === 'stopped') return `Copy stopped${took}: ${counts}`;
  if (outcome === 'incomplete') {
    const rangeText = ranges !== undefined ? `${formatExact(ranges.done)} of ${formatExact(ranges.total)} ranges copied` : 'not every range was copied';
    return `Copy ended early${took}: ${counts}; ${rangeText}`;
  }
  return `Copy finished${took}: ${summary.tables.length} ${summary.tables.length === 1 ? 'table' : 'tables'}, ${counts}`;
}

/** The summary's closing advice, one sentence a line (none when there is nothing to add). */
export function summaryAdvice(summary: CopySummary, outcome: CopyOutcome, checkpoint: string | undefined): string[] {
  const advice: string[] = [];
  if (outcome !== 'finished') {
    advice.push(checkpoint !== undefined
      ? `The checkpoint (${safe(checkpoint)}) keeps the ranges copied: run the same command with --resume to continue.`
      : 'No checkpoint was kept: a new run starts over.');
  }
  const rejected = summary.tables.reduce((sum, t) => sum + t.rejected, 0);
  if (rejected > 0) advice.push(`${formatExact(rejected)} ${rejected === 1 ? 'row was' : 'rows were'} rejected: the rejects file has each one with its cause.`);
  return advice;
}

/**
 * The summary's per-table lines within `width` (the name column gives way):
 *
 * ```
 * table                    read     written  rejected    time
 * shop.customers      2,234,120   2,234,120         0   5m02s
 * ```
 */
export function summaryTable(summary: CopySummary, width: number): { header: string; rows: string[] } {
  const cells = summary.tables.map((t) => [formatExact(t.read), formatExact(t.written), formatExact(t.rejected), formatDuration(t.seconds)]);
  const titles = ['read', 'written', 'rejected', 'time'];
  const widths = titles.map((title, c) => maxOf(cells.map((row) => row[c]?.length ?? 0), title.length));
  const numbers = widths.reduce((sum, w) => sum + w + 2, 0);
  const longest = maxOf(summary.tables.map((t) => Array.from(safe(t.table)).length), 5);
  const name = Math.max(5, Math.min(longest, width - numbers));
  const line = (first: string, values: string[]): string => fit(first, name) + values.map((v, c) => `  ${v.padStart(widths[c] ?? 0)}`).join('');
  return { header: line('table', titles), rows: summary.tables.map((t, i) => line(safe(t.table), cells[i] ?? [])) };
}
