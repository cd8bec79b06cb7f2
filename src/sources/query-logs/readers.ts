import { Readable } from 'node:stream';
import { DEFAULT_MAX_STATEMENT_LENGTH } from '../../cql/limits.js';
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

/**
 * Reads records of one format from a stream, line by line; memory stays bounded by one record of
 * at most `maxLength` characters (a longer one is yielded cut, marked `oversized`).
 */
export type RecordReader = (input: Readable, skipped: SkippedLines, maxLength?: number) => AsyncGenerator<LogRecord>;

/**
 * A `RecordReader` that hands its records over a chunk of the input at a time (never an empty
 * array): one turn of the async machinery per record would cost more than reading it.
 */
export type BatchReader = (input: Readable, skipped: SkippedLines, maxLength?: number) => AsyncGenerator<LogRecord[]>;

/** The batch reader for each concrete format. */
export const batchReaders: Record<Exclude<QueryLogFormat, 'auto'>, BatchReader> = {
  lines: readLines,
  audit: readAuditLog,
  fql: readFqlDump,
  csv: readCsv,
  jsonl: readJsonLines,
};

/** The reader for each concrete format, one record at a time. */
export const readers: Record<Exclude<QueryLogFormat, 'auto'>, RecordReader> = {
  lines: oneByOne(readLines),
  audit: oneByOne(readAuditLog),
  fql: oneByOne(readFqlDump),
  csv: oneByOne(readCsv),
  jsonl: oneByOne(readJsonLines),
};

function oneByOne(reader: BatchReader): RecordReader {
  return async function* (input, skipped, maxLength) {
    for await (const batch of reader(input, skipped, maxLength)) yield* batch;
  };
}

const MAX_SKIPPED_KEPT = 20;

/**
 * Where a range of a log may start for its reader to read it on its own, exactly as it reads those
 * lines within the whole log: at the start of any line, or only at a line (its whole text, as the
 * reader sees it) for which the predicate holds.
 */
export type RangeStart = 'any-line' | ((line: string) => boolean);

/**
 * The formats whose logs can be cut into ranges read apart (by worker threads). A `lines` or
 * `jsonl` record is one line, read alike whatever came before. An `audit` entry's statement may go
 * on over the lines after it, so a range starts only at a line that starts an entry or another log
 * record: the reader ends the entry before either. Not here: `csv` (a quoted field spans lines, and
 * the header names the columns) and `fql` (records of many lines, with hex dumps).
 */
export const rangeStarts: Partial<Record<Exclude<QueryLogFormat, 'auto'>, RangeStart>> = {
  lines: 'any-line',
  jsonl: 'any-line',
  audit: (line) => AUDIT_START.test(line) || OTHER_LOG_LINE.test(line),
};

/** One line of a log; `length` is longer than `text` when the line was cut at the record limit. */
interface LogLine {
  text: string;
  length: number;
}

/**
 * The lines of a stream (LF, CRLF or CR, as readline splits them), each cut at `max` characters:
 * the rest of a longer line is counted, never kept, so one endless line cannot fill memory. They
 * come a chunk's worth at a time: one turn of the async machinery per line would cost more than
 * reading it.
 */
async function* lines(input: Readable, max: number): AsyncGenerator<LogLine[]> {
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  // Characters of the current line past the cut (dropped, counted).
  let dropped = 0;
  // The chunk before ended with CR: an LF starting this one belongs to that line break.
  let afterCr = false;
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (afterCr && text.startsWith('\n')) text = text.slice(1);
    afterCr = text.endsWith('\r');
    // Splitting on a string is much faster than on a pattern, and most logs have no CR.
    const parts = text.includes('\r') ? text.split(LINE_BREAK) : text.split('\n');
    const last = parts.pop() ?? '';
    if (parts.length > 0) {
      const batch: LogLine[] = [];
      for (const part of parts) {
        batch.push(line(carry, part, dropped, max));
        carry = '';
        dropped = 0;
      }
      yield batch;
    }
    // The unfinished line: keep at most `max` characters of it.
    const room = max + 1 - carry.length;
    if (room >= last.length) carry += last;
    else {
      carry += last.slice(0, Math.max(0, room));
      dropped += last.length - Math.max(0, room);
    }
  }
  const rest = decoder.decode();
  if (rest !== '') carry += rest;
  if (carry !== '' || dropped > 0) yield [line(carry, '', dropped, max)];
}

const LINE_BREAK = /\r\n|\r|\n/;

function line(carry: string, part: string, dropped: number, max: number): LogLine {
  const whole = carry.length + part.length + dropped;
  if (whole <= max) return { text: carry === '' ? part : carry + part, length: whole };
  return { text: (carry + part.slice(0, Math.max(0, max + 1 - carry.length))).slice(0, max), length: whole };
}

/** One statement per line; blank lines and comment lines (`--`, `//`, `#`) are passed over. */
async function* readLines(input: Readable, _skipped: SkippedLines, max = DEFAULT_MAX_STATEMENT_LENGTH): AsyncGenerator<LogRecord[]> {
  let n = 0;
  for await (const batch of lines(input, max)) {
    const out: LogRecord[] = [];
    for (const { text: raw, length } of batch) {
      n++;
      const text = raw.trim();
      if (text === '' || text.startsWith('--') || text.startsWith('//') || text.startsWith('#')) continue;
      out.push(length > max ? { line: n, query: text, oversized: length } : { line: n, query: text });
    }
    if (out.length > 0) yield out;
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
async function* readAuditLog(input: Readable, skipped: SkippedLines, max = DEFAULT_MAX_STATEMENT_LENGTH): AsyncGenerator<LogRecord[]> {
  let n = 0;
  let pending: { line: number; fields: Map<string, string>; operation: BoundedText } | undefined;
  const flush = (): LogRecord | undefined => {
    if (pending === undefined) return undefined;
    const { line, fields, operation } = pending;
    pending = undefined;
    const category = fields.get('category') ?? '';
    if (!AUDITED_CATEGORIES.has(category) || fields.get('type') === 'BATCH') return undefined;
    const query = operation.text.trim();
    if (query === '') return undefined;
    const keyspace = fields.get('ks');
    const record: LogRecord = keyspace === undefined ? { line, query } : { line, query, keyspace };
    if (operation.length > max) record.oversized = operation.length;
    const timestamp = parseTimestamp(fields.get('timestamp'));
    if (timestamp !== undefined) record.timestamp = timestamp;
    return record;
  };
  for await (const batch of lines(input, max)) {
    const out: LogRecord[] = [];
    for (const { text: raw, length } of batch) {
      n++;
      const m = AUDIT_START.exec(raw);
      if (m === null) {
        if (OTHER_LOG_LINE.test(raw)) {
          const record = flush();
          if (record) out.push(record);
        } else if (pending !== undefined) {
          pending.operation.append(`\n${raw}`, length + 1);
        } else if (raw.trim() !== '') {
          skipped.add(n, 'not an audit log entry');
        }
        continue;
      }
      const record = flush();
      if (record) out.push(record);
      const body = raw.slice(m.index + (m[0].startsWith('user:') ? 0 : m[0].indexOf('user:')));
      const opAt = body.indexOf('|operation:');
      const head = opAt >= 0 ? body.slice(0, opAt) : body;
      const fields = new Map<string, string>();
      for (const part of head.split('|')) {
        const colon = part.indexOf(':');
        if (colon > 0) fields.set(part.slice(0, colon), part.slice(colon + 1));
      }
      const operation = new BoundedText(max);
      if (opAt >= 0) operation.append(body.slice(opAt + '|operation:'.length), length - (raw.length - body.length) - opAt - '|operation:'.length);
      pending = { line: n, fields, operation };
    }
    if (out.length > 0) yield out;
  }
  const last = flush();
  if (last) yield [last];
}

const BATCH_KEYWORDS: Record<string, string> = { LOGGED: 'BEGIN BATCH', UNLOGGED: 'BEGIN UNLOGGED BATCH', COUNTER: 'BEGIN COUNTER BATCH' };

/**
 * `fqltool dump` output: records start with `Type: single-query` or `Type: batch`, followed by
 * `Query start time:`, `Protocol version:`, `Generated timestamp:`, `Generated nowInSeconds:`,
 * then `Query: …` / `Values:` with a hex dump (and `Batch type: …` before the queries of a
 * batch). A batch is audited as one `BEGIN … BATCH … APPLY BATCH` statement. A single query's
 * bound values are decoded from the hex dump (`LogRecord.values`; see `fql-values.ts`).
 */
async function* readFqlDump(input: Readable, skipped: SkippedLines, max = DEFAULT_MAX_STATEMENT_LENGTH): AsyncGenerator<LogRecord[]> {
  let n = 0;
  let rec: { line: number; type: string; batchType?: string; queries: string[]; inQuery: boolean; values?: FqlValuesCollector; timestamp?: number; length: number } | undefined;
  const flush = (): LogRecord | undefined => {
    if (rec === undefined) return undefined;
    const r = rec;
    rec = undefined;
    const queries = r.queries.map((q) => q.trim()).filter((q) => q !== '');
    if (queries.length === 0) return undefined;
    const timed = (record: LogRecord): LogRecord => (r.timestamp === undefined ? record : { ...record, timestamp: r.timestamp });
    if (r.length > max) return timed({ line: r.line, query: queries.join('\n').slice(0, max), oversized: r.length });
    if (r.type !== 'batch') {
      const record: LogRecord = { line: r.line, query: queries[0]! };
      if (r.values !== undefined) record.values = r.values.result();
      return timed(record);
    }
    const begin = BATCH_KEYWORDS[(r.batchType ?? 'LOGGED').toUpperCase()] ?? 'BEGIN BATCH';
    const body = queries.map((q) => `  ${q.replace(/;\s*$/, '')};`).join('\n');
    return timed({ line: r.line, query: `${begin}\n${body}\nAPPLY BATCH` });
  };
  // Text kept of the record's queries stops at `max`; their whole length is counted.
  const addQuery = (r: NonNullable<typeof rec>, text: string, length: number, continued: boolean): void => {
    r.length += length + (continued ? 1 : 0);
    const room = Math.max(0, max - r.queries.reduce((t, q) => t + q.length, 0));
    if (room === 0) return;
    if (continued) r.queries[r.queries.length - 1] += `\n${text.slice(0, room)}`;
    else r.queries.push(text.slice(0, room));
  };
  for await (const batch of lines(input, max)) {
    const out: LogRecord[] = [];
    for (const { text: raw, length } of batch) {
      n++;
      const type = /^Type: (\S+)\s*$/.exec(raw);
      if (type) {
        const done = flush();
        if (done) out.push(done);
        rec = { line: n, type: type[1]!, queries: [], inQuery: false, length: 0 };
        continue;
      }
      if (rec === undefined) {
        if (raw.trim() !== '') skipped.add(n, 'outside an fqltool record');
        continue;
      }
      if (raw.startsWith('Query: ')) {
        addQuery(rec, raw.slice('Query: '.length), length - 'Query: '.length, false);
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
        addQuery(rec, raw, length, true);
      }
    }
    if (out.length > 0) yield out;
  }
  const last = flush();
  if (last) yield [last];
}

/** The first field named one of `names` whose value is text (a number or boolean counts; an object or array does not). */
function pick(record: Record<string, unknown>, names: readonly string[]): string | undefined {
  for (const [key, value] of Object.entries(record)) {
    if (!names.includes(key.trim().toLowerCase())) continue;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') continue;
    const text = String(value).trim();
    if (text !== '') return text;
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

/**
 * CSV export with a header row naming a query column (`query`, `statement`, `cql`, …); quoted fields
 * may span lines. A record longer than `max` is taken out before the CSV parser sees it (its lines
 * stay, empty, so line numbers hold) and reported as oversized. Without a query column in the
 * header, every record is passed over (and counted).
 */
async function* readCsv(input: Readable, skipped: SkippedLines, max = DEFAULT_MAX_STATEMENT_LENGTH): AsyncGenerator<LogRecord[]> {
  const { parse: parseCsv } = await import('csv-parse');
  const oversized: LogRecord[] = [];
  const parser = Readable.from(boundedCsvRecords(input, max, (r) => oversized.push(r))).pipe(
    // relax_quotes: a `"` inside an unquoted field (CQL has them in quoted names) is text, not an error.
    parseCsv({ columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), info: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, bom: true }),
  );
  let hasQueryColumn: boolean | undefined;
  try {
    for await (const item of parser as AsyncIterable<{ record: Record<string, unknown>; info: { lines: number } }>) {
      if (oversized.length > 0) yield oversized.splice(0);
      if (hasQueryColumn === undefined) {
        hasQueryColumn = findQueryColumn(Object.keys(item.record)) >= 0;
        if (!hasQueryColumn) skipped.add(1, `no query column in the CSV header (expected one of: ${QUERY_FIELDS.join(', ')})`);
      }
      if (!hasQueryColumn) {
        skipped.add(item.info.lines, 'no query column');
        continue;
      }
      const rec = toRecord(item.info.lines, item.record);
      if (rec) yield [rec];
      else skipped.add(item.info.lines, 'empty query field');
    }
  } catch (err) {
    // Malformed CSV (a quote never closed, say): what was read counts; the parser cannot go on past it.
    skipped.add((err as { lines?: number }).lines ?? 0, `not valid CSV from here on: ${(err as Error).message.slice(0, 200)}`);
  }
  if (oversized.length > 0) yield oversized.splice(0);
}

/**
 * The text of a CSV stream with each record longer than `max` characters replaced by as many line
 * breaks as it spanned (the CSV parser skips them as empty lines); each is handed to `onOversized`.
 * A record ends at a line break outside double quotes.
 */
async function* boundedCsvRecords(input: Readable, max: number, onOversized: (record: LogRecord) => void): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let record = '';
  let length = 0;
  let quoted = false;
  let line = 1;
  let startLine = 1;
  let breaks = 0;
  const endRecord = function* (terminator: string): Generator<string> {
    if (length > max) {
      onOversized({ line: startLine, query: record.slice(0, max), oversized: length });
      yield '\n'.repeat(breaks) + terminator;
    } else {
      yield record + terminator;
    }
    record = '';
    length = 0;
    breaks = 0;
    startLine = line;
  };
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 34) quoted = !quoted;
      else if (c === 10) {
        line++;
        if (!quoted) {
          append(text.slice(from, i));
          yield* endRecord('\n');
          from = i + 1;
        } else breaks++;
      }
    }
    append(text.slice(from));
  }
  append(decoder.decode());
  if (record !== '' || length > 0) yield* endRecord('');

  function append(part: string): void {
    length += part.length;
    if (record.length < max + 1) record += part.slice(0, max + 1 - record.length);
  }
}

/** One JSON object per line with a query field (`query`, `statement`, `cql`, …) and optional consistency/keyspace. */
async function* readJsonLines(input: Readable, skipped: SkippedLines, max = DEFAULT_MAX_STATEMENT_LENGTH): AsyncGenerator<LogRecord[]> {
  let n = 0;
  for await (const batch of lines(input, max)) {
    const out: LogRecord[] = [];
    for (const { text: raw, length } of batch) {
      n++;
      if (raw.trim() === '') continue;
      if (length > max) {
        // Too long to parse: its query (the bulk of it, surely) is reported as a statement too large.
        out.push({ line: n, query: raw.trim(), oversized: length });
        continue;
      }
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
      if (rec) out.push(rec);
      else skipped.add(n, `no query field (expected one of: ${QUERY_FIELDS.join(', ')})`);
    }
    if (out.length > 0) yield out;
  }
}

/** Text kept up to `max` characters, its whole length counted. */
class BoundedText {
  text = '';
  length = 0;

  constructor(private readonly max: number) {}

  append(part: string, length = part.length): void {
    this.length += length;
    if (this.text.length < this.max) this.text += part.slice(0, this.max - this.text.length);
  }
}
