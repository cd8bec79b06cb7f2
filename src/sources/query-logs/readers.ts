import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { CONSISTENCY_FIELDS, KEYSPACE_FIELDS, QUERY_FIELDS, SERIAL_CONSISTENCY_FIELDS, TIMESTAMP_FIELDS, findQueryColumn } from './detect.js';
import { FqlValuesCollector } from './fql-values.js';
import type { LogRecord, QueryLogFormat } from './records.js';
import { parseTimestamp } from './timestamps.js';

/** A line the reader could not use, kept so the audit can say what it skipped. */
export interface SkippedLine {
  line: number;
  reason: string;
}

/** Collects the lines a reader passed over: all are counted, the first few are kept. */
export class SkippedLines {
  readonly kept: SkippedLine[] = [];
  count = 0;

  add(line: number, reason: string): void {
    this.count++;
    if (this.kept.length < MAX_SKIPPED_KEPT) this.kept.push({ line, reason });
  }
}

/** Reads records of one format from a stream, line by line; memory stays bounded by one record. */
export type RecordReader = (input: Readable, skipped: SkippedLines) => AsyncGenerator<LogRecord>;

/** The reader for each concrete format. */
export const readers: Record<Exclude<QueryLogFormat, 'auto'>, RecordReader> = {
  lines: readLines,
  audit: readAuditLog,
  fql: readFqlDump,
  csv: readCsv,
  jsonl: readJsonLines,
};

const MAX_SKIPPED_KEPT = 20;

function lines(input: Readable): AsyncIterable<string> {
  return createInterface({ input, crlfDelay: Infinity });
}

/** One statement per line; blank lines and comment lines (`--`, `//`, `#`) are passed over. */
async function* readLines(input: Readable): AsyncGenerator<LogRecord> {
  let n = 0;
  for await (const raw of lines(input)) {
    n++;
    const text = raw.trim();
    if (text === '' || text.startsWith('--') || text.startsWith('//') || text.startsWith('#')) continue;
    yield { line: n, query: text };
  }
}

const AUDIT_START = /(?:^|\s)user:[^|]*\|host:/;
// Lines that start a log record of their own (logback's `LEVEL [thread]`, the tools' `hh:mm:ss.SSS [thread]`,
// auditlogviewer's `Type:` header): never the continuation of a multi-line statement.
const OTHER_LOG_LINE = /^(?:(?:TRACE|DEBUG|INFO|WARN|ERROR)\s+\[|\d{2}:\d{2}:\d{2}[.,]\d{3} \[|Type: )/;
// Categories whose `operation` is a statement the application ran. PREPARE is left out: the
// executions of a prepared statement are logged again under their own type, so counting both
// would double every prepared query. AUTH and ERROR records carry no statement to audit.
const AUDITED_CATEGORIES = new Set(['QUERY', 'DML', 'DDL', 'DCL', 'OTHER']);

/**
 * Cassandra's audit log, as written by FileAuditLogger (one logback line per entry, possibly
 * behind a timestamp/level prefix) or printed by `auditlogviewer`:
 * `user:u|host:h|source:/ip|port:p|timestamp:t|type:SELECT|category:QUERY[|batch:id][|ks:k][|scope:s]|operation:CQL`.
 * A multi-line statement continues on the following lines until the next entry.
 */
async function* readAuditLog(input: Readable, skipped: SkippedLines): AsyncGenerator<LogRecord> {
  let n = 0;
  let pending: { line: number; fields: Map<string, string>; operation: string } | undefined;
  const flush = (): LogRecord | undefined => {
    if (pending === undefined) return undefined;
    const { line, fields, operation } = pending;
    pending = undefined;
    const category = fields.get('category') ?? '';
    if (!AUDITED_CATEGORIES.has(category) || fields.get('type') === 'BATCH') return undefined;
    const query = operation.trim();
    if (query === '') return undefined;
    const keyspace = fields.get('ks');
    const record: LogRecord = keyspace === undefined ? { line, query } : { line, query, keyspace };
    const timestamp = parseTimestamp(fields.get('timestamp'));
    if (timestamp !== undefined) record.timestamp = timestamp;
    return record;
  };
  for await (const raw of lines(input)) {
    n++;
    const m = AUDIT_START.exec(raw);
    if (m === null) {
      if (OTHER_LOG_LINE.test(raw)) {
        const record = flush();
        if (record) yield record;
      } else if (pending !== undefined) {
        pending.operation += `\n${raw}`;
      } else if (raw.trim() !== '') {
        skipped.add(n, 'not an audit log entry');
      }
      continue;
    }
    const record = flush();
    if (record) yield record;
    const body = raw.slice(m.index + (m[0].startsWith('user:') ? 0 : m[0].indexOf('user:')));
    const opAt = body.indexOf('|operation:');
    const head = opAt >= 0 ? body.slice(0, opAt) : body;
    const fields = new Map<string, string>();
    for (const part of head.split('|')) {
      const colon = part.indexOf(':');
      if (colon > 0) fields.set(part.slice(0, colon), part.slice(colon + 1));
    }
    pending = { line: n, fields, operation: opAt >= 0 ? body.slice(opAt + '|operation:'.length) : '' };
  }
  const last = flush();
  if (last) yield last;
}

const BATCH_KEYWORDS: Record<string, string> = { LOGGED: 'BEGIN BATCH', UNLOGGED: 'BEGIN UNLOGGED BATCH', COUNTER: 'BEGIN COUNTER BATCH' };

/**
 * `fqltool dump` output: records start with `Type: single-query` or `Type: batch`, followed by
 * `Query start time:`, `Protocol version:`, `Generated timestamp:`, `Generated nowInSeconds:`,
 * then `Query: …` / `Values:` with a hex dump (and `Batch type: …` before the queries of a
 * batch). A batch is audited as one `BEGIN … BATCH … APPLY BATCH` statement. A single query's
 * bound values are decoded from the hex dump (`LogRecord.values`; see `fql-values.ts`).
 */
async function* readFqlDump(input: Readable, skipped: SkippedLines): AsyncGenerator<LogRecord> {
  let n = 0;
  let rec: { line: number; type: string; batchType?: string; queries: string[]; inQuery: boolean; values?: FqlValuesCollector; timestamp?: number } | undefined;
  const flush = (): LogRecord | undefined => {
    if (rec === undefined) return undefined;
    const r = rec;
    rec = undefined;
    const queries = r.queries.map((q) => q.trim()).filter((q) => q !== '');
    if (queries.length === 0) return undefined;
    const timed = (record: LogRecord): LogRecord => (r.timestamp === undefined ? record : { ...record, timestamp: r.timestamp });
    if (r.type !== 'batch') {
      const record: LogRecord = { line: r.line, query: queries[0]! };
      if (r.values !== undefined) record.values = r.values.result();
      return timed(record);
    }
    const begin = BATCH_KEYWORDS[(r.batchType ?? 'LOGGED').toUpperCase()] ?? 'BEGIN BATCH';
    const body = queries.map((q) => `  ${q.replace(/;\s*$/, '')};`).join('\n');
    return timed({ line: r.line, query: `${begin}\n${body}\nAPPLY BATCH` });
  };
  for await (const raw of lines(input)) {
    n++;
    const type = /^Type: (\S+)\s*$/.exec(raw);
    if (type) {
      const done = flush();
      if (done) yield done;
      rec = { line: n, type: type[1]!, queries: [], inQuery: false };
      continue;
    }
    if (rec === undefined) {
      if (raw.trim() !== '') skipped.add(n, 'outside an fqltool record');
      continue;
    }
    if (raw.startsWith('Query: ')) {
      rec.queries.push(raw.slice('Query: '.length));
      rec.inQuery = true;
    } else if (raw.startsWith('Values:')) {
      rec.inQuery = false;
      if (rec.type !== 'batch' && rec.values === undefined) rec.values = new FqlValuesCollector();
    } else if (raw.startsWith('Query start time: ') && !rec.inQuery) {
      const timestamp = parseTimestamp(raw.slice('Query start time: '.length));
      if (timestamp !== undefined) rec.timestamp = timestamp;
    } else if (rec.values !== undefined && !rec.inQuery && rec.type !== 'batch') {
      rec.values.push(raw);
    } else if (raw.startsWith('Batch type: ')) {
      rec.batchType = raw.slice('Batch type: '.length).trim();
    } else if (rec.inQuery && rec.queries.length > 0) {
      rec.queries[rec.queries.length - 1] += `\n${raw}`;
    }
  }
  const last = flush();
  if (last) yield last;
}

function pick(record: Record<string, unknown>, names: readonly string[]): string | undefined {
  for (const [key, value] of Object.entries(record)) {
    if (names.includes(key.trim().toLowerCase()) && value !== null && value !== undefined && String(value).trim() !== '') {
      return String(value).trim();
    }
  }
  return undefined;
}

/** The first of `names` present in `record`, as given (numbers stay numbers). */
function pickRaw(record: Record<string, unknown>, names: readonly string[]): unknown {
  for (const [key, value] of Object.entries(record)) {
    if (names.includes(key.trim().toLowerCase()) && value !== null && value !== undefined && String(value).trim() !== '') return value;
  }
  return undefined;
}

function toRecord(line: number, row: Record<string, unknown>): LogRecord | undefined {
  const query = pick(row, QUERY_FIELDS);
  if (query === undefined) return undefined;
  const record: LogRecord = { line, query };
  const consistency = pick(row, CONSISTENCY_FIELDS);
  const serial = pick(row, SERIAL_CONSISTENCY_FIELDS);
  const keyspace = pick(row, KEYSPACE_FIELDS);
  if (consistency !== undefined) record.consistency = consistency.toUpperCase();
  if (serial !== undefined) record.serialConsistency = serial.toUpperCase();
  if (keyspace !== undefined) record.keyspace = keyspace;
  const timestamp = parseTimestamp(pickRaw(row, TIMESTAMP_FIELDS));
  if (timestamp !== undefined) record.timestamp = timestamp;
  return record;
}

/** CSV export with a header row naming a query column (`query`, `statement`, `cql`, …); quoted fields may span lines. */
async function* readCsv(input: Readable, skipped: SkippedLines): AsyncGenerator<LogRecord> {
  const { parse: parseCsv } = await import('csv-parse');
  const parser = input.pipe(
    parseCsv({ columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), info: true, relax_column_count: true, skip_empty_lines: true, bom: true }),
  );
  let headerChecked = false;
  for await (const item of parser as AsyncIterable<{ record: Record<string, unknown>; info: { lines: number } }>) {
    if (!headerChecked) {
      headerChecked = true;
      if (findQueryColumn(Object.keys(item.record)) < 0) {
        skipped.add(1, `no query column in the CSV header (expected one of: ${QUERY_FIELDS.join(', ')})`);
        return;
      }
    }
    const rec = toRecord(item.info.lines, item.record);
    if (rec) yield rec;
    else skipped.add(item.info.lines, 'empty query field');
  }
}

/** One JSON object per line with a query field (`query`, `statement`, `cql`, …) and optional consistency/keyspace. */
async function* readJsonLines(input: Readable, skipped: SkippedLines): AsyncGenerator<LogRecord> {
  let n = 0;
  for await (const raw of lines(input)) {
    n++;
    if (raw.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      skipped.add(n, `not valid JSON: ${(err as Error).message}`);
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      skipped.add(n, 'not a JSON object');
      continue;
    }
    const rec = toRecord(n, value as Record<string, unknown>);
    if (rec) yield rec;
    else skipped.add(n, `no query field (expected one of: ${QUERY_FIELDS.join(', ')})`);
  }
}
