import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { LineBreakCounter } from './line-breaks.js';
import type { ByteRange } from './log-ranges.js';
import type { TimeSpan } from './rates.js';
import { batchReaders, SkippedLines, type SkippedLine } from './readers.js';
import type { QueryLogFormat } from './records.js';
import { ShapeFold } from './shape-fold.js';
import type { OversizedRecord, ShapeEntry } from './summary.js';

/** One range of a log to fold: what a worker thread is given (an `end` of Infinity: to the end of the file). */
export interface RangeFoldTask extends ByteRange {
  path: string;
  format: Exclude<QueryLogFormat, 'auto'>;
  maxRecordLength: number;
  /** Distinct shapes the range may hold; past that it is not read on. */
  maxShapes: number;
}

/**
 * A range of a log folded into shapes: a `QueryLogSummary` in the making, its line numbers counted
 * from the range's first line (1) and its entries in the order they were first seen.
 */
export interface RangeFold {
  /** Entries by key (shape, and keyspace when recorded), in first-seen order. */
  entries: Array<[string, ShapeEntry]>;
  records: number;
  oversized: OversizedRecord[];
  /** The first few lines passed over, and how many there were. */
  skipped: SkippedLine[];
  skippedCount: number;
  timestamped: number;
  span?: TimeSpan;
  /** Line breaks in the range: the lines it holds, when it ends with one (every range but the last does). */
  lineBreaks: number;
  /** The range held more than `maxShapes` distinct shapes: it was left unread from there, and the rest of the fold is incomplete. */
  overflowed: boolean;
}

/** Reads one range of a log with its format's reader and folds its records, as `summarizeQueryLog` folds a whole log. */
export async function foldRange(task: RangeFoldTask): Promise<RangeFold> {
  const breaks = new LineBreakCounter();
  const source = createReadStream(task.path, { start: task.start, end: task.end - 1 });
  async function* counted(): AsyncGenerator<Buffer> {
    for await (const chunk of source) {
      breaks.push(chunk as Buffer);
      yield chunk as Buffer;
    }
  }
  const skipped = new SkippedLines();
  const fold = new ShapeFold({ maxShapes: task.maxShapes });
  let overflowed = false;
  try {
    for await (const batch of batchReaders[task.format](Readable.from(counted()), skipped, task.maxRecordLength)) {
      for (const record of batch) fold.add(record);
      if (fold.overflow > 0) {
        overflowed = true;
        break;
      }
    }
  } finally {
    source.destroy();
  }
  const result: RangeFold = {
    entries: [...fold.byKey],
    records: fold.records,
    oversized: fold.oversized,
    skipped: skipped.kept,
    skippedCount: skipped.count,
    timestamped: fold.timestamped,
    lineBreaks: breaks.finish(),
    overflowed,
  };
  if (fold.span !== undefined) result.span = fold.span;
  return result;
}
