// The Node.js cassandra-driver against `ksmig emulate` over TLS: SigV4 and service-specific
// credentials, refusals, protocol downgrade, the single-node view, and the golden opcode transcript.
import cassandra from 'cassandra-driver';
import { connect as netConnect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SigV4AuthProvider } from '../../src/clusters/sigv4-authenticator.js';
import { Opcode } from '../../src/emulator/protocol/constants.js';
import { encodeFrame, requestFrame } from '../../src/emulator/protocol/frame.js';
import { encodeStringMap } from '../../src/emulator/protocol/messages.js';
import { keyspacesClient, startEmulator, type TestEmulator } from './helpers/emulator.js';

let emu: TestEmulator;

beforeAll(async () => {
  emu = await startEmulator({ region: 'eu-west-1' });
});

afterAll(async () => {
  await emu.stop();
});

async function authError(client: cassandra.Client): Promise<string> {
  try {
    await client.connect();
  } catch (err) {
    // NoHostAvailableError keeps the per-host cause in innerErrors.
    const inner = (err as { innerErrors?: Record<string, Error> }).innerErrors ?? {};
    return Object.values(inner).map((e) => `${e.name}: ${e.message}`).join('\n') || String(err);
  } finally {
    await client.shutdown();
  }
  throw new Error('connect() succeeded but was expected to fail');
}

describe('Node.js driver through the emulator', () => {
  it('connects with SigV4 over TLS and sees one node in the Region, release 3.11.2', async () => {
    const client = keyspacesClient(emu);
    try {
      await client.connect();
      const hosts = client.getState().getConnectedHosts();
      expect(hosts.map((h) => [h.address, h.datacenter, h.cassandraVersion])).toEqual([[`127.0.0.1:${emu.port}`, 'eu-west-1', '3.11.2']]);
      const local = (await client.execute("SELECT * FROM system.local WHERE key = 'local'")).first();
      expect(local.get('data_center')).toBe('eu-west-1');
      expect(local.get('release_version')).toBe('3.11.2');
      expect(local.get('cql_version')).toBe('3.4.4');
      expect(local.get('partitioner')).toBe('org.apache.cassandra.dht.Murmur3Partitioner');
      expect(local.get('rpc_address').toString()).toBe('127.0.0.1');
      expect(local.get('broadcast_address').toString()).toBe('127.0.0.1');
      expect(local.get('rpc_port')).toBe(emu.port);
      expect((await client.execute('SELECT * FROM system.peers')).rowLength).toBe(0);
      expect((await client.execute('SELECT * FROM system.peers_v2')).rowLength).toBe(0);
    } finally {
      await client.shutdown();
    }
  });

  it('rewrites system tables for prepared statements too (EXECUTE, with and without result metadata)', async () => {
    const client = keyspacesClient(emu);
    try {
      const local = await client.execute('SELECT data_center, release_version FROM system.local WHERE key = ?', ['local'], { prepare: true });
      expect(local.first().get('data_center')).toBe('eu-west-1');
      expect(local.first().get('release_version')).toBe('3.11.2');
      // Second run: the driver may skip metadata now, and the emulator must use what PREPARE returned.
      const again = await client.execute('SELECT data_center, release_version FROM system.local WHERE key = ?', ['local'], { prepare: true });
      expect(again.first().get('data_center')).toBe('eu-west-1');
      const peers = await client.execute('SELECT peer FROM system.peers WHERE peer = ?', ['127.0.0.1'], { prepare: true });
      expect(peers.rowLength).toBe(0);
    } finally {
      await client.shutdown();
    }
  });

  it('runs DDL and DML through one backend session per connection (USE state, prepared ids)', async () => {
    const client = keyspacesClient(emu);
    try {
      await client.execute("CREATE KEYSPACE IF NOT EXISTS emu_node WITH replication = {'class': 'SingleRegionStrategy'}");
      await client.execute('CREATE TABLE IF NOT EXISTS emu_node.kv (k int PRIMARY KEY, v text)');
      await client.execute('USE emu_node');
      await client.execute('INSERT INTO kv (k, v) VALUES (?, ?)', [1, 'one'], { prepare: true });
      const row = (await client.execute('SELECT v FROM kv WHERE k = ?', [1], { prepare: true, consistency: cassandra.types.consistencies.localOne })).first();
      expect(row.get('v')).toBe('one');
    } finally {
      await client.shutdown();
    }
  });

  it('accepts service-specific credentials (PLAIN)', async () => {
    const client = keyspacesClient(emu, { auth: 'plain' });
    try {
      await client.connect();
      expect((await client.execute("SELECT release_version FROM system.local WHERE key = 'local'")).first().get('release_version')).toBe('3.11.2');
    } finally {
      await client.shutdown();
    }
  });

  it('downgrades a client that starts above v4 (the driver opens with DSE v2) to v4', async () => {
    const client = keyspacesClient(emu);
    try {
      await client.connect();
      expect((client as unknown as { controlConnection: { protocolVersion: number } }).controlConnection.protocolVersion).toBe(4);
    } finally {
      await client.shutdown();
    }
  });

  it('refuses a wrong secret with Keyspaces’ text', async () => {
    const bad = new SigV4AuthProvider({ region: emu.region, credentials: async () => ({ accessKeyId: emu.accessKeyId, secretAccessKey: 'wrong-secret' }) });
    const message = await authError(keyspacesClient(emu, { auth: bad }));
    expect(message).toContain('Authentication failure: Invalid signature');
    expect(message).not.toContain(emu.secret);
  });

  it('refuses a signature for another Region', async () => {
    const other = new SigV4AuthProvider({ region: 'us-west-2', credentials: async () => ({ accessKeyId: emu.accessKeyId, secretAccessKey: emu.secret }) });
    expect(await authError(keyspacesClient(emu, { auth: other }))).toContain('Authentication failure: Invalid signature');
  });

  it('refuses an unknown access key', async () => {
    const unknown = new SigV4AuthProvider({ region: emu.region, credentials: async () => ({ accessKeyId: 'AKIAUNKNOWN000000000', secretAccessKey: emu.secret }) });
    expect(await authError(keyspacesClient(emu, { auth: unknown }))).toContain('The security token included in the request is invalid');
  });

  it('refuses a timestamp more than 15 minutes old', async () => {
    const stale = new SigV4AuthProvider({
      region: emu.region,
      now: () => Date.now() - 16 * 60 * 1000,
      credentials: async () => ({ accessKeyId: emu.accessKeyId, secretAccessKey: emu.secret }),
    });
    expect(await authError(keyspacesClient(emu, { auth: stale }))).toMatch(/Authentication failure: Signature expired: \d{4}-\d\d-\d\dT[\d:.]+Z is now earlier than/);
  });

  it('refuses a wrong service-specific password with Keyspaces’ text', async () => {
    const message = await authError(keyspacesClient(emu, { auth: new cassandra.auth.PlainTextAuthProvider(emu.accessKeyId, 'nope') }));
    expect(message).toContain(`Provided username ${emu.accessKeyId} and/or password are incorrect`);
  });

  it('refuses plain-text TCP on the TLS port', async () => {
    const client = new cassandra.Client({
      contactPoints: [`127.0.0.1:${emu.port}`],
      localDataCenter: emu.region,
      authProvider: new cassandra.auth.PlainTextAuthProvider(emu.accessKeyId, emu.secret),
      socketOptions: { connectTimeout: 3000, readTimeout: 3000 },
    });
    await expect(client.connect()).rejects.toThrow(/All host\(s\) tried for query failed/);
    await client.shutdown();
    // At the byte level: a cleartext STARTUP gets no CQL answer, only a closed connection.
    const answer = await new Promise<Buffer>((resolve) => {
      const socket = netConnect({ host: '127.0.0.1', port: emu.port }, () =>
        socket.write(encodeFrame(requestFrame(0, Opcode.Startup, encodeStringMap(new Map([['CQL_VERSION', '3.0.0']]))))),
      );
      let got = Buffer.alloc(0);
      socket.on('data', (c: Buffer) => (got = Buffer.concat([got, c])));
      socket.on('error', () => undefined);
      socket.on('close', () => resolve(got));
    });
    // Whatever comes back is a TLS alert (content type 0x15), never a CQL v4 response frame.
    expect(answer[0] === 0x84).toBe(false);
  });

  it('records the golden opcode transcript of a Node.js driver session', async () => {
    const before = new Set(emu.transcripts.keys());
    const client = keyspacesClient(emu);
    try {
      await client.connect();
      await client.execute("SELECT release_version FROM system.local WHERE key = 'local'");
      await client.execute('SELECT data_center FROM system.local WHERE key = ?', ['local'], { prepare: true });
    } finally {
      await client.shutdown();
    }
    const sessions = [...emu.transcripts.entries()].filter(([id]) => !before.has(id)).map(([, t]) => t);
    // The driver opens with its highest protocol version (DSE v2) and is told to use v4.
    expect(sessions[0]).toEqual(['<ERROR']);
    expect(sessions[1]?.slice(0, 6)).toEqual(['>STARTUP', '<AUTHENTICATE', '>AUTH_RESPONSE', '<AUTH_CHALLENGE', '>AUTH_RESPONSE', '<AUTH_SUCCESS']);
    expect(sessions[1]?.slice(6)).toEqual(NODE_DRIVER_SESSION_AFTER_AUTH);
  });
});

/** Recorded from cassandra-driver 4.10.0: control-connection discovery, REGISTER, then the test's three requests. */
const NODE_DRIVER_SESSION_AFTER_AUTH: string[] = [
  '>OPTIONS', '<SUPPORTED',
  // The control connection's discovery queries (system.local, peers, schema).
  '>QUERY', '<RESULT',
  '>QUERY', '<RESULT',
  '>QUERY', '<RESULT',
  '>REGISTER', '<READY',
  // The test's own requests.
  '>QUERY', '<RESULT',
  '>PREPARE', '<RESULT',
  '>EXECUTE', '<RESULT',
];
