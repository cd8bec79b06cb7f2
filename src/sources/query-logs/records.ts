/** One executed statement read from a query log. */
export interface LogRecord {
  /** 1-based line of the log where the record starts. */
  line: number;
  /** The CQL text as logged (literals included). */
  query: string;
  /** Consistency level, when the log format records it (upper-case protocol name, e.g. `LOCAL_QUORUM`). */
  consistency?: string;
  /** Serial consistency, when recorded. */
  serialConsistency?: string;
  /** The session keyspace the statement ran in, when recorded (resolves unqualified table names). */
  keyspace?: string;
  /**
   * The statement's bound values as the log recorded them, serialized as the protocol sends them
   * (`fqltool dump` only); an entry is `undefined` where the dump cut the value short.
   */
  values?: Array<Buffer | undefined>;
  /**
   * Set when the record is longer than the statement limit: its whole length in characters
   * (`query` then holds only its beginning; it is reported, not audited).
   */
  oversized?: number;
  /** When the statement ran, in milliseconds since the epoch, when the log format records it. */
  timestamp?: number;
}

/** Query-log formats ksmig reads. `auto` detects the format from the first lines. */
export const QUERY_LOG_FORMATS = ['auto', 'lines', 'audit', 'fql', 'csv', 'jsonl'] as const;
export type QueryLogFormat = (typeof QUERY_LOG_FORMATS)[number];
