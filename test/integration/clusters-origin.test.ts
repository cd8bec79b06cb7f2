// The origin session against the real Cassandra 5.0 node of the integration run.
import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { KsmigError } from '../../src/shared/errors.js';
import { connectOrigin, type OriginSession } from '../../src/clusters/origin-session.js';
import { cassandraAddress } from './helpers/cassandra.js';

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function failure(promise: Promise<unknown>): Promise<KsmigError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KsmigError);
  return error as KsmigError;
}

describe('origin session (real Cassandra)', () => {
  const sessions: OriginSession[] = [];
  afterAll(async () => {
    await Promise.all(sessions.map((s) => s.shutdown()));
  });

  it('connects with host:port and the given data center', async () => {
    const { host, port } = cassandraAddress();
    const session = await connectOrigin({ contactPoints: [`${host}:${port}`], localDataCenter: 'datacenter1' });
    sessions.push(session);
    const row = (await session.client.execute('SELECT release_version FROM system.local')).first();
    expect(String(row.get('release_version'))).toMatch(/^5\.0\./);
    expect(session.localDataCenter).toBe('datacenter1');
    expect(session.endpoints).toEqual([{ host, port }]);
  });

  it('detects the data center when none is given, and routes to it', async () => {
    const { host, port } = cassandraAddress();
    const logs: string[] = [];
    const session = await connectOrigin({ contactPoints: [host], port, log: (_l, m) => logs.push(m) });
    sessions.push(session);
    expect(session.localDataCenter).toBe('datacenter1');
    expect(logs.some((l) => l.includes('datacenter1 (detected)'))).toBe(true);
    const result = await session.client.execute('SELECT data_center FROM system.local');
    expect(result.first().get('data_center')).toBe('datacenter1');
  });

  it('reports a data center that does not exist, naming the host (exit 3)', async () => {
    const { host, port } = cassandraAddress();
    const e = await failure(connectOrigin({ contactPoints: [`${host}:${port}`], localDataCenter: 'no-such-dc' }));
    expect(e.code).toBe('KSMIG_CONNECT');
    expect(e.exitCode).toBe(3);
    expect(e.message).toContain(`${host}:${port}`);
    expect(e.message).toMatch(/no-such-dc/);
  });

  it('gives a KsmigError with host:port and cause for an unreachable host', async () => {
    const port = await closedPort();
    for (const localDataCenter of ['datacenter1', undefined]) {
      const e = await failure(connectOrigin({ contactPoints: [`127.0.0.1:${port}`], localDataCenter }));
      expect(e.code).toBe('KSMIG_CONNECT');
      expect(e.kind).toBe('connection');
      expect(e.exitCode).toBe(3);
      expect(e.message).toContain(`127.0.0.1:${port}`);
      expect(e.message).toContain('ECONNREFUSED');
      expect(e.tryMessage).toMatch(/host and port/);
    }
  });

  it('reports a TLS connection to a plain-text node with host and cause', async () => {
    const { host, port } = cassandraAddress();
    const e = await failure(connectOrigin({ contactPoints: [`${host}:${port}`], localDataCenter: 'datacenter1', tls: {}, connectTimeoutMs: 3000 }));
    expect(e.code).toBe('KSMIG_CONNECT');
    expect(e.message).toContain(`${host}:${port}`);
    expect(e.message.length).toBeGreaterThan(`Could not connect to origin Cassandra at ${host}:${port}: `.length);
  });
});
