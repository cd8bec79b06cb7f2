// The Keyspaces session end to end: our client (TLS + SigV4 or service-specific credentials,
// LOCAL_QUORUM, backoff) against `ksmig emulate` in front of the run's real Cassandra.
import type cassandra from 'cassandra-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestHook } from '../../src/emulator/pipeline.js';
import { Opcode } from '../../src/emulator/protocol/constants.js';
import { responseFrame } from '../../src/emulator/protocol/frame.js';
import { encodeError } from '../../src/emulator/protocol/messages.js';
import { KsmigError } from '../../src/shared/errors.js';
import { connectKeyspaces, type KeyspacesSession, type KeyspacesSessionOptions } from '../../src/clusters/keyspaces-session.js';
import { connectOrigin } from '../../src/clusters/origin-session.js';
import type { ThrottleEvent } from '../../src/clusters/retry-policy.js';
import { connectClient } from './helpers/cassandra.js';
import { startEmulator, type TestEmulator } from './helpers/emulator.js';

const KEYSPACE = 'h4_keyspaces_session';
const WRITE_TIMEOUT = 0x1100;
const LOCAL_QUORUM = 0x0006;

/**
 * Answers writes to `table` the way Keyspaces answers a throttled write, while the budget lasts
 * (`count` to start with; `budget(n)` sets how many more to throttle).
 */
function throttleWrites(table: string, count: number): { hook: RequestHook; injected: () => number; budget: (more: number) => void } {
  let injected = 0;
  const hook: RequestHook = (_ctx, request) => {
    const text = request.opcode === 'EXECUTE' ? request.statement?.query : request.opcode === 'QUERY' ? request.message.query : undefined;
    if (!text || !text.includes(`INSERT INTO ${KEYSPACE}.${table}`) || injected >= count) return undefined;
    injected++;
    const body = encodeError({
      code: WRITE_TIMEOUT,
      message: 'Operation timed out - received only 0 responses.',
      consistency: LOCAL_QUORUM,
      received: 0,
      blockFor: 2,
      writeType: 'SIMPLE',
    });
    return { action: 'respond', frame: responseFrame(request.frame.stream, Opcode.Error, body) };
  };
  return {
    hook,
    injected: () => injected,
    budget: (more) => {
      count = injected + more;
    },
  };
}

async function failure(promise: Promise<KeyspacesSession>): Promise<KsmigError> {
  const error = await promise.then(
    async (s) => {
      await s.shutdown();
      return undefined;
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KsmigError);
  if (process.env.KSMIG_TEST_VERBOSE) process.stderr.write(`${(error as KsmigError).message}\n  try: ${(error as KsmigError).tryMessage}\n`);
  return error as KsmigError;
}

describe('Keyspaces session through the emulator', () => {
  let emu: TestEmulator;
  let backend: cassandra.Client;
  const throttle = throttleWrites('throttled', 6);
  const sessions: KeyspacesSession[] = [];

  const base = (): KeyspacesSessionOptions => ({
    region: emu.region,
    endpoint: emu.host,
    port: emu.port,
    ca: emu.caPath,
    credentials: async () => ({ accessKeyId: emu.accessKeyId, secretAccessKey: emu.secret }),
    connectTimeoutMs: 5000,
    requestTimeoutMs: 10_000,
  });

  beforeAll(async () => {
    // Schema straight on the backend: this file is about the client, not the emulator's DDL mapping.
    backend = connectClient();
    await backend.execute(`CREATE KEYSPACE IF NOT EXISTS ${KEYSPACE} WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}`);
    for (const table of ['rows', 'throttled']) {
      await backend.execute(`CREATE TABLE IF NOT EXISTS ${KEYSPACE}.${table} (id int PRIMARY KEY, v text)`);
      await backend.execute(`TRUNCATE ${KEYSPACE}.${table}`);
    }
    emu = await startEmulator({ hooks: [throttle.hook] });
  });

  afterAll(async () => {
    await Promise.all(sessions.map((s) => s.shutdown()));
    await emu?.stop();
    await backend?.execute(`DROP KEYSPACE IF EXISTS ${KEYSPACE}`);
    await backend?.shutdown();
  });

  it('connects with SigV4 over TLS and reads and writes at LOCAL_QUORUM', async () => {
    const logs: string[] = [];
    const session = await connectKeyspaces({ ...base(), log: (_level, message) => logs.push(message) });
    sessions.push(session);
    expect(session.target).toEqual({ region: emu.region, host: emu.host, port: emu.port });
    const hosts = session.client.hosts.values();
    expect(hosts.map((h) => h.datacenter)).toEqual([emu.region]);
    for (let id = 1; id <= 20; id++) {
      await session.execute(`INSERT INTO ${KEYSPACE}.rows (id, v) VALUES (?, ?)`, [id, `value ${id}`]);
    }
    const rows = await session.execute(`SELECT id, v FROM ${KEYSPACE}.rows WHERE id = ?`, [7]);
    expect(rows.first().get('v')).toBe('value 7');
    expect(logs.some((l) => l.includes('SigV4: authenticated'))).toBe(true);
    for (const line of logs) expect(line).not.toContain(emu.secret);
  });

  it('refuses a wrong secret, naming the endpoint and never the secret', async () => {
    const wrong = `${emu.secret}-wrong`;
    const e = await failure(connectKeyspaces({ ...base(), credentials: async () => ({ accessKeyId: emu.accessKeyId, secretAccessKey: wrong }) }));
    expect(e.code).toBe('KSMIG_CONNECT');
    expect(e.exitCode).toBe(3);
    expect(e.message).toContain(`${emu.host}:${emu.port}`);
    expect(e.message).toMatch(/Invalid signature/);
    expect(e.tryMessage).toMatch(/credentials/);
    for (const text of [e.message, e.stack ?? '', String(e.cause)]) {
      expect(text).not.toContain(wrong);
      expect(text).not.toContain(emu.secret);
    }
  });

  it('fails fast with the cause when no credentials can be resolved', async () => {
    const started = Date.now();
    const e = await failure(
      connectKeyspaces({
        ...base(),
        credentials: async () => {
          throw new Error('Could not load credentials from any providers');
        },
      }),
    );
    expect(Date.now() - started).toBeLessThan(5000);
    expect(e.code).toBe('KSMIG_CONNECT');
    expect(e.message).toContain(`${emu.host}:${emu.port}`);
    expect(e.message).toMatch(/Could not get AWS credentials.*Could not load credentials from any providers/);
  });

  it('refuses an unknown access key', async () => {
    const e = await failure(connectKeyspaces({ ...base(), credentials: async () => ({ accessKeyId: 'AKIAUNKNOWN000000000', secretAccessKey: emu.secret }) }));
    expect(e.code).toBe('KSMIG_CONNECT');
    expect(e.message).toContain(`${emu.host}:${emu.port}`);
  });

  it('refuses a signature whose timestamp is more than 15 minutes old', async () => {
    const e = await failure(connectKeyspaces({ ...base(), signingClock: () => Date.now() - 20 * 60_000 }));
    expect(e.code).toBe('KSMIG_CONNECT');
    expect(e.message).toMatch(/expired/i);
    expect(e.tryMessage).toMatch(/clock/);
  });

  it('refuses a plain-text (non-TLS) connection', async () => {
    const e = await (async () => {
      try {
        const s = await connectOrigin({
          contactPoints: [`${emu.host}:${emu.port}`],
          localDataCenter: emu.region,
          connectTimeoutMs: 3000,
          requestTimeoutMs: 3000,
        });
        await s.shutdown();
        return undefined;
      } catch (error) {
        return error;
      }
    })();
    expect(e).toBeInstanceOf(KsmigError);
    if (process.env.KSMIG_TEST_VERBOSE) process.stderr.write(`${(e as KsmigError).message}\n`);
    expect((e as KsmigError).message).toContain(`${emu.host}:${emu.port}`);
  });

  it('accepts service-specific credentials and refuses a wrong password', async () => {
    const session = await connectKeyspaces({ ...base(), auth: 'service-specific', username: emu.accessKeyId, password: emu.secret });
    sessions.push(session);
    // LOCAL_ONE: a read level Keyspaces accepts besides LOCAL_QUORUM.
    const rows = await session.execute(`SELECT v FROM ${KEYSPACE}.rows WHERE id = ?`, [20], { consistency: 10 /* LOCAL_ONE */ });
    expect(rows.first().get('v')).toBe('value 20');
    const wrong = `${emu.secret}-nope`;
    const e = await failure(connectKeyspaces({ ...base(), auth: 'service-specific', username: emu.accessKeyId, password: wrong }));
    expect(e.code).toBe('KSMIG_CONNECT');
    expect(e.message).not.toContain(wrong);
  });

  it('backs off on throttled writes (WriteTimeout) and they all land, on the same host', async () => {
    const events: ThrottleEvent[] = [];
    const session = await connectKeyspaces({ ...base(), retry: { baseDelayMs: 20, maxAttempts: 10 }, onThrottle: (e) => events.push(e) });
    sessions.push(session);
    const started = Date.now();
    await Promise.all(
      Array.from({ length: 3 }, (_, i) => session.execute(`INSERT INTO ${KEYSPACE}.throttled (id, v) VALUES (?, ?)`, [i, `v${i}`])),
    );
    expect(throttle.injected()).toBe(6);
    expect(session.throttledAttempts).toBe(6);
    expect(events.every((e) => e.kind === 'write-timeout' && e.coordinator === `${emu.host}:${emu.port}`)).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(Math.min(...events.map((e) => e.delayMs)));
    const count = await backend.execute(`SELECT count(*) FROM ${KEYSPACE}.throttled`);
    expect(Number(count.first().get(0))).toBe(3);
  });

  it('surfaces a throttled write once the attempts run out', async () => {
    const session = await connectKeyspaces({ ...base(), retry: { baseDelayMs: 1, maxAttempts: 3 } });
    sessions.push(session);
    const before = throttle.injected();
    throttle.budget(Number.POSITIVE_INFINITY);
    try {
      const error = await session.execute(`INSERT INTO ${KEYSPACE}.throttled (id, v) VALUES (?, ?)`, [99, 'never']).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect((error as { code?: number }).code).toBe(WRITE_TIMEOUT);
      expect(throttle.injected() - before).toBe(3);
      expect(session.throttledAttempts).toBe(2);
    } finally {
      throttle.budget(0);
    }
  });
});

describe('Keyspaces session against the emulator\'s write capacity limit', () => {
  let emu: TestEmulator;
  let backend: cassandra.Client;
  let session: KeyspacesSession | undefined;
  const TABLE = `${KEYSPACE}_capacity.rows`;

  beforeAll(async () => {
    backend = connectClient();
    await backend.execute(`CREATE KEYSPACE IF NOT EXISTS ${KEYSPACE}_capacity WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}`);
    await backend.execute(`CREATE TABLE IF NOT EXISTS ${TABLE} (id int PRIMARY KEY, v text)`);
    await backend.execute(`TRUNCATE ${TABLE}`);
    // 10 write units per second per table: a burst of 40 one-unit writes must wait for capacity.
    emu = await startEmulator({ writeCapacity: 10 });
  });

  afterAll(async () => {
    await session?.shutdown();
    await emu?.stop();
    await backend?.execute(`DROP KEYSPACE IF EXISTS ${KEYSPACE}_capacity`);
    await backend?.shutdown();
  });

  it('absorbs throttling with backoff: every write lands, none is lost', async () => {
    const kinds = new Set<string>();
    session = await connectKeyspaces({
      region: emu.region,
      endpoint: emu.host,
      port: emu.port,
      ca: emu.caPath,
      credentials: async () => ({ accessKeyId: emu.accessKeyId, secretAccessKey: emu.secret }),
      retry: { maxAttempts: 20, maxDelayMs: 2000 },
      onThrottle: (e) => kinds.add(e.kind),
    });
    const s = session;
    const started = Date.now();
    await Promise.all(Array.from({ length: 40 }, (_, i) => s.execute(`INSERT INTO ${TABLE} (id, v) VALUES (?, ?)`, [i, `row ${i}`])));
    const elapsedMs = Date.now() - started;
    expect(s.throttledAttempts).toBeGreaterThan(0);
    expect([...kinds]).toEqual(['write-timeout']);
    // 40 units at 10/s, with a first second's worth available at once: about 3 s at the very least.
    expect(elapsedMs).toBeGreaterThan(2500);
    const count = await backend.execute(`SELECT count(*) FROM ${TABLE}`);
    expect(Number(count.first().get(0))).toBe(40);
    if (process.env.KSMIG_TEST_VERBOSE) process.stderr.write(`40 writes at 10 WCU/s: ${elapsedMs} ms, ${s.throttledAttempts} throttled attempts\n`);
  });
});
