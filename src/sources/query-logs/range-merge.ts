import type { RangeFold } from './range-fold.js';
import { joinSpans, type TimeSpan } from './rates.js';
import { SkippedLines } from './readers.js';
import type { QueryLogFormat } from './records.js';
import { byCountThenFirstLine } from './shape-fold.js';
import type { OversizedRecord, QueryLogSummary, ShapeEntry } from './summary.js';

/**
 * The summary of a whole log from the folds of its ranges, in file order: exactly what
 * `summarizeQueryLog` returns for it, provided no range overflowed and the ranges together hold no
 * more distinct shapes than its `maxShapes` (so nothing is overflow). Line numbers move by the lines
 * of the ranges before; a shape's first range gives its first line, example and keyspace, and the
 * order its consistency levels were first seen; the first skipped lines are the first ranges'.
 * Takes the folds' entries over (they are changed).
 */
export function mergeRangeFolds(format: Exclude<QueryLogFormat, 'auto'>, folds: readonly RangeFold[]): QueryLogSummary {
  const byKey = new Map<string, ShapeEntry>();
  const oversized: OversizedRecord[] = [];
  const skipped = new SkippedLines();
  let records = 0;
  let timestamped = 0;
  let span: TimeSpan | undefined;
  let offset = 0;
  for (const fold of folds) {
    if (fold.overflowed) throw new Error('a range that overflowed cannot be merged: read the log on one thread');
    for (const [key, entry] of fold.entries) {
      const seen = byKey.get(key);
      if (seen === undefined) {
        entry.firstLine += offset;
        byKey.set(key, entry);
        continue;
      }
      seen.count += entry.count;
      addCounts(seen.consistencies, entry.consistencies);
      addCounts(seen.serialConsistencies, entry.serialConsistencies);
    }
    for (const o of fold.oversized) oversized.push({ line: o.line + offset, length: o.length, head: o.head });
    for (const s of fold.skipped) skipped.add(s.line + offset, s.reason);
    skipped.count += fold.skippedCount - fold.skipped.length;
    records += fold.records;
    timestamped += fold.timestamped;
    if (fold.span !== undefined) span = joinSpans(span, fold.span);
    offset += fold.lineBreaks;
  }
  const summary: QueryLogSummary = {
    format,
    records,
    shapes: [...byKey.values()].sort(byCountThenFirstLine),
    skipped: skipped.kept,
    skippedCount: skipped.count,
    overflow: 0,
    oversized,
    timestamped,
  };
  if (span !== undefined) summary.span = span;
  return summary;
}

/** Adds the counts of `more` to `into`; levels new to `into` come after its own, in `more`'s order. */
function addCounts(into: Record<string, number>, more: Readonly<Record<string, number>>): void {
  for (const [level, n] of Object.entries(more)) into[level] = (into[level] ?? 0) + n;
}
