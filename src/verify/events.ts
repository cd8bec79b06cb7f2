/**
 * What `ksmig verify` reports while it runs: the contract between the verify workflow and its views
 * (the Ink side-by-side view, plain lines, `--json` lines) and its reports. Plain JSON-safe data.
 */

/** How a row of the target differs from the origin's. */
export type DifferenceKind = 'missing' | 'extra' | 'different';

/** One differing row, with its primary key and, for `different`, the columns and both values. */
export interface RowDifference {
  kind: DifferenceKind;
  table: string;
  key: Record<string, unknown>;
  /** The columns whose values differ (`different` only; empty otherwise). */
  columns: string[];
  /** The origin's values of `columns` (`different`), or its whole row (`missing`). */
  origin?: Record<string, unknown>;
  /** The target's values of `columns` (`different`), or its whole row (`extra`). */
  target?: Record<string, unknown>;
}

/**
 * How rows were matched: `merge` streams both sides range by range in token order (same
 * partitioner); `lookup` looks origin rows up on the target by key and scans the target for extras.
 */
export type VerifyMode = 'merge' | 'lookup';

/** Latency percentiles of one side, in milliseconds. */
export interface Latency {
  p50: number;
  p99: number;
}

/** The replay of one statement shape on both sides. */
export interface QueryShapeResult {
  /** Normalised statement text (literals as `?`). */
  shape: string;
  runs: number;
  match: number;
  mismatch: number;
  /** Runs where at least one side failed. */
  errors: number;
  /** Runs whose results differ only in ways Keyspaces is documented to differ (e.g. IN-list order). */
  explained: number;
  /** Why `explained` runs were not counted as mismatches (one line each kind). */
  explanations: string[];
  latency: { origin: Latency; target: Latency };
  /** The first mismatch: the statement as run, and a readable diff of the first differing rows. */
  firstMismatch?: { statement: string; diff: string } | undefined;
  /** The first error per side, with the audit finding that explains it when there is one. */
  firstErrors?: Array<{ side: 'origin' | 'target' | 'both'; message: string; finding?: { ruleId: string; message: string } | undefined }> | undefined;
}

/** Totals so far, about four times a second. */
export interface VerifyProgressEvent {
  type: 'progress';
  elapsedSeconds: number;
  compared: number;
  missing: number;
  extra: number;
  different: number;
  /** Rows compared per second over about the last five seconds; undefined (absent from `--json`) for the first seconds. */
  rowsPerSecond: number | undefined;
  rangesDone: number;
  rangesTotal: number;
  activeRanges: string[];
  tables: Array<{ table: string; compared: number; missing: number; extra: number; different: number; rangesDone: number; rangesTotal: number; estimatedRows: number | undefined }>;
  /** Query replay progress, when replaying. */
  queries?: { shapesDone: number; shapesTotal: number } | undefined;
}

/** Everything `ksmig verify` emits. */
export type VerifyEvent =
  | { type: 'connected'; origin: string; target: string; targetKind: 'keyspaces' | 'cassandra' }
  | {
      type: 'plan';
      mode: VerifyMode | undefined;
      originPartitioner: string;
      targetPartitioner: string;
      tables: Array<{ table: string; target: string; ranges: number; estimatedRows: number | undefined }>;
      /** Percentage of ranges compared (`--sample`); 100 when full. */
      samplePercent: number;
      shard: string | undefined;
      /** Statement shapes to replay (`--queries`), when given. */
      queryShapes: number | undefined;
      /** Where the full list of differences is written (`--report`), when it is. */
      report?: string | undefined;
    }
  | VerifyProgressEvent
  | { type: 'range-start'; table: string; range: number }
  | { type: 'range-done'; table: string; range: number; compared: number }
  | ({ type: 'difference' } & RowDifference)
  | { type: 'retry'; table: string; side: 'origin' | 'target'; cause: string; attempt: number; delayMs: number }
  | { type: 'repair'; table: string; action: 'written' | 'deleted'; key: Record<string, unknown> }
  | { type: 'recheck'; table: string; repaired: number; stillDifferent: number }
  | { type: 'query'; result: QueryShapeResult }
  | { type: 'warning'; message: string }
  | { type: 'table-done'; table: string; compared: number; missing: number; extra: number; different: number; seconds: number }
  /** The last event: exactly these fields (scripts rely on them); `keys` capped at 1,000 per table; `queries` only with `--queries`. */
  | {
      type: 'summary';
      tables: Array<{ table: string; compared: number; missing: number; extra: number; different: number; keys: Array<{ kind: DifferenceKind; key: Record<string, unknown>; columns: string[] }> }>;
      queries?: Array<{ shape: string; runs: number; match: number; mismatch: number; errors: number }>;
    };
