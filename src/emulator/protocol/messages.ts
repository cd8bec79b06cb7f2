/**
 * Encode/decode of the v4 message bodies the emulator reads or writes. Decoders take the message
 * part of a body (after the envelope; see `envelope.ts`) and consume it exactly.
 */
import { ErrorCode, QueryFlag, ResultKind, RowsFlag } from './constants.js';
import { fitString, ProtocolDecodeError, Reader, Writer } from './notation.js';
import { readColumnType, skipColumnType, writeColumnType, type ColumnType } from './types.js';

// ---------------------------------------------------------------------------------------------
// STARTUP, OPTIONS/SUPPORTED, AUTHENTICATE, AUTH_*, REGISTER

export function decodeStringMap(body: Buffer): Map<string, string> {
  const r = new Reader(body);
  const m = r.stringMap();
  r.end('STARTUP');
  return m;
}

export function encodeStringMap(map: ReadonlyMap<string, string>): Buffer {
  return new Writer().stringMap(map).toBuffer();
}

export function decodeSupported(body: Buffer): Map<string, string[]> {
  const r = new Reader(body);
  const m = r.stringMultimap();
  r.end('SUPPORTED');
  return m;
}

export function encodeSupported(map: ReadonlyMap<string, readonly string[]>): Buffer {
  return new Writer().stringMultimap(map).toBuffer();
}

/** AUTHENTICATE body: the authenticator's class name. */
export function encodeAuthenticate(className: string): Buffer {
  return new Writer().string(className).toBuffer();
}

export function decodeAuthenticate(body: Buffer): string {
  const r = new Reader(body);
  const s = r.string();
  r.end('AUTHENTICATE');
  return s;
}

/** AUTH_RESPONSE / AUTH_CHALLENGE / AUTH_SUCCESS body: one [bytes] token (null allowed). */
export function encodeToken(token: Buffer | null): Buffer {
  return new Writer().bytes(token).toBuffer();
}

export function decodeToken(body: Buffer): Buffer | null {
  const r = new Reader(body);
  const t = r.bytes();
  r.end('auth token');
  return t;
}

export function encodeRegister(events: readonly string[]): Buffer {
  return new Writer().stringList(events).toBuffer();
}

export function decodeRegister(body: Buffer): string[] {
  const r = new Reader(body);
  const l = r.stringList();
  r.end('REGISTER');
  return l;
}

// ---------------------------------------------------------------------------------------------
// QUERY, PREPARE, EXECUTE, BATCH

/** The `<query_parameters>` of QUERY and EXECUTE. Optional parts are present iff their flag is. */
export interface QueryParameters {
  consistency: number;
  flags: number;
  values?: (Buffer | null | undefined)[];
  names?: string[];
  pageSize?: number;
  pagingState?: Buffer | null;
  serialConsistency?: number;
  timestamp?: bigint;
}

export interface QueryMessage {
  query: string;
  params: QueryParameters;
}

export interface ExecuteMessage {
  id: Buffer;
  params: QueryParameters;
}

function readValues(r: Reader, withNames: boolean): { values: (Buffer | null | undefined)[]; names?: string[] } {
  const n = r.short();
  const values: (Buffer | null | undefined)[] = [];
  const names: string[] = [];
  for (let i = 0; i < n; i++) {
    if (withNames) names.push(r.string());
    values.push(r.value());
  }
  return withNames ? { values, names } : { values };
}

function writeValues(w: Writer, values: readonly (Buffer | null | undefined)[], names?: readonly string[]): void {
  w.short(values.length);
  values.forEach((v, i) => {
    if (names) w.string(names[i] ?? '');
    w.value(v);
  });
}

function readQueryParameters(r: Reader): QueryParameters {
  const consistency = r.short();
  const flags = r.byte();
  const p: QueryParameters = { consistency, flags };
  if (flags & QueryFlag.Values) {
    const { values, names } = readValues(r, (flags & QueryFlag.NamesForValues) !== 0);
    p.values = values;
    if (names) p.names = names;
  }
  if (flags & QueryFlag.PageSize) p.pageSize = r.int();
  if (flags & QueryFlag.PagingState) p.pagingState = r.bytes();
  if (flags & QueryFlag.SerialConsistency) p.serialConsistency = r.short();
  if (flags & QueryFlag.DefaultTimestamp) p.timestamp = r.long();
  return p;
}

function writeQueryParameters(w: Writer, p: QueryParameters): void {
  w.short(p.consistency).byte(p.flags);
  if (p.flags & QueryFlag.Values) writeValues(w, p.values ?? [], p.flags & QueryFlag.NamesForValues ? p.names : undefined);
  if (p.flags & QueryFlag.PageSize) w.int(p.pageSize ?? 0);
  if (p.flags & QueryFlag.PagingState) w.bytes(p.pagingState ?? null);
  if (p.flags & QueryFlag.SerialConsistency) w.short(p.serialConsistency ?? 0);
  if (p.flags & QueryFlag.DefaultTimestamp) w.long(p.timestamp ?? 0n);
}

export function decodeQuery(body: Buffer): QueryMessage {
  const r = new Reader(body);
  const query = r.longString();
  const params = readQueryParameters(r);
  r.end('QUERY');
  return { query, params };
}

export function encodeQuery(m: QueryMessage): Buffer {
  const w = new Writer().longString(m.query);
  writeQueryParameters(w, m.params);
  return w.toBuffer();
}

export function decodePrepare(body: Buffer): string {
  const r = new Reader(body);
  const q = r.longString();
  r.end('PREPARE');
  return q;
}

export function encodePrepare(query: string): Buffer {
  return new Writer().longString(query).toBuffer();
}

export function decodeExecute(body: Buffer): ExecuteMessage {
  const r = new Reader(body);
  const id = r.shortBytes();
  const params = readQueryParameters(r);
  r.end('EXECUTE');
  return { id, params };
}

export function encodeExecute(m: ExecuteMessage): Buffer {
  const w = new Writer().shortBytes(m.id);
  writeQueryParameters(w, m.params);
  return w.toBuffer();
}

export type BatchStatement =
  | { kind: 'query'; query: string; values: (Buffer | null | undefined)[]; names?: string[] }
  | { kind: 'prepared'; id: Buffer; values: (Buffer | null | undefined)[]; names?: string[] };

export interface BatchMessage {
  type: number;
  statements: BatchStatement[];
  consistency: number;
  flags: number;
  serialConsistency?: number;
  timestamp?: bigint;
}

export function decodeBatch(body: Buffer): BatchMessage {
  const r = new Reader(body);
  const type = r.byte();
  const n = r.short();
  // The flags (which say whether values carry names) come after the statements: find them by
  // walking the statement list both ways and keeping the reading whose flags agree with it.
  const start = r.offset;
  const tail = (withNames: boolean): { flags: number } | undefined => {
    try {
      const skip = new Reader(body, start);
      for (let i = 0; i < n; i++) {
        const kind = skip.byte();
        if (kind === 0) skip.longString();
        else if (kind === 1) skip.shortBytes();
        else throw new ProtocolDecodeError(`Invalid BATCH statement kind ${kind}`);
        const count = skip.short();
        for (let j = 0; j < count; j++) {
          if (withNames) skip.string();
          skip.value();
        }
      }
      skip.short();
      const flags = skip.byte();
      return ((flags & QueryFlag.NamesForValues) !== 0) === withNames ? { flags } : undefined;
    } catch (err) {
      if (withNames) throw err;
      return undefined;
    }
  };
  const found = tail(false) ?? tail(true);
  if (!found) throw new ProtocolDecodeError('BATCH flags do not match its statements');
  const flags = found.flags;
  const withNames = (flags & QueryFlag.NamesForValues) !== 0;
  const statements: BatchStatement[] = [];
  for (let i = 0; i < n; i++) {
    const kind = r.byte();
    if (kind === 0) {
      const query = r.longString();
      statements.push({ kind: 'query', query, ...readValues(r, withNames) });
    } else {
      const id = r.shortBytes();
      statements.push({ kind: 'prepared', id, ...readValues(r, withNames) });
    }
  }
  const consistency = r.short();
  r.byte();
  const m: BatchMessage = { type, statements, consistency, flags };
  if (flags & QueryFlag.SerialConsistency) m.serialConsistency = r.short();
  if (flags & QueryFlag.DefaultTimestamp) m.timestamp = r.long();
  r.end('BATCH');
  return m;
}

export function encodeBatch(m: BatchMessage): Buffer {
  const w = new Writer().byte(m.type).short(m.statements.length);
  const withNames = (m.flags & QueryFlag.NamesForValues) !== 0;
  for (const s of m.statements) {
    if (s.kind === 'query') w.byte(0).longString(s.query);
    else w.byte(1).shortBytes(s.id);
    writeValues(w, s.values, withNames ? s.names : undefined);
  }
  w.short(m.consistency).byte(m.flags);
  if (m.flags & QueryFlag.SerialConsistency) w.short(m.serialConsistency ?? 0);
  if (m.flags & QueryFlag.DefaultTimestamp) w.long(m.timestamp ?? 0n);
  return w.toBuffer();
}

// ---------------------------------------------------------------------------------------------
// RESULT

export interface ColumnSpec {
  keyspace: string;
  table: string;
  name: string;
  type: ColumnType;
}

/** Rows metadata; `columns` is absent when the NoMetadata flag is set. */
export interface RowsMetadata {
  flags: number;
  columnCount: number;
  pagingState?: Buffer | null;
  columns?: ColumnSpec[];
}

export interface PreparedMetadata {
  flags: number;
  pkIndexes: number[];
  columns: ColumnSpec[];
}

export interface SchemaChange {
  changeType: string;
  target: string;
  keyspace: string;
  /** Table/type/function/aggregate name (absent for KEYSPACE targets). */
  name?: string;
  /** Argument types for FUNCTION/AGGREGATE targets. */
  argTypes?: string[];
}

export type Result =
  | { kind: 'void' }
  | { kind: 'rows'; metadata: RowsMetadata; rows: (Buffer | null)[][] }
  | { kind: 'setKeyspace'; keyspace: string }
  | { kind: 'prepared'; id: Buffer; metadata: PreparedMetadata; resultMetadata: RowsMetadata }
  | { kind: 'schemaChange'; change: SchemaChange };

function readColumnSpecs(r: Reader, count: number, global: boolean): ColumnSpec[] {
  let ks = '';
  let table = '';
  if (global) {
    ks = r.string();
    table = r.string();
  }
  const cols: ColumnSpec[] = [];
  for (let i = 0; i < count; i++) {
    const keyspace = global ? ks : r.string();
    const tbl = global ? table : r.string();
    cols.push({ keyspace, table: tbl, name: r.string(), type: readColumnType(r) });
  }
  return cols;
}

function writeColumnSpecs(w: Writer, cols: readonly ColumnSpec[], global: boolean): void {
  if (global) {
    const first = cols[0];
    w.string(first?.keyspace ?? '').string(first?.table ?? '');
  }
  for (const c of cols) {
    if (!global) w.string(c.keyspace).string(c.table);
    w.string(c.name);
    writeColumnType(w, c.type);
  }
}

export function readRowsMetadata(r: Reader): RowsMetadata {
  const flags = r.int();
  const columnCount = r.int();
  if (columnCount < 0) throw new ProtocolDecodeError(`Negative column count ${columnCount}`);
  const m: RowsMetadata = { flags, columnCount };
  if (flags & RowsFlag.HasMorePages) m.pagingState = r.bytes();
  if (!(flags & RowsFlag.NoMetadata)) m.columns = readColumnSpecs(r, columnCount, (flags & RowsFlag.GlobalTablesSpec) !== 0);
  return m;
}

/**
 * Reads past Rows metadata exactly as `readRowsMetadata` reads it (the same checks and errors)
 * without decoding its names and types; returns the column count. Answers are sized on every read,
 * and decoding their column specs was most of that work.
 */
function skipRowsMetadata(r: Reader): number {
  const flags = r.int();
  const columnCount = r.int();
  if (columnCount < 0) throw new ProtocolDecodeError(`Negative column count ${columnCount}`);
  if (flags & RowsFlag.HasMorePages) r.skipBytes();
  if (!(flags & RowsFlag.NoMetadata)) {
    const global = (flags & RowsFlag.GlobalTablesSpec) !== 0;
    if (global) {
      r.skipString();
      r.skipString();
    }
    for (let i = 0; i < columnCount; i++) {
      if (!global) {
        r.skipString();
        r.skipString();
      }
      r.skipString();
      skipColumnType(r);
    }
  }
  return columnCount;
}

export function writeRowsMetadata(w: Writer, m: RowsMetadata): void {
  w.int(m.flags).int(m.columnCount);
  if (m.flags & RowsFlag.HasMorePages) w.bytes(m.pagingState ?? null);
  if (!(m.flags & RowsFlag.NoMetadata)) writeColumnSpecs(w, m.columns ?? [], (m.flags & RowsFlag.GlobalTablesSpec) !== 0);
}

function readSchemaChange(r: Reader): SchemaChange {
  const changeType = r.string();
  const target = r.string();
  const keyspace = r.string();
  const c: SchemaChange = { changeType, target, keyspace };
  if (target !== 'KEYSPACE') c.name = r.string();
  if (target === 'FUNCTION' || target === 'AGGREGATE') c.argTypes = r.stringList();
  return c;
}

function writeSchemaChange(w: Writer, c: SchemaChange): void {
  w.string(c.changeType).string(c.target).string(c.keyspace);
  if (c.target !== 'KEYSPACE') w.string(c.name ?? '');
  if (c.target === 'FUNCTION' || c.target === 'AGGREGATE') w.stringList(c.argTypes ?? []);
}

export function decodeResult(body: Buffer): Result {
  const r = new Reader(body);
  const kind = r.int();
  let result: Result;
  switch (kind) {
    case ResultKind.Void:
      result = { kind: 'void' };
      break;
    case ResultKind.Rows: {
      const metadata = readRowsMetadata(r);
      const count = r.int();
      if (count < 0) throw new ProtocolDecodeError(`Negative row count ${count}`);
      const rows: (Buffer | null)[][] = [];
      for (let i = 0; i < count; i++) {
        const row: (Buffer | null)[] = [];
        for (let j = 0; j < metadata.columnCount; j++) row.push(r.bytes());
        rows.push(row);
      }
      result = { kind: 'rows', metadata, rows };
      break;
    }
    case ResultKind.SetKeyspace:
      result = { kind: 'setKeyspace', keyspace: r.string() };
      break;
    case ResultKind.Prepared: {
      const id = r.shortBytes();
      const flags = r.int();
      const columnCount = r.int();
      const pkCount = r.int();
      if (columnCount < 0 || pkCount < 0) throw new ProtocolDecodeError('Negative prepared metadata count');
      const pkIndexes: number[] = [];
      for (let i = 0; i < pkCount; i++) pkIndexes.push(r.short());
      const columns = readColumnSpecs(r, columnCount, (flags & RowsFlag.GlobalTablesSpec) !== 0);
      const resultMetadata = readRowsMetadata(r);
      result = { kind: 'prepared', id, metadata: { flags, pkIndexes, columns }, resultMetadata };
      break;
    }
    case ResultKind.SchemaChange:
      result = { kind: 'schemaChange', change: readSchemaChange(r) };
      break;
    default:
      throw new ProtocolDecodeError(`Unknown RESULT kind ${kind}`);
  }
  r.end('RESULT');
  return result;
}

/**
 * The data of a RESULT Rows body: the bytes of all its cells and of its largest row (a row's bytes
 * being the sum of its cells' lengths). Reads the body as `decodeResult` does, with the same checks
 * and errors, without building the rows.
 */
export function rowsDataSize(body: Buffer): { bytes: number; largestRow: number } {
  const r = new Reader(body);
  const kind = r.int();
  if (kind !== ResultKind.Rows) throw new ProtocolDecodeError(`Not a Rows RESULT (kind ${kind})`);
  const columnCount = skipRowsMetadata(r);
  const count = r.int();
  if (count < 0) throw new ProtocolDecodeError(`Negative row count ${count}`);
  let bytes = 0;
  let largestRow = 0;
  for (let i = 0; i < count; i++) {
    let row = 0;
    for (let j = 0; j < columnCount; j++) row += r.skipBytes();
    bytes += row;
    largestRow = Math.max(largestRow, row);
  }
  r.end('RESULT');
  return { bytes, largestRow };
}

export function encodeResult(result: Result): Buffer {
  const w = new Writer();
  switch (result.kind) {
    case 'void':
      w.int(ResultKind.Void);
      break;
    case 'rows':
      w.int(ResultKind.Rows);
      writeRowsMetadata(w, result.metadata);
      w.int(result.rows.length);
      for (const row of result.rows) for (const cell of row) w.bytes(cell);
      break;
    case 'setKeyspace':
      w.int(ResultKind.SetKeyspace).string(result.keyspace);
      break;
    case 'prepared': {
      const m = result.metadata;
      w.int(ResultKind.Prepared).shortBytes(result.id).int(m.flags).int(m.columns.length).int(m.pkIndexes.length);
      for (const i of m.pkIndexes) w.short(i);
      writeColumnSpecs(w, m.columns, (m.flags & RowsFlag.GlobalTablesSpec) !== 0);
      writeRowsMetadata(w, result.resultMetadata);
      break;
    }
    case 'schemaChange':
      w.int(ResultKind.SchemaChange);
      writeSchemaChange(w, result.change);
      break;
  }
  return w.toBuffer();
}

/** The RESULT kind of a body without decoding the rest, or undefined when too short. */
export function peekResultKind(body: Buffer): number | undefined {
  return body.length >= 4 ? body.readInt32BE(0) : undefined;
}

// ---------------------------------------------------------------------------------------------
// ERROR

/** An ERROR body. Fields beyond code and message exist only for the codes whose bodies carry them. */
export type ErrorMessage =
  | { code: typeof ErrorCode.Unavailable; message: string; consistency: number; required: number; alive: number }
  | { code: typeof ErrorCode.WriteTimeout; message: string; consistency: number; received: number; blockFor: number; writeType: string }
  | { code: typeof ErrorCode.ReadTimeout; message: string; consistency: number; received: number; blockFor: number; dataPresent: boolean }
  | { code: typeof ErrorCode.ReadFailure; message: string; consistency: number; received: number; blockFor: number; numFailures: number; dataPresent: boolean }
  | { code: typeof ErrorCode.WriteFailure; message: string; consistency: number; received: number; blockFor: number; numFailures: number; writeType: string }
  | { code: typeof ErrorCode.FunctionFailure; message: string; keyspace: string; functionName: string; argTypes: string[] }
  | { code: typeof ErrorCode.AlreadyExists; message: string; keyspace: string; table: string }
  | { code: typeof ErrorCode.Unprepared; message: string; id: Buffer }
  | { code: PlainErrorCode; message: string };

type PlainErrorCode = Exclude<
  ErrorCode,
  | typeof ErrorCode.Unavailable
  | typeof ErrorCode.WriteTimeout
  | typeof ErrorCode.ReadTimeout
  | typeof ErrorCode.ReadFailure
  | typeof ErrorCode.WriteFailure
  | typeof ErrorCode.FunctionFailure
  | typeof ErrorCode.AlreadyExists
  | typeof ErrorCode.Unprepared
>;

const knownErrorCodes: ReadonlySet<number> = new Set(Object.values(ErrorCode));

export function decodeError(body: Buffer): ErrorMessage {
  const r = new Reader(body);
  const code = r.int();
  const message = r.string();
  let e: ErrorMessage;
  switch (code) {
    case ErrorCode.Unavailable:
      e = { code, message, consistency: r.short(), required: r.int(), alive: r.int() };
      break;
    case ErrorCode.WriteTimeout:
      e = { code, message, consistency: r.short(), received: r.int(), blockFor: r.int(), writeType: r.string() };
      break;
    case ErrorCode.ReadTimeout:
      e = { code, message, consistency: r.short(), received: r.int(), blockFor: r.int(), dataPresent: r.byte() !== 0 };
      break;
    case ErrorCode.ReadFailure:
      e = {
        code,
        message,
        consistency: r.short(),
        received: r.int(),
        blockFor: r.int(),
        numFailures: r.int(),
        dataPresent: r.byte() !== 0,
      };
      break;
    case ErrorCode.WriteFailure:
      e = {
        code,
        message,
        consistency: r.short(),
        received: r.int(),
        blockFor: r.int(),
        numFailures: r.int(),
        writeType: r.string(),
      };
      break;
    case ErrorCode.FunctionFailure:
      e = { code, message, keyspace: r.string(), functionName: r.string(), argTypes: r.stringList() };
      break;
    case ErrorCode.AlreadyExists:
      e = { code, message, keyspace: r.string(), table: r.string() };
      break;
    case ErrorCode.Unprepared:
      e = { code, message, id: r.shortBytes() };
      break;
    default:
      if (!knownErrorCodes.has(code)) throw new ProtocolDecodeError(`Unknown ERROR code 0x${code.toString(16)}`);
      e = { code: code as PlainErrorCode, message };
  }
  r.end('ERROR');
  return e;
}

/**
 * An ERROR body. The message is a [string] in every protocol version, so a text longer than 65,535
 * bytes in UTF-8 is cut to fit rather than refused: an error answer must always be sendable.
 */
export function encodeError(e: ErrorMessage): Buffer {
  const w = new Writer().int(e.code).string(fitString(e.message));
  switch (e.code) {
    case ErrorCode.Unavailable:
      w.short(e.consistency).int(e.required).int(e.alive);
      break;
    case ErrorCode.WriteTimeout:
      w.short(e.consistency).int(e.received).int(e.blockFor).string(e.writeType);
      break;
    case ErrorCode.ReadTimeout:
      w.short(e.consistency).int(e.received).int(e.blockFor).byte(e.dataPresent ? 1 : 0);
      break;
    case ErrorCode.ReadFailure:
      w.short(e.consistency).int(e.received).int(e.blockFor).int(e.numFailures).byte(e.dataPresent ? 1 : 0);
      break;
    case ErrorCode.WriteFailure:
      w.short(e.consistency).int(e.received).int(e.blockFor).int(e.numFailures).string(e.writeType);
      break;
    case ErrorCode.FunctionFailure:
      w.string(e.keyspace).string(e.functionName).stringList(e.argTypes);
      break;
    case ErrorCode.AlreadyExists:
      w.string(e.keyspace).string(e.table);
      break;
    case ErrorCode.Unprepared:
      w.shortBytes(e.id);
      break;
    default:
      break;
  }
  return w.toBuffer();
}

// ---------------------------------------------------------------------------------------------
// EVENT

export type EventMessage =
  | { type: 'TOPOLOGY_CHANGE' | 'STATUS_CHANGE'; change: string; address: string; port: number }
  | { type: 'SCHEMA_CHANGE'; change: SchemaChange };

export function decodeEvent(body: Buffer): EventMessage {
  const r = new Reader(body);
  const type = r.string();
  let e: EventMessage;
  if (type === 'TOPOLOGY_CHANGE' || type === 'STATUS_CHANGE') {
    const change = r.string();
    const { address, port } = r.inet();
    e = { type, change, address, port };
  } else if (type === 'SCHEMA_CHANGE') {
    e = { type, change: readSchemaChange(r) };
  } else {
    throw new ProtocolDecodeError(`Unknown EVENT type ${type}`);
  }
  r.end('EVENT');
  return e;
}

export function encodeEvent(e: EventMessage): Buffer {
  const w = new Writer().string(e.type);
  if (e.type === 'SCHEMA_CHANGE') writeSchemaChange(w, e.change);
  else w.string(e.change).inet(e.address, e.port);
  return w.toBuffer();
}
