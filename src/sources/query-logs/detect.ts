import type { QueryLogFormat } from './records.js';

/** How much of the start of a file format detection looks at. */
export const DETECT_HEAD_BYTES = 16 * 1024;

const AUDIT_RECORD = /(^|\s)user:[^|]*\|host:[^|]*\|source:/;
const FQL_RECORD = /^Type: (single-query|batch)\s*$/m;

/**
 * Guesses a query log's format from its first few kilobytes: Cassandra's audit log
 * (`user:…|host:…|source:…`), `fqltool dump` output (`Type: single-query`), JSON lines (an
 * object per line), CSV with a header naming a query column, otherwise one statement per line.
 */
export function detectFormat(head: string): Exclude<QueryLogFormat, 'auto'> {
  if (AUDIT_RECORD.test(head)) return 'audit';
  if (FQL_RECORD.test(head)) return 'fql';
  const firstLine = head.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  if (firstLine.trimStart().startsWith('{')) {
    try {
      const value: unknown = JSON.parse(firstLine);
      if (value !== null && typeof value === 'object') return 'jsonl';
    } catch {
      // A statement that happens to start with '{' is not JSON; fall through.
    }
  }
  if (/^\s*"?[A-Za-z_ ]+"?\s*(,\s*"?[A-Za-z_ ]+"?\s*)+$/.test(firstLine) && findQueryColumn(splitCsvHeader(firstLine)) >= 0) return 'csv';
  return 'lines';
}

/** Names accepted for the statement column of CSV and JSON-lines exports, in order of preference. */
export const QUERY_FIELDS = ['query', 'statement', 'cql', 'query_string', 'operation'];
export const CONSISTENCY_FIELDS = ['consistency', 'consistency_level', 'cl'];
export const SERIAL_CONSISTENCY_FIELDS = ['serial_consistency', 'serial_consistency_level'];
export const KEYSPACE_FIELDS = ['keyspace', 'ks', 'keyspace_name'];
/** Names accepted for the time a statement ran (epoch seconds, milliseconds, microseconds or nanoseconds, or ISO 8601). */
export const TIMESTAMP_FIELDS = ['timestamp', 'ts', 'time', 'start_time', 'query_start_time', 'event_time'];

/** Index of the query column among `header`, or -1. */
export function findQueryColumn(header: readonly string[]): number {
  const lower = header.map((h) => h.trim().toLowerCase());
  for (const name of QUERY_FIELDS) {
    const at = lower.indexOf(name);
    if (at >= 0) return at;
  }
  return -1;
}

function splitCsvHeader(line: string): string[] {
  return line.split(',').map((h) => h.trim().replace(/^"|"$/g, ''));
}
