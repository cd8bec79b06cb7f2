// Byte-level behaviour of `ksmig emulate`: protocol version negotiation, message order, the SASL
// exchange (nonce format and single use) and schema events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyspacesSigV4Response, SIGV4_INITIAL_RESPONSE } from '../../src/clusters/sigv4.js';
import { ErrorCode, Opcode } from '../../src/emulator/protocol/constants.js';
import { encodeFrame, requestFrame } from '../../src/emulator/protocol/frame.js';
import {
  decodeAuthenticate,
  decodeError,
  decodeEvent,
  decodeSupported,
  decodeToken,
  encodeQuery,
  encodeRegister,
  encodeStringMap,
  encodeToken,
} from '../../src/emulator/protocol/messages.js';
import { keyspacesClient, RawClient, startEmulator, type TestEmulator } from './helpers/emulator.js';

let emu: TestEmulator;
const clients: RawClient[] = [];

beforeAll(async () => {
  emu = await startEmulator();
});

afterAll(async () => {
  for (const c of clients) c.close();
  await emu.stop();
});

async function raw(): Promise<RawClient> {
  const c = await RawClient.connect(emu);
  clients.push(c);
  return c;
}

const startup = (extra: [string, string][] = []): Buffer => encodeStringMap(new Map([['CQL_VERSION', '3.0.0'], ...extra]));

describe('protocol versions', () => {
  for (const version of [5, 3, 0x42]) {
    it(`answers a v${version.toString(16)} STARTUP with a v4 ProtocolError on the same stream, then closes`, async () => {
      const c = await raw();
      const frame = encodeFrame(requestFrame(0x0105, Opcode.Startup, startup()));
      frame[0] = version;
      const answer = c.next(0x0105);
      c.write(frame);
      const f = await answer;
      expect([f.version, f.response, f.stream, f.opcode]).toEqual([4, true, 0x0105, Opcode.Error]);
      expect(decodeError(f.body)).toEqual({
        code: ErrorCode.ProtocolError,
        message: `Invalid or unsupported protocol version (${version}); supported versions are (3/v3, 4/v4, 5/v5-beta)`,
      });
      await c.whenClosed();
    });
  }
});

describe('before authentication', () => {
  it('answers OPTIONS with SUPPORTED: CQL 3.4.4, no compression, protocol v4', async () => {
    const c = await raw();
    const f = await c.request(3, Opcode.Options, Buffer.alloc(0));
    expect(f.opcode).toBe(Opcode.Supported);
    expect(decodeSupported(f.body)).toEqual(
      new Map([
        ['CQL_VERSION', ['3.4.4']],
        ['COMPRESSION', []],
        ['PROTOCOL_VERSIONS', ['4/v4']],
      ]),
    );
  });

  it('refuses QUERY before STARTUP and during SASL, forwarding nothing', async () => {
    const c = await raw();
    const query = encodeQuery({ query: 'SELECT * FROM system.local', params: { consistency: 1, flags: 0 } });
    expect(decodeError((await c.request(1, Opcode.Query, query)).body)).toEqual({
      code: ErrorCode.ProtocolError,
      message: 'Unexpected message QUERY, expecting STARTUP or OPTIONS',
    });
    const auth = await c.request(2, Opcode.Startup, startup());
    expect(auth.opcode).toBe(Opcode.Authenticate);
    expect(decodeAuthenticate(auth.body)).toBe('org.apache.cassandra.auth.PasswordAuthenticator');
    expect(decodeError((await c.request(3, Opcode.Query, query)).body)).toEqual({
      code: ErrorCode.ProtocolError,
      message: 'Unexpected message QUERY, expecting SASL_RESPONSE',
    });
  });

  it('refuses compression (none is advertised)', async () => {
    const c = await raw();
    const f = await c.request(1, Opcode.Startup, startup([['COMPRESSION', 'lz4']]));
    expect(decodeError(f.body)).toEqual({ code: ErrorCode.ProtocolError, message: 'Unknown compression algorithm: lz4' });
  });
});

describe('SigV4 exchange', () => {
  it('challenges with exactly nonce=<32 hex>, a fresh one per exchange', async () => {
    const c = await raw();
    await c.request(0, Opcode.Startup, startup());
    const a = decodeToken((await c.request(1, Opcode.AuthResponse, encodeToken(SIGV4_INITIAL_RESPONSE))).body)?.toString('latin1');
    expect(a).toMatch(/^nonce=[0-9a-f]{32}$/);
    const c2 = await raw();
    await c2.request(0, Opcode.Startup, startup());
    const b = decodeToken((await c2.request(1, Opcode.AuthResponse, encodeToken(SIGV4_INITIAL_RESPONSE))).body)?.toString('latin1');
    expect(b).toMatch(/^nonce=[0-9a-f]{32}$/);
    expect(b).not.toBe(a);
  });

  it('accepts a nonce once: replaying the same signed response fails', async () => {
    const c = await raw();
    await c.request(0, Opcode.Startup, startup());
    const challenge = decodeToken((await c.request(1, Opcode.AuthResponse, encodeToken(SIGV4_INITIAL_RESPONSE))).body)?.toString('latin1') ?? '';
    const response = Buffer.from(
      keyspacesSigV4Response({ nonce: challenge.slice('nonce='.length), region: emu.region, accessKeyId: emu.accessKeyId, secretAccessKey: emu.secret }),
    );
    const wrong = Buffer.from(response.toString('latin1').replace(/signature=[0-9a-f]/, (m) => (m.endsWith('0') ? `${m.slice(0, -1)}1` : `${m.slice(0, -1)}0`)));
    const refused = await c.request(2, Opcode.AuthResponse, encodeToken(wrong));
    expect(decodeError(refused.body)).toEqual({ code: ErrorCode.BadCredentials, message: 'Authentication failure: Invalid signature' });
    // The right signature for the spent nonce no longer works.
    const replay = await c.request(3, Opcode.AuthResponse, encodeToken(response));
    expect(decodeError(replay.body)).toEqual({ code: ErrorCode.BadCredentials, message: 'Authentication failure: Invalid signature' });
  });

  it('passes SCHEMA_CHANGE events to registered clients', async () => {
    const c = await raw();
    await c.authenticate(emu);
    const ready = await c.request(1, Opcode.Register, encodeRegister(['SCHEMA_CHANGE', 'TOPOLOGY_CHANGE', 'STATUS_CHANGE']));
    expect(ready.opcode).toBe(Opcode.Ready);
    const event = c.next(-1, 20_000);
    const client = keyspacesClient(emu);
    try {
      await client.execute(`CREATE KEYSPACE IF NOT EXISTS emu_events_${Date.now()} WITH replication = {'class': 'SingleRegionStrategy'}`);
    } finally {
      await client.shutdown();
    }
    const f = await event;
    expect(f.opcode).toBe(Opcode.Event);
    expect(decodeEvent(f.body)).toMatchObject({ type: 'SCHEMA_CHANGE', change: { changeType: 'CREATED', target: 'KEYSPACE' } });
  });
});
