/**
 * Numbers of the CQL native protocol v4 (opcodes, flags, error codes, consistency levels, result
 * kinds), named as in the protocol specification (`native_protocol_v4.spec`).
 */

/** The only protocol version the emulator speaks, as Amazon Keyspaces does. */
export const PROTOCOL_V4 = 4;
/** Bit set in the version byte of every response frame. */
export const RESPONSE_BIT = 0x80;
/** Size of a v3/v4/v5 frame header: version, flags, stream (2), opcode, length (4). */
export const HEADER_LENGTH = 9;
/** Stream id the server uses for EVENT frames. */
export const EVENT_STREAM = -1;

export const Opcode = {
  Error: 0x00,
  Startup: 0x01,
  Ready: 0x02,
  Authenticate: 0x03,
  Options: 0x05,
  Supported: 0x06,
  Query: 0x07,
  Result: 0x08,
  Prepare: 0x09,
  Execute: 0x0a,
  Register: 0x0b,
  Event: 0x0c,
  Batch: 0x0d,
  AuthChallenge: 0x0e,
  AuthResponse: 0x0f,
  AuthSuccess: 0x10,
} as const;
export type Opcode = (typeof Opcode)[keyof typeof Opcode];

const opcodeNames = new Map<number, string>(
  Object.entries(Opcode).map(([name, code]) => [code, name.replace(/(?<=[a-z])(?=[A-Z])/g, '_').toUpperCase()]),
);

/** Protocol name of an opcode as Cassandra prints it (`QUERY`, `AUTH_RESPONSE`, …), or `0xNN` when unknown. */
export function opcodeName(opcode: number): string {
  return opcodeNames.get(opcode) ?? `0x${opcode.toString(16).padStart(2, '0')}`;
}

/** Opcodes a client may send. */
export const REQUEST_OPCODES: ReadonlySet<number> = new Set([
  Opcode.Startup,
  Opcode.Options,
  Opcode.Query,
  Opcode.Prepare,
  Opcode.Execute,
  Opcode.Register,
  Opcode.Batch,
  Opcode.AuthResponse,
]);

export const FrameFlag = {
  Compression: 0x01,
  Tracing: 0x02,
  CustomPayload: 0x04,
  Warning: 0x08,
} as const;

export const ErrorCode = {
  ServerError: 0x0000,
  ProtocolError: 0x000a,
  BadCredentials: 0x0100,
  Unavailable: 0x1000,
  Overloaded: 0x1001,
  IsBootstrapping: 0x1002,
  TruncateError: 0x1003,
  WriteTimeout: 0x1100,
  ReadTimeout: 0x1200,
  ReadFailure: 0x1300,
  FunctionFailure: 0x1400,
  WriteFailure: 0x1500,
  SyntaxError: 0x2000,
  Unauthorized: 0x2100,
  Invalid: 0x2200,
  ConfigError: 0x2300,
  AlreadyExists: 0x2400,
  Unprepared: 0x2500,
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const Consistency = {
  ANY: 0x0000,
  ONE: 0x0001,
  TWO: 0x0002,
  THREE: 0x0003,
  QUORUM: 0x0004,
  ALL: 0x0005,
  LOCAL_QUORUM: 0x0006,
  EACH_QUORUM: 0x0007,
  SERIAL: 0x0008,
  LOCAL_SERIAL: 0x0009,
  LOCAL_ONE: 0x000a,
} as const;
export type ConsistencyName = keyof typeof Consistency;

const consistencyNames = new Map<number, ConsistencyName>(
  (Object.entries(Consistency) as [ConsistencyName, number][]).map(([name, code]) => [code, name]),
);

/** Name of a consistency code (`LOCAL_QUORUM`), or undefined when the code is not a level. */
export function consistencyName(code: number): ConsistencyName | undefined {
  return consistencyNames.get(code);
}

export const ResultKind = {
  Void: 0x0001,
  Rows: 0x0002,
  SetKeyspace: 0x0003,
  Prepared: 0x0004,
  SchemaChange: 0x0005,
} as const;

/** Flags of the query parameters in QUERY and EXECUTE. */
export const QueryFlag = {
  Values: 0x01,
  SkipMetadata: 0x02,
  PageSize: 0x04,
  PagingState: 0x08,
  SerialConsistency: 0x10,
  DefaultTimestamp: 0x20,
  NamesForValues: 0x40,
} as const;

/** Flags of the rows/prepared metadata. */
export const RowsFlag = {
  GlobalTablesSpec: 0x0001,
  HasMorePages: 0x0002,
  NoMetadata: 0x0004,
} as const;

export const BatchType = {
  Logged: 0,
  Unlogged: 1,
  Counter: 2,
} as const;

/** Column type ids of the `[option]` notation. */
export const TypeCode = {
  Custom: 0x0000,
  Ascii: 0x0001,
  Bigint: 0x0002,
  Blob: 0x0003,
  Boolean: 0x0004,
  Counter: 0x0005,
  Decimal: 0x0006,
  Double: 0x0007,
  Float: 0x0008,
  Int: 0x0009,
  Timestamp: 0x000b,
  Uuid: 0x000c,
  Varchar: 0x000d,
  Varint: 0x000e,
  Timeuuid: 0x000f,
  Inet: 0x0010,
  Date: 0x0011,
  Time: 0x0012,
  Smallint: 0x0013,
  Tinyint: 0x0014,
  Duration: 0x0015,
  List: 0x0020,
  Map: 0x0021,
  Set: 0x0022,
  Udt: 0x0030,
  Tuple: 0x0031,
} as const;
