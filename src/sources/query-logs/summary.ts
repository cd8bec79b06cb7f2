import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { DEFAULT_MAX_STATEMENT_LENGTH } from '../../cql/limits.js';
import { DETECT_HEAD_BYTES, detectFormat } from './detect.js';
import { batchReaders, SkippedLines, type SkippedLine } from './readers.js';
import type { RateStats, TimeSpan } from './rates.js';
import type { LogRecord, QueryLogFormat } from './records.js';
import { byCountThenFirstLine, ShapeFold } from './shape-fold.js';

/** Every execution of one statement shape in a log, folded into one entry. */
export interface ShapeEntry {
  /** Normalised statement text (literals replaced by `?`). */
  shape: string;
  /** Stable id of the shape (and keyspace). */
  fingerprint: string;
  /** How many times the shape ran. */
  count: number;
  /** 1-based line of its first occurrence. */
  firstLine: number;
  /** The first occurrence as logged, literals included (shown only with `--show-literals`). */
  example: string;
  /** Session keyspace of the first occurrence, when the log records it. */
  keyspace?: string;
  /** Executions per consistency level, when the log records it. */
  consistencies: Record<string, number>;
  /** Executions per serial consistency level, when the log records it. */
  serialConsistencies: Record<string, number>;
  /**
   * Executions per second over the log's time span (`QueryLogSummary.span`), when the log records
   * when statements ran; counts only the executions that carry a timestamp.
   */
  rate?: RateStats;
}

/** What reading a query log produced. */
export interface QueryLogSummary {
  format: Exclude<QueryLogFormat, 'auto'>;
  /** Statements read. */
  records: number;
  /** Distinct shapes, most frequent first (ties: first seen first). */
  shapes: ShapeEntry[];
  /** Lines the reader could not use (the first few), and how many there were in all. */
  skipped: SkippedLine[];
  skippedCount: number;
  /** Executions not folded because the shape limit was reached. */
  overflow: number;
  /** Records longer than `maxRecordLength`, not folded: each is reported as too large to audit. */
  oversized: OversizedRecord[];
  /** Statements that carried a timestamp (0 when the format records none). */
  timestamped: number;
  /** From the first to the last timestamp, when any statement carried one. */
  span?: TimeSpan;
}

/** A log record too long to audit. */
export interface OversizedRecord {
  line: number;
  /** Its length in characters. */
  length: number;
  /** Its beginning, literals included. */
  head: string;
}

/** Options of `summarizeQueryLog`. */
export interface QueryLogOptions {
  format?: QueryLogFormat;
  /** Upper bound on distinct shapes kept in memory; executions of further new shapes are counted as overflow. */
  maxShapes?: number;
  /** Longest record folded, in characters (default: the statement limit, 1 MiB); longer ones are `oversized`. */
  maxRecordLength?: number;
  /** Compute each shape's `rate` (a few hundred bytes per shape; the audit does not need it). */
  rates?: boolean;
  /** Called for every record folded into a shape (not for overflow), after the shape's counts were updated. */
  onRecord?: (entry: ShapeEntry, record: LogRecord) => void;
}

const DEFAULT_MAX_SHAPES = 200_000;

/**
 * Streams a query log and folds its statements into shapes. Memory is bounded by the number of
 * distinct shapes (capped by `maxShapes`), never by the length of the log.
 */
export async function summarizeQueryLog(input: Readable | string, options: QueryLogOptions = {}): Promise<QueryLogSummary> {
  const { format, rest } = await peekFormat(typeof input === 'string' ? createReadStream(input) : input, options.format);
  const skipped = new SkippedLines();
  const fold = new ShapeFold({ maxShapes: maxShapesOf(options), rates: options.rates === true, onRecord: options.onRecord });
  for await (const batch of batchReaders[format](rest, skipped, options.maxRecordLength ?? DEFAULT_MAX_STATEMENT_LENGTH)) for (const record of batch) fold.add(record);
  fold.finishRates();
  const sorted = [...fold.byKey.values()].sort(byCountThenFirstLine);
  const summary: QueryLogSummary = {
    format,
    records: fold.records,
    shapes: sorted,
    skipped: skipped.kept,
    skippedCount: skipped.count,
    overflow: fold.overflow,
    oversized: fold.oversized,
    timestamped: fold.timestamped,
  };
  if (fold.span !== undefined) summary.span = fold.span;
  return summary;
}

/** The distinct shapes a summary keeps at most. */
export function maxShapesOf(options: Pick<QueryLogOptions, 'maxShapes'>): number {
  return options.maxShapes ?? DEFAULT_MAX_SHAPES;
}

/**
 * The format of a log (`format`, or detected from its first bytes when absent or `auto`), and a
 * stream of the whole log, those first bytes included.
 */
export async function peekFormat(stream: Readable, format: QueryLogFormat | undefined): Promise<{ format: Exclude<QueryLogFormat, 'auto'>; rest: Readable }> {
  const { head, rest } = await peek(stream, DETECT_HEAD_BYTES);
  return { format: format === undefined || format === 'auto' ? detectFormat(head.toString('utf8')) : format, rest };
}

/** Reads at least `bytes` bytes (or to the end) and returns them with a stream that replays them first. */
async function peek(stream: Readable, bytes: number): Promise<{ head: Buffer; rest: Readable }> {
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const chunks: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < bytes) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    chunks.push(chunk);
    size += chunk.length;
  }
  const head = Buffer.concat(chunks);
  async function* replay(): AsyncGenerator<Buffer> {
    if (head.length > 0) yield head;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    }
  }
  return { head, rest: Readable.from(replay()) };
}
