/**
 * What `ksmig copy` reports while it runs: the contract between the copy workflow and its views
 * (the Ink live view, plain progress lines, `--json` lines). Every event is plain JSON-safe data.
 */

/** How a table's cells are copied. */
export type FidelityMode =
  /** Values only; the target assigns new write times and no TTLs. */
  | 'values'
  /** Values with each cell's remaining TTL. */
  | 'ttl'
  /** Values with each cell's write time. */
  | 'writetime'
  /** Values with each cell's TTL and write time. */
  | 'ttl+writetime'
  /** Counter columns, written as increments (not idempotent). */
  | 'counter';

/** One table of the plan. */
export interface PlannedTable {
  /** `keyspace.table` on the origin. */
  table: string;
  /** `keyspace.table` on the target. */
  target: string;
  /** Token ranges this process copies (after sharding). */
  ranges: number;
  /** Ranges already finished (from the checkpoint). */
  finishedRanges: number;
  /** Estimated rows (partitions when the table has no clustering columns), from `system.size_estimates`; undefined when unknown. */
  estimatedRows: number | undefined;
  /** Estimated bytes on the origin, from `system.size_estimates`; undefined when unknown. */
  estimatedBytes: number | undefined;
  /** Estimated write units for the whole table (undefined when the size is unknown). */
  estimatedWriteUnits: number | undefined;
  fidelity: FidelityMode;
  /** Column type conversions applied to rows (e.g. `d: duration → text`). */
  conversions: string[];
}

/** The copy's plan, before any row moves. */
export interface CopyPlanEvent {
  type: 'plan';
  tables: PlannedTable[];
  /** This process's shard, `i/N` (1-based), or undefined when not sharded. */
  shard: string | undefined;
  /** Write units per second this process may use (its share of `--rate`), or undefined when unlimited. */
  rate: number | undefined;
  /** Seconds the estimated write units take at `rate`, when both are known. */
  estimatedSeconds: number | undefined;
  /** The origin partitioner, e.g. `Murmur3Partitioner`. */
  partitioner: string;
  concurrency: number;
  checkpoint: string | undefined;
  resumed: boolean;
  dryRun: boolean;
}

/** Totals so far, sent about four times a second while rows move. */
export interface CopyProgressEvent {
  type: 'progress';
  elapsedSeconds: number;
  rowsRead: number;
  rowsWritten: number;
  rowsRejected: number;
  writeUnits: number;
  /**
   * Rows written per second over about the last five seconds; undefined (absent from `--json`)
   * while too little time has passed to tell: the first seconds of the copy, and after a resume.
   */
  rowsPerSecond: number | undefined;
  /**
   * Write units per second over the same window, undefined with it. Measured, not capped: the
   * limiter lets a second of unused capacity out at once, so it may stand above `rateLimit` for a
   * few seconds (see `src/shared/rate-window.ts`).
   */
  writeUnitsPerSecond: number | undefined;
  /** The rate limit in force (adapted below the budget after throttling), or undefined when unlimited. */
  rateLimit: number | undefined;
  /** The budget (`--rate` share), or undefined. */
  rateBudget: number | undefined;
  rangesDone: number;
  rangesTotal: number;
  /** Ranges being copied now, as `ks.t#index`. */
  activeRanges: string[];
  throttled: number;
  retries: number;
  /** Seconds left at the current rate, when it can be told. */
  etaSeconds: number | undefined;
  paused: boolean;
  /** Per table: rows read and written so far, ranges done of total. */
  tables: Array<{ table: string; rowsRead: number; rowsWritten: number; rowsRejected: number; rangesDone: number; rangesTotal: number; estimatedRows: number | undefined }>;
}

/** Everything the copy emits. */
export type CopyEvent =
  | CopyPlanEvent
  | CopyProgressEvent
  | { type: 'connected'; origin: string; target: string; targetKind: 'keyspaces' | 'cassandra' }
  | { type: 'creating-tables'; tables: string[] }
  | { type: 'table-active'; table: string; waitedMs: number }
  | { type: 'table-start'; table: string }
  | { type: 'range-start'; table: string; range: number; start: string; end: string }
  | { type: 'range-done'; table: string; range: number; rows: number }
  /** A range that failed was split into smaller ones, retried in its place. */
  | { type: 'range-split'; table: string; range: number; parts: number; cause: string }
  | { type: 'throttled'; table: string; kind: string; retry: number; delayMs: number }
  | { type: 'retry'; table: string; side: 'origin' | 'target'; cause: string; attempt: number; delayMs: number }
  | { type: 'rate'; limit: number | undefined; reason: 'throttled' | 'recovered' | 'user' }
  | { type: 'reject'; table: string; key: Record<string, unknown>; cause: string }
  | { type: 'warning'; message: string }
  | { type: 'paused' }
  | { type: 'resumed' }
  | { type: 'table-done'; table: string; read: number; written: number; rejected: number; seconds: number; fidelity: FidelityMode }
  /** The last event: exactly these fields (scripts rely on them). */
  | { type: 'summary'; tables: Array<{ table: string; read: number; written: number; rejected: number; seconds: number }> };

/** Live controls of a running copy (keys in the live view). */
export interface CopyControl {
  pause(): void;
  resume(): void;
  /** Sets the write-unit budget of this process (undefined: unlimited). */
  setRate(unitsPerSecond: number | undefined): void;
  /** The budget in force. */
  readonly rate: number | undefined;
  /** Stops at the next safe point, keeping the checkpoint; the copy then ends as interrupted. */
  stop(): void;
}
