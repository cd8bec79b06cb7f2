// Input that the emulator echoes in an error text, sent by a client before or after authenticating,
// one case per frame type, against `ksmig emulate` as a real process: the offending connection gets
// an answer whose echo is truncated (and says so), or is closed; the process never exits, and an
// authenticated client on another connection keeps being served throughout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGV4_INITIAL_RESPONSE } from '../../src/clusters/sigv4.js';
import { BatchType, Consistency, ErrorCode, Opcode } from '../../src/emulator/protocol/constants.js';
import type { Frame } from '../../src/emulator/protocol/frame.js';
import { Writer } from '../../src/emulator/protocol/notation.js';
import {
  decodeError,
  decodeResult,
  decodeSupported,
  encodeBatch,
  encodeExecute,
  encodePrepare,
  encodeQuery,
  encodeRegister,
  encodeStringMap,
  encodeToken,
  type ErrorMessage,
} from '../../src/emulator/protocol/messages.js';
import { spawnEmulator, type EmulatorProcess } from '../emulator/helpers/emulator-process.js';
import { RawClient } from './helpers/emulator.js';
import { cassandraAddress } from './helpers/cassandra.js';

let emu: EmulatorProcess;
let healthy: RawClient;
let healthyStream = 100;
const clients: RawClient[] = [];

/** A password no error text or log line may contain. */
const LONG_PASSWORD = `pw-${'S3cr3t'.repeat(12_000)}`;

beforeAll(async () => {
  emu = await spawnEmulator({ backend: cassandraAddress() });
  healthy = await RawClient.connect(emu);
  await healthy.authenticate(emu);
});

afterAll(async () => {
  for (const c of clients) c.close();
  healthy?.close();
  const code = await emu?.stop();
  expect(code).toBe(0);
});

async function raw(authenticated: boolean): Promise<RawClient> {
  const c = await RawClient.connect(emu);
  clients.push(c);
  if (authenticated) await c.authenticate(emu);
  return c;
}

const LOCAL = encodeQuery({ query: "SELECT release_version FROM system.local WHERE key = 'local'", params: { consistency: Consistency.LOCAL_ONE, flags: 0 } });

/** The process is running and another, authenticated connection still gets its rows. */
async function expectStillServing(): Promise<void> {
  expect(emu.exitCode(), emu.output()).toBeUndefined();
  const f = await healthy.request(healthyStream++, Opcode.Query, LOCAL);
  expect(f.opcode).toBe(Opcode.Result);
  const result = decodeResult(f.body);
  expect(result.kind === 'rows' && result.rows[0]?.[0]?.toString()).toBe('3.11.2');
}

/** An ERROR answer whose text starts with `prefix`, echoes at most a short part of the input, and says it was cut. */
function expectTruncatedError(f: Frame, code: number, prefix: string): ErrorMessage {
  expect(f.opcode).toBe(Opcode.Error);
  const e = decodeError(f.body);
  expect(e.code).toBe(code);
  expect(e.message.startsWith(prefix), e.message.slice(0, 200)).toBe(true);
  expect(e.message).toMatch(/truncated/);
  expect(Buffer.byteLength(e.message)).toBeLessThan(1024);
  return e;
}

const startupBody = (options: [string, string][]): Buffer => encodeStringMap(new Map(options));

describe('input echoed in error texts', () => {
  it('STARTUP asking for a 65,535-byte compression algorithm', async () => {
    const c = await raw(false);
    const f = await c.request(1, Opcode.Startup, startupBody([['CQL_VERSION', '3.0.0'], ['COMPRESSION', 'z'.repeat(65_535)]]));
    expectTruncatedError(f, ErrorCode.ProtocolError, 'Unknown compression algorithm: zzz');
    await expectStillServing();
  });

  it('STARTUP whose 65,500-byte CQL_VERSION the backend refuses, echoing it', async () => {
    const c = await raw(false);
    await c.request(1, Opcode.Startup, startupBody([['CQL_VERSION', '9'.repeat(65_500)]]));
    const f = await c.request(1, Opcode.AuthResponse, encodeToken(Buffer.from(`\u0000${emu.accessKeyId}\u0000${emu.secret}`)));
    expectTruncatedError(f, ErrorCode.ServerError, 'Emulator backend unavailable: ');
    await c.whenClosed();
    await expectStillServing();
  });

  it('AUTH_RESPONSE with a PLAIN token whose user name is 70,000 bytes (and the password never shows)', async () => {
    const c = await raw(false);
    await c.request(1, Opcode.Startup, startupBody([['CQL_VERSION', '3.0.0']]));
    const user = 'u'.repeat(70_000);
    const f = await c.request(1, Opcode.AuthResponse, encodeToken(Buffer.from(`\u0000${user}\u0000${LONG_PASSWORD}`)));
    const e = expectTruncatedError(f, ErrorCode.BadCredentials, 'Provided username uuu');
    expect(e.message).toMatch(/and\/or password are incorrect$/);
    expect(e.message).not.toContain('S3cr3t');
    await expectStillServing();
    // The connection may try again, as on Keyspaces.
    const again = await c.request(2, Opcode.AuthResponse, encodeToken(Buffer.from(`\u0000${emu.accessKeyId}\u0000${emu.secret}`)));
    expect(again.opcode).toBe(Opcode.AuthSuccess);
  });

  it('AUTH_RESPONSE with over-long SigV4 and unknown-mechanism tokens', async () => {
    const c = await raw(false);
    await c.request(1, Opcode.Startup, startupBody([['CQL_VERSION', '3.0.0']]));
    const challenge = await c.request(2, Opcode.AuthResponse, encodeToken(Buffer.from(SIGV4_INITIAL_RESPONSE)));
    expect(challenge.opcode).toBe(Opcode.AuthChallenge);
    const signed = `signature=${'f'.repeat(70_000)},access_key=${'A'.repeat(70_000)},amzdate=${'2'.repeat(70_000)}`;
    const f = await c.request(3, Opcode.AuthResponse, encodeToken(Buffer.from(signed)));
    expect(f.opcode).toBe(Opcode.Error);
    expect(decodeError(f.body).code).toBe(ErrorCode.BadCredentials);
    expect(Buffer.byteLength(decodeError(f.body).message)).toBeLessThan(1024);
    const odd = await c.request(4, Opcode.AuthResponse, encodeToken(Buffer.alloc(200_000, 0x41)));
    expect(decodeError(odd.body)).toEqual({ code: ErrorCode.BadCredentials, message: 'Authentication failure: Unsupported authentication mechanism' });
    await expectStillServing();
  });

  it('QUERY and PREPARE naming a 70,000-character table', async () => {
    const c = await raw(true);
    const cql = `CREATE TABLE ks_hostile.${'t'.repeat(70_000)} (k int PRIMARY KEY)`;
    const q = await c.request(1, Opcode.Query, encodeQuery({ query: cql, params: { consistency: Consistency.LOCAL_QUORUM, flags: 0 } }));
    expectTruncatedError(q, ErrorCode.Invalid, 'The name ttt');
    const p = await c.request(2, Opcode.Prepare, encodePrepare(cql));
    expect(p.opcode).toBe(Opcode.Error);
    expect(Buffer.byteLength(decodeError(p.body).message)).toBeLessThan(1024);
    const dc = `CREATE KEYSPACE ks_hostile WITH replication = {'class': 'NetworkTopologyStrategy', '${'d'.repeat(70_000)}': 3}`;
    const replication = await c.request(3, Opcode.Query, encodeQuery({ query: dc, params: { consistency: Consistency.LOCAL_QUORUM, flags: 0 } }));
    expectTruncatedError(replication, ErrorCode.Invalid, "Replication with data center 'ddd");
    await expectStillServing();
  });

  it('QUERY whose backend error echoes a 70,000-character keyspace name', async () => {
    const c = await raw(true);
    const f = await c.request(1, Opcode.Query, encodeQuery({ query: `USE ${'k'.repeat(70_000)}`, params: { consistency: Consistency.LOCAL_QUORUM, flags: 0 } }));
    // Cassandra writes this text with a wrapped-around [string] length; the client gets it cut to fit instead.
    expect(f.opcode).toBe(Opcode.Error);
    const e = decodeError(f.body);
    expect(e.code).toBe(ErrorCode.Invalid);
    expect(e.message).toMatch(/kkk… \(truncated\)$/);
    await expectStillServing();
  });

  it('EXECUTE and BATCH with an unknown 65,535-byte prepared id', async () => {
    const c = await raw(true);
    const id = Buffer.alloc(65_535, 0xab);
    const e = await c.request(1, Opcode.Execute, encodeExecute({ id, params: { consistency: Consistency.LOCAL_QUORUM, flags: 0 } }));
    const error = expectTruncatedError(e, ErrorCode.Unprepared, 'Prepared query with ID abab');
    // The id field itself is the client's, whole: drivers re-prepare by it.
    expect(error.code === ErrorCode.Unprepared && error.id.equals(id)).toBe(true);
    const b = await c.request(
      2,
      Opcode.Batch,
      encodeBatch({ type: BatchType.Logged, statements: [{ kind: 'prepared', id, values: [] }], consistency: Consistency.LOCAL_QUORUM, flags: 0 }),
    );
    expectTruncatedError(b, ErrorCode.Unprepared, 'Prepared query with ID abab');
    await expectStillServing();
  });

  it('REGISTER for a 65,000-byte event type', async () => {
    const c = await raw(true);
    const f = await c.request(1, Opcode.Register, encodeRegister(['E'.repeat(65_000)]));
    const e = expectTruncatedError(f, ErrorCode.ProtocolError, "Invalid value 'EEE");
    expect(e.message).toMatch(/' for Type$/);
    // As on Cassandra, the connection stays open.
    expect((await c.request(2, Opcode.Register, encodeRegister(['schema_change']))).opcode).toBe(Opcode.Ready);
    await expectStillServing();
  });

  it('OPTIONS with a 1 MiB body, and requests before STARTUP, echo nothing', async () => {
    const c = await raw(false);
    const supported = await c.request(1, Opcode.Options, Buffer.alloc(1024 * 1024, 0x61));
    expect(decodeSupported(supported.body).get('PROTOCOL_VERSIONS')).toEqual(['4/v4']);
    const early = await c.request(2, Opcode.Query, encodeQuery({ query: 'x'.repeat(100_000), params: { consistency: 1, flags: 0 } }));
    expect(decodeError(early.body)).toEqual({ code: ErrorCode.ProtocolError, message: 'Unexpected message QUERY, expecting STARTUP or OPTIONS' });
    await expectStillServing();
  });

  it('a STARTUP string map whose keys and values are all 65,535 bytes', async () => {
    const c = await raw(false);
    const w = new Writer().short(3);
    for (const ch of ['a', 'b', 'c']) w.string(ch.repeat(65_535)).string(ch.repeat(65_535));
    const f = await c.request(1, Opcode.Startup, w.toBuffer());
    // No COMPRESSION: the map is kept for the backend, and the client is asked to authenticate.
    expect(f.opcode).toBe(Opcode.Authenticate);
    await expectStillServing();
  });

  it('never writes the over-long password to its output', () => {
    expect(emu.output()).not.toContain('S3cr3t');
    expect(emu.output()).not.toContain(emu.secret);
  });
});
