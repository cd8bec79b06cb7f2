import { describe, expect, it } from 'vitest';
import { BatchType, Consistency, ErrorCode, FrameFlag, Opcode, QueryFlag, RowsFlag, TypeCode } from '../../../src/emulator/protocol/constants.js';
import { openEnvelope, replaceMessage } from '../../../src/emulator/protocol/envelope.js';
import { responseFrame } from '../../../src/emulator/protocol/frame.js';
import {
  decodeAuthenticate,
  decodeBatch,
  decodeError,
  decodeEvent,
  decodeExecute,
  decodePrepare,
  decodeQuery,
  decodeRegister,
  decodeResult,
  decodeSupported,
  decodeToken,
  encodeAuthenticate,
  encodeBatch,
  encodeError,
  encodeEvent,
  encodeExecute,
  encodePrepare,
  encodeQuery,
  encodeRegister,
  encodeResult,
  encodeSupported,
  encodeToken,
  rowsDataSize,
  type ErrorMessage,
  type Result,
} from '../../../src/emulator/protocol/messages.js';
import { ProtocolDecodeError } from '../../../src/emulator/protocol/notation.js';

const hex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const ascii = (s: string): string => Buffer.from(s, 'utf8').toString('hex');

describe('requests', () => {
  it('QUERY with consistency only', () => {
    const bytes = hex(`0000000f ${ascii('SELECT * FROM t')} 0001 00`);
    expect(decodeQuery(bytes)).toEqual({ query: 'SELECT * FROM t', params: { consistency: Consistency.ONE, flags: 0 } });
    expect(encodeQuery(decodeQuery(bytes))).toEqual(bytes);
  });

  it('QUERY with every optional part', () => {
    const flags = QueryFlag.Values | QueryFlag.PageSize | QueryFlag.PagingState | QueryFlag.SerialConsistency | QueryFlag.DefaultTimestamp | QueryFlag.NamesForValues;
    const bytes = hex(
      `00000001 ${ascii('Q')} 0006 ${flags.toString(16)}` +
        `0002 0001 ${ascii('a')} 00000001 07 0001 ${ascii('b')} ffffffff` +
        '00001388 00000002 abcd 0009 0005f0c2a8d1c000',
    );
    const m = decodeQuery(bytes);
    expect(m.params).toEqual({
      consistency: Consistency.LOCAL_QUORUM,
      flags,
      values: [hex('07'), null],
      names: ['a', 'b'],
      pageSize: 5000,
      pagingState: hex('abcd'),
      serialConsistency: Consistency.LOCAL_SERIAL,
      timestamp: 0x5f0c2a8d1c000n,
    });
    expect(encodeQuery(m)).toEqual(bytes);
  });

  it('PREPARE and EXECUTE', () => {
    const prep = hex(`00000003 ${ascii('S ?')}`);
    expect(decodePrepare(prep)).toBe('S ?');
    expect(encodePrepare('S ?')).toEqual(prep);
    const exec = hex(`0002 beef 000a ${(QueryFlag.Values | QueryFlag.SkipMetadata).toString(16).padStart(2, '0')} 0001 fffffffe`);
    const m = decodeExecute(exec);
    expect(m).toEqual({ id: hex('beef'), params: { consistency: Consistency.LOCAL_ONE, flags: 3, values: [undefined] } });
    expect(encodeExecute(m)).toEqual(exec);
  });

  it('BATCH with a query and a prepared child', () => {
    const bytes = hex(
      `01 0002` +
        `00 00000001 ${ascii('I')} 0000` +
        `01 0001 aa 0001 00000000` +
        `0006 20 0000000000000064`,
    );
    const m = decodeBatch(bytes);
    expect(m).toEqual({
      type: BatchType.Unlogged,
      statements: [
        { kind: 'query', query: 'I', values: [] },
        { kind: 'prepared', id: hex('aa'), values: [Buffer.alloc(0)] },
      ],
      consistency: Consistency.LOCAL_QUORUM,
      flags: QueryFlag.DefaultTimestamp,
      timestamp: 100n,
    });
    expect(encodeBatch(m)).toEqual(bytes);
  });

  it('BATCH with named values', () => {
    const m = decodeBatch(hex(`00 0001 00 00000001 ${ascii('I')} 0001 0001 ${ascii('x')} 00000001 01 0006 40`));
    expect(m.statements[0]).toEqual({ kind: 'query', query: 'I', values: [hex('01')], names: ['x'] });
    expect(encodeBatch(m)).toEqual(hex(`00 0001 00 00000001 ${ascii('I')} 0001 0001 ${ascii('x')} 00000001 01 0006 40`));
  });

  it('rejects an invalid batch child kind and trailing bytes', () => {
    expect(() => decodeBatch(hex('00 0001 07'))).toThrow(ProtocolDecodeError);
    expect(() => decodeQuery(hex(`00000001 ${ascii('Q')} 0001 00 ff`))).toThrow(/trailing/);
  });

  it('AUTHENTICATE, auth tokens, REGISTER, SUPPORTED', () => {
    const auth = encodeAuthenticate('org.apache.cassandra.auth.PasswordAuthenticator');
    expect(auth.subarray(0, 2)).toEqual(hex('002f'));
    expect(decodeAuthenticate(auth)).toBe('org.apache.cassandra.auth.PasswordAuthenticator');
    expect(encodeToken(Buffer.from('SigV4\0\0'))).toEqual(hex('00000007 5369675634 0000'));
    expect(encodeToken(null)).toEqual(hex('ffffffff'));
    expect(decodeToken(hex('ffffffff'))).toBeNull();
    expect(encodeRegister(['SCHEMA_CHANGE'])).toEqual(hex(`0001 000d ${ascii('SCHEMA_CHANGE')}`));
    expect(decodeRegister(encodeRegister(['A', 'B']))).toEqual(['A', 'B']);
    const supported = new Map([['COMPRESSION', []], ['CQL_VERSION', ['3.4.4']]]);
    expect(decodeSupported(encodeSupported(supported))).toEqual(supported);
  });
});

describe('RESULT', () => {
  const columns = [
    { keyspace: 'system', table: 'local', name: 'key', type: { code: TypeCode.Varchar } },
    { keyspace: 'system', table: 'local', name: 'tokens', type: { code: TypeCode.Set, element: { code: TypeCode.Varchar } } },
  ];

  it('Rows with global table spec, byte for byte', () => {
    const bytes = hex(
      '00000002 00000001 00000002' +
        `0006 ${ascii('system')} 0005 ${ascii('local')}` +
        `0003 ${ascii('key')} 000d 0006 ${ascii('tokens')} 0022 000d` +
        `00000001 00000005 ${ascii('local')} ffffffff`,
    );
    const r = decodeResult(bytes);
    expect(r).toEqual({ kind: 'rows', metadata: { flags: RowsFlag.GlobalTablesSpec, columnCount: 2, columns }, rows: [[Buffer.from('local'), null]] });
    expect(encodeResult(r)).toEqual(bytes);
  });

  it('Rows without metadata and with a paging state', () => {
    const r: Result = { kind: 'rows', metadata: { flags: RowsFlag.NoMetadata | RowsFlag.HasMorePages, columnCount: 1, pagingState: hex('01') }, rows: [] };
    expect(encodeResult(r)).toEqual(hex('00000002 00000006 00000001 00000001 01 00000000'));
    expect(decodeResult(encodeResult(r))).toEqual(r);
  });

  it('Prepared, SetKeyspace, SchemaChange, Void and nested types round-trip', () => {
    const udt = {
      code: TypeCode.Udt,
      keyspace: 'ks',
      name: 'addr',
      fields: [{ name: 'm', type: { code: TypeCode.Map, key: { code: TypeCode.Int }, value: { code: TypeCode.Tuple, elements: [{ code: TypeCode.Inet }] } } }],
    };
    const results: Result[] = [
      {
        kind: 'prepared',
        id: hex('0102'),
        metadata: { flags: 0, pkIndexes: [0], columns: [{ keyspace: 'ks', table: 't', name: 'a', type: udt }] },
        resultMetadata: { flags: RowsFlag.GlobalTablesSpec, columnCount: 1, columns: [{ keyspace: 'ks', table: 't', name: 'c', type: { code: TypeCode.Custom, className: 'x.Y' } }] },
      },
      { kind: 'setKeyspace', keyspace: 'ks' },
      { kind: 'schemaChange', change: { changeType: 'CREATED', target: 'KEYSPACE', keyspace: 'ks' } },
      { kind: 'schemaChange', change: { changeType: 'CREATED', target: 'FUNCTION', keyspace: 'ks', name: 'f', argTypes: ['int'] } },
      { kind: 'void' },
    ];
    for (const r of results) expect(decodeResult(encodeResult(r))).toEqual(r);
    expect(encodeResult({ kind: 'setKeyspace', keyspace: 'ks' })).toEqual(hex('00000003 0002 6b73'));
  });

  it('rejects an unknown result kind', () => {
    expect(() => decodeResult(hex('00000009'))).toThrow(/Unknown RESULT kind 9/);
  });
});

describe('ERROR', () => {
  it('WriteTimeout as Keyspaces sends it when throttling, byte for byte', () => {
    const e: ErrorMessage = {
      code: ErrorCode.WriteTimeout,
      message: 'Operation timed out - received only 0 responses.',
      consistency: Consistency.LOCAL_QUORUM,
      received: 0,
      blockFor: 2,
      writeType: 'SIMPLE',
    };
    const bytes = hex(`00001100 0030 ${ascii(e.message)} 0006 00000000 00000002 0006 ${ascii('SIMPLE')}`);
    expect(encodeError(e)).toEqual(bytes);
    expect(decodeError(bytes)).toEqual(e);
  });

  it('ReadTimeout body', () => {
    const bytes = hex(`00001200 0001 ${ascii('x')} 0006 00000000 00000002 00`);
    expect(decodeError(bytes)).toEqual({ code: ErrorCode.ReadTimeout, message: 'x', consistency: 6, received: 0, blockFor: 2, dataPresent: false });
    expect(encodeError(decodeError(bytes))).toEqual(bytes);
  });

  it('every code round-trips', () => {
    const all: ErrorMessage[] = [
      { code: ErrorCode.ServerError, message: 's' },
      { code: ErrorCode.ProtocolError, message: 'p' },
      { code: ErrorCode.BadCredentials, message: 'b' },
      { code: ErrorCode.Unavailable, message: 'u', consistency: 6, required: 2, alive: 1 },
      { code: ErrorCode.Overloaded, message: 'o' },
      { code: ErrorCode.IsBootstrapping, message: 'i' },
      { code: ErrorCode.TruncateError, message: 't' },
      { code: ErrorCode.ReadFailure, message: 'rf', consistency: 1, received: 0, blockFor: 1, numFailures: 1, dataPresent: true },
      { code: ErrorCode.FunctionFailure, message: 'f', keyspace: 'ks', functionName: 'fn', argTypes: ['int', 'text'] },
      { code: ErrorCode.WriteFailure, message: 'wf', consistency: 6, received: 1, blockFor: 2, numFailures: 1, writeType: 'BATCH' },
      { code: ErrorCode.SyntaxError, message: 'line 1:0 no viable alternative' },
      { code: ErrorCode.Unauthorized, message: 'u' },
      { code: ErrorCode.Invalid, message: 'i' },
      { code: ErrorCode.ConfigError, message: 'c' },
      { code: ErrorCode.AlreadyExists, message: 'a', keyspace: 'ks', table: 't' },
      { code: ErrorCode.Unprepared, message: 'n', id: hex('abcd') },
    ];
    for (const e of all) expect(decodeError(encodeError(e))).toEqual(e);
    expect(() => decodeError(hex('00007777 0000'))).toThrow(/Unknown ERROR code/);
  });
});

describe('EVENT and envelope', () => {
  it('events round-trip', () => {
    const topo = hex(`000f ${ascii('TOPOLOGY_CHANGE')} 0008 ${ascii('NEW_NODE')} 04 7f000002 00002352`);
    expect(decodeEvent(topo)).toEqual({ type: 'TOPOLOGY_CHANGE', change: 'NEW_NODE', address: '127.0.0.2', port: 9042 });
    expect(encodeEvent(decodeEvent(topo))).toEqual(topo);
    const schema = { type: 'SCHEMA_CHANGE' as const, change: { changeType: 'UPDATED', target: 'TABLE', keyspace: 'ks', name: 't' } };
    expect(decodeEvent(encodeEvent(schema))).toEqual(schema);
  });

  it('opens and reseals tracing id, warnings and custom payload of a response', () => {
    const tracing = Buffer.alloc(16, 1);
    const body = Buffer.concat([tracing, hex(`0001 0002 ${ascii('hi')}`), hex(`0001 0001 ${ascii('k')} 00000001 09`), hex('00000001')]);
    const frame = responseFrame(3, Opcode.Result, body, FrameFlag.Tracing | FrameFlag.Warning | FrameFlag.CustomPayload);
    const env = openEnvelope(frame);
    expect(env).toEqual({ tracingId: tracing, warnings: ['hi'], customPayload: new Map([['k', hex('09')]]), message: hex('00000001') });
    const replaced = replaceMessage(frame, env, hex('00000003 0001 61'));
    expect(replaced.flags).toBe(frame.flags);
    expect(replaced.body).toEqual(Buffer.concat([body.subarray(0, body.length - 4), hex('00000003 0001 61')]));
  });
});

describe('rowsDataSize', () => {
  /** What settling a read counted before: every row decoded, its cells' lengths summed. */
  const decoded = (body: Buffer): { bytes: number; largestRow: number } => {
    const result = decodeResult(body);
    if (result.kind !== 'rows') throw new Error('not rows');
    let bytes = 0;
    let largestRow = 0;
    for (const row of result.rows) {
      const size = row.reduce((total, cell) => total + (cell?.length ?? 0), 0);
      bytes += size;
      largestRow = Math.max(largestRow, size);
    }
    return { bytes, largestRow };
  };
  const outcome = (f: () => unknown): unknown => {
    try {
      return f();
    } catch (err) {
      return `${(err as Error).name}: ${(err as Error).message}`;
    }
  };

  it('counts what decoding the rows counts, and refuses the same bodies with the same errors', () => {
    const plain = [
      { keyspace: 'ks', table: 't', name: 'k', type: { code: TypeCode.Int } },
      { keyspace: 'ks', table: 't', name: 'v', type: { code: TypeCode.Varchar } },
    ];
    // Every kind of type the metadata can carry, nested, so skipping it is checked as reading it is.
    const nested = [
      { keyspace: 'ks', table: 't', name: 'k', type: { code: TypeCode.List, element: { code: TypeCode.Map, key: { code: TypeCode.Varchar }, value: { code: TypeCode.Set, element: { code: TypeCode.Int } } } } },
      {
        keyspace: 'ks',
        table: 't',
        name: 'v',
        type: {
          code: TypeCode.Udt,
          keyspace: 'ks',
          name: 'address',
          fields: [
            { name: 'street', type: { code: TypeCode.Varchar } },
            { name: 'parts', type: { code: TypeCode.Tuple, elements: [{ code: TypeCode.Int }, { code: TypeCode.Custom, className: 'org.example.Type' }] } },
          ],
        },
      },
    ];
    const bodies: Buffer[] = [];
    for (const [flags, columns] of [0, RowsFlag.NoMetadata, RowsFlag.GlobalTablesSpec, RowsFlag.HasMorePages].flatMap((f) => [[f, plain], [f, nested]] as const)) {
      const rows = [
        [Buffer.from([0, 0, 0, 1]), Buffer.from('one')],
        [null, Buffer.from('a longer value')],
        [Buffer.alloc(0), null],
      ];
      const metadata = { flags, columnCount: 2, ...(flags & RowsFlag.NoMetadata ? {} : { columns }), ...(flags & RowsFlag.HasMorePages ? { pagingState: Buffer.from('ps') } : {}) };
      const body = encodeResult({ kind: 'rows', metadata, rows });
      bodies.push(body, encodeResult({ kind: 'rows', metadata, rows: [] }));
      // Cut short anywhere, or with bytes left over.
      for (let end = 4; end < body.length; end += 3) bodies.push(body.subarray(0, end));
      bodies.push(Buffer.concat([body, Buffer.from([0])]));
    }
    bodies.push(hex('00000002 00000004 ffffffff'), hex('00000002 00000004 00000001 00000001 fffffffe'));
    for (const body of bodies) expect(outcome(() => rowsDataSize(body))).toEqual(outcome(() => decoded(body)));
  });
});
