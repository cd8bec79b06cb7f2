import { extendSpan, RateTracker, type TimeSpan } from './rates.js';
import type { LogRecord } from './records.js';
import { ShapeCache, shapeFingerprint } from './shape-scanner.js';
import type { OversizedRecord, ShapeEntry } from './summary.js';

/** Characters of an oversized record kept for its report. */
const OVERSIZED_HEAD = 1000;

/** How a `ShapeFold` folds. */
export interface ShapeFoldOptions {
  /** Distinct shapes kept; executions of further new shapes are counted as `overflow`. */
  maxShapes: number;
  /** Track each shape's executions per second (`finishRates` then sets `rate`). */
  rates?: boolean;
  /** Called for every record folded into a shape (not for overflow), after its counts were updated. */
  onRecord?: ((entry: ShapeEntry, record: LogRecord) => void) | undefined;
}

/**
 * The statements of a log (or of one range of it) folded into shapes, one record at a time: what
 * `summarizeQueryLog` keeps while it reads, and what each worker of the parallel reading returns.
 */
export class ShapeFold {
  /** Entries by shape (and keyspace), in the order their shapes were first seen. */
  readonly byKey = new Map<string, ShapeEntry>();
  /** Records longer than the limit, in the order read. */
  readonly oversized: OversizedRecord[] = [];
  /** Records read (oversized ones and overflow included). */
  records = 0;
  /** Executions not folded because `maxShapes` shapes were already kept. */
  overflow = 0;
  /** Folded records that carried a timestamp. */
  timestamped = 0;
  /** From the first to the last timestamp folded. */
  span: TimeSpan | undefined;
  // A repeated statement finds its shape here without building the string again.
  private readonly shapes: ShapeCache;
  private readonly trackers = new Map<ShapeEntry, RateTracker>();

  constructor(private readonly options: ShapeFoldOptions) {
    this.shapes = new ShapeCache(options.maxShapes);
  }

  /** Folds one record. */
  add(record: LogRecord): void {
    this.records++;
    if (record.oversized !== undefined) {
      this.oversized.push({ line: record.line, length: record.oversized, head: record.query.slice(0, OVERSIZED_HEAD) });
      return;
    }
    const shape = this.shapes.shape(record.query);
    if (shape === '') return;
    const key = record.keyspace === undefined ? shape : `${record.keyspace}\u0000${shape}`;
    let entry = this.byKey.get(key);
    if (entry === undefined) {
      if (this.byKey.size >= this.options.maxShapes) {
        this.overflow++;
        return;
      }
      entry = newEntry(shape, key, record);
      this.byKey.set(key, entry);
    }
    entry.count++;
    if (record.consistency !== undefined) entry.consistencies[record.consistency] = (entry.consistencies[record.consistency] ?? 0) + 1;
    if (record.serialConsistency !== undefined) {
      entry.serialConsistencies[record.serialConsistency] = (entry.serialConsistencies[record.serialConsistency] ?? 0) + 1;
    }
    if (record.timestamp !== undefined) {
      this.timestamped++;
      this.span = extendSpan(this.span, record.timestamp);
      if (this.options.rates === true) {
        let tracker = this.trackers.get(entry);
        if (tracker === undefined) this.trackers.set(entry, (tracker = new RateTracker()));
        tracker.add(record.timestamp);
      }
    }
    this.options.onRecord?.(entry, record);
  }

  /** Sets each entry's `rate` over the whole span (with `rates`, once every record is folded). */
  finishRates(): void {
    const span = this.span;
    if (span !== undefined) for (const [entry, tracker] of this.trackers) entry.rate = tracker.finish(span);
  }
}

/** The order of a summary's shapes: most frequent first, ties by first occurrence. */
export function byCountThenFirstLine(a: ShapeEntry, b: ShapeEntry): number {
  return b.count - a.count || a.firstLine - b.firstLine;
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
