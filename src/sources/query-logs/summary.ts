import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { DEFAULT_MAX_STATEMENT_LENGTH } from '../../cql/limits.js';
import { DETECT_HEAD_BYTES, detectFormat } from './detect.js';
import { batchReaders, SkippedLines, type SkippedLine } from './readers.js';
import { extendSpan, RateTracker, type RateStats, type TimeSpan } from './rates.js';
import type { LogRecord, QueryLogFormat } from './records.js';
import { ShapeCache, shapeFingerprint } from './shape-scanner.js';

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

/** Characters of an oversized record kept for its report. */
const OVERSIZED_HEAD = 1000;

const DEFAULT_MAX_SHAPES = 200_000;

/**
 * Streams a query log and folds its statements into shapes. Memory is bounded by the number of
 * distinct shapes (capped by `maxShapes`), never by the length of the log.
 */
export async function summarizeQueryLog(input: Readable | string, options: QueryLogOptions = {}): Promise<QueryLogSummary> {
  const stream = typeof input === 'string' ? createReadStream(input) : input;
  const { head, rest } = await peek(stream, DETECT_HEAD_BYTES);
  const format = options.format === undefined || options.format === 'auto' ? detectFormat(head.toString('utf8')) : options.format;
  const maxShapes = options.maxShapes ?? DEFAULT_MAX_SHAPES;
  const skipped = new SkippedLines();
  const byKey = new Map<string, ShapeEntry>();
  // A repeated statement finds its shape here without building the string again.
  const shapes = new ShapeCache(maxShapes);
  const trackers = new Map<ShapeEntry, RateTracker>();
  let span: TimeSpan | undefined;
  let timestamped = 0;
  let records = 0;
  let overflow = 0;
  const oversized: OversizedRecord[] = [];
  for await (const batch of batchReaders[format](rest, skipped, options.maxRecordLength ?? DEFAULT_MAX_STATEMENT_LENGTH)) for (const record of batch) {
    records++;
    if (record.oversized !== undefined) {
      oversized.push({ line: record.line, length: record.oversized, head: record.query.slice(0, OVERSIZED_HEAD) });
      continue;
    }
    const shape = shapes.shape(record.query);
    if (shape === '') continue;
    const key = record.keyspace === undefined ? shape : `${record.keyspace}\u0000${shape}`;
    let entry = byKey.get(key);
    if (entry === undefined) {
      if (byKey.size >= maxShapes) {
        overflow++;
        continue;
      }
      entry = newEntry(shape, key, record);
      byKey.set(key, entry);
    }
    entry.count++;
    if (record.consistency !== undefined) entry.consistencies[record.consistency] = (entry.consistencies[record.consistency] ?? 0) + 1;
    if (record.serialConsistency !== undefined) {
      entry.serialConsistencies[record.serialConsistency] = (entry.serialConsistencies[record.serialConsistency] ?? 0) + 1;
    }
    if (record.timestamp !== undefined) {
      timestamped++;
      span = extendSpan(span, record.timestamp);
    }
    if (record.timestamp !== undefined && options.rates === true) {
      let tracker = trackers.get(entry);
      if (tracker === undefined) trackers.set(entry, (tracker = new RateTracker()));
      tracker.add(record.timestamp);
    }
    options.onRecord?.(entry, record);
  }
  if (span !== undefined) for (const [entry, tracker] of trackers) entry.rate = tracker.finish(span);
  const sorted = [...byKey.values()].sort((a, b) => b.count - a.count || a.firstLine - b.firstLine);
  const summary: QueryLogSummary = { format, records, shapes: sorted, skipped: skipped.kept, skippedCount: skipped.count, overflow, oversized, timestamped };
  if (span !== undefined) summary.span = span;
  return summary;
}

function newEntry(shape: string, key: string, record: LogRecord): ShapeEntry {
  const entry: ShapeEntry = {
    shape,
    fingerprint: shapeFingerprint(key),
    count: 0,
    firstLine: record.line,
    example: record.query,
    consistencies: {},
    serialConsistencies: {},
  };
  if (record.keyspace !== undefined) entry.keyspace = record.keyspace;
  return entry;
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
