import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { debuglog } from 'node:util';
import { DEFAULT_MAX_STATEMENT_LENGTH } from '../../cql/limits.js';
import { splitAtLines } from './log-ranges.js';
import type { RangeFold, RangeFoldTask } from './range-fold.js';
import { mergeRangeFolds } from './range-merge.js';
import { foldOnThread, type RangeFoldThread } from './range-worker.js';
import { rangeStarts } from './readers.js';
import type { QueryLogFormat } from './records.js';
import { maxShapesOf, peekFormat, type QueryLogOptions, type QueryLogSummary } from './summary.js';

/**
 * Logs smaller than this are read on one thread. Starting a worker thread is cheap (about 30 ms),
 * but each thread compiles the scanner afresh and on 2 cores their optimizing compilers compete
 * with the folding itself: two threads fold a log about 1.4 times as fast as one, and below about
 * 30 MiB the audit was no faster in parallel (docs/benchmarks.md).
 */
export const PARALLEL_MIN_BYTES = 32 * 1024 * 1024;

/** `NODE_DEBUG=ksmig` says on standard error how each log was read, and why not in parallel. */
const debug = debuglog('ksmig');

/** Threads the default `jobs` stops at: each holds a heap and its range's shapes, and more were never measured. */
const MAX_DEFAULT_JOBS = 8;

/** The threads a log is read on by default: one per core, at most `MAX_DEFAULT_JOBS`. */
export function defaultJobs(): number {
  return Math.min(availableParallelism(), MAX_DEFAULT_JOBS);
}

/** Options of `summarizeQueryLogInParallel`. */
export interface ParallelLogOptions extends QueryLogOptions {
  /** Threads to read on; fewer than 2 means one thread (the function then declines). */
  jobs: number;
  /** The worker threads' entry point: a module that calls `serveRangeFold` (range-worker.ts). */
  worker: URL;
  /** Smallest file read in parallel (default `PARALLEL_MIN_BYTES`). */
  minBytes?: number;
}

/** A log read on worker threads. */
export interface ParallelSummary {
  /** Deep-equal to what `summarizeQueryLog` returns for the same file and options. */
  summary: QueryLogSummary;
  /** Worker threads that folded a range of it. */
  workers: number;
}

/**
 * `summarizeQueryLog` of a regular file, its ranges folded on `jobs` worker threads and merged.
 * Returns undefined — read the log on one thread instead — when that is not sure to give the same
 * summary or not worth it: fewer than 2 jobs, `rates` or `onRecord` asked for, a file smaller than
 * `minBytes` (or not a regular file), a format whose records may span the cut between two ranges
 * (`csv`, `fql`), a range with more than its share of `maxShapes` distinct shapes (the overflow of
 * the whole log depends on the order they came in; the share also keeps the threads' memory that
 * of one), or any error of a thread (one thread then reads the log again, and reports the error as
 * it always does). UTF-8 only: a UTF-16 log is decoded before it is read, on one thread.
 */
export async function summarizeQueryLogInParallel(path: string, options: ParallelLogOptions): Promise<ParallelSummary | undefined> {
  const declined = (reason: string): undefined => {
    debug('%s: read on one thread: %s', path, reason);
    return undefined;
  };
  if (options.jobs < 2) return declined('one job');
  // Rates need every timestamp of a shape in order, and a per-record callback every record in order.
  if (options.rates === true || options.onRecord !== undefined) return declined('rates or a per-record callback asked for');
  const info = await stat(path).catch(() => undefined);
  if (info === undefined || !info.isFile()) return declined('not a regular file');
  if (info.size < (options.minBytes ?? PARALLEL_MIN_BYTES)) return declined(`${info.size} bytes, too small to split`);
  const format = await formatOf(path, options.format).catch(() => undefined);
  if (format === undefined) return declined('its start could not be read');
  const rangeStart = rangeStarts[format];
  if (rangeStart === undefined) return declined(`a ${format} record may span lines`);
  const maxRecordLength = options.maxRecordLength ?? DEFAULT_MAX_STATEMENT_LENGTH;
  const ranges = await splitAtLines(path, info.size, options.jobs, rangeStart, maxRecordLength).catch(() => undefined);
  if (ranges === undefined) return declined('it could not be split');
  const maxShapes = Math.floor(maxShapesOf(options) / Math.max(1, ranges.length));
  if (maxShapes < 1) return declined('fewer shapes allowed than ranges');
  // The last range is read to the end of the file as it is then, as one thread reads a log that grows.
  const tasks: RangeFoldTask[] = ranges.map((range, i) => ({ ...range, ...(i === ranges.length - 1 ? { end: Number.POSITIVE_INFINITY } : {}), path, format, maxRecordLength, maxShapes }));
  const folds = await foldAll(options.worker, tasks);
  if (typeof folds === 'string') return declined(folds);
  debug('%s: read in %d ranges on %d worker threads', path, tasks.length, tasks.length);
  return { summary: mergeRangeFolds(format, folds), workers: tasks.length };
}

/** The log's format as `summarizeQueryLog` finds it: `format`, or detected from the same first bytes. */
async function formatOf(path: string, format: QueryLogFormat | undefined): Promise<Exclude<QueryLogFormat, 'auto'>> {
  if (format !== undefined && format !== 'auto') return format;
  const stream = createReadStream(path);
  try {
    return (await peekFormat(stream, format)).format;
  } finally {
    stream.destroy();
  }
}

/**
 * Folds every task on a thread of its own (this thread only waits: on 2 cores, folding a range here
 * too was no faster); as soon as one fails or overflows, stops the others (their work would be
 * thrown away) and says why.
 */
async function foldAll(worker: URL, tasks: readonly RangeFoldTask[]): Promise<RangeFold[] | string> {
  const threads: RangeFoldThread[] = [];
  try {
    for (const task of tasks) threads.push(foldOnThread(worker, task));
    return await Promise.all(
      threads.map(async (thread) => {
        const fold = await thread.done;
        if (fold.overflowed) throw new Error(`a range holds more than its share of the ${tasks[0]!.maxShapes * tasks.length} shapes kept`);
        return fold;
      }),
    );
  } catch (err) {
    for (const thread of threads) thread.stop();
    return err instanceof Error ? err.message : String(err);
  }
}
