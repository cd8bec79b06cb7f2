// Certificate verification of our sessions against a real TLS listener with a locally generated CA.
// The listener speaks no CQL, so every attempt fails — what differs is *why*: an untrusted
// certificate is refused during the handshake, a trusted one gets past it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, createServer, type Server, type TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureTlsMaterial } from '../../src/emulator/tls.js';
import { KsmigError } from '../../src/shared/errors.js';
import { connectKeyspaces } from '../../src/clusters/keyspaces-session.js';
import { connectOrigin } from '../../src/clusters/origin-session.js';
import { buildTlsOptions } from '../../src/clusters/tls-options.js';

// The listener closes every connection after the handshake; don't wait the default 12 s for an answer.
const FAST = { connectTimeoutMs: 2000, requestTimeoutMs: 2000 };
const CERT_FAILURE = /certificate|self[- ]signed|unable to verify/i;

describe('TLS verification', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ksmig-tls-'));
  let server: Server;
  let port = 0;
  let caPath = '';
  let handshakes = 0;

  beforeAll(async () => {
    const material = await ensureTlsMaterial(dir);
    caPath = material.caPath;
    server = createServer({ cert: material.cert, key: material.key }, (socket: TLSSocket) => {
      handshakes++;
      socket.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  });

  async function attempt(run: () => Promise<{ shutdown(): Promise<void> }>): Promise<KsmigError> {
    const before = handshakes;
    const error = await run().then(
      async (s) => {
        await s.shutdown();
        return undefined;
      },
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(KsmigError);
    if (process.env.KSMIG_TEST_VERBOSE) process.stderr.write(`${(error as Error).message}\n`);
    (error as KsmigError & { handshakeCompleted?: boolean }).handshakeCompleted = handshakes > before;
    return error as KsmigError;
  }

  it('Keyspaces: refuses an untrusted certificate by default', async () => {
    const e = await attempt(() =>
      connectKeyspaces({ region: 'us-east-1', endpoint: '127.0.0.1', port, auth: 'service-specific', username: 'u', password: 'p-secret-1', ...FAST }),
    );
    expect(e.message).toContain(`127.0.0.1:${port}`);
    expect(e.message).toMatch(CERT_FAILURE);
    expect(e.tryMessage).toMatch(/target\.ca/);
  });

  it('Keyspaces: trusts a given CA file, and verification is skipped only with insecure', async () => {
    for (const options of [{ ca: caPath }, { insecure: true }]) {
      const e = await attempt(() =>
        connectKeyspaces({ region: 'us-east-1', endpoint: '127.0.0.1', port, auth: 'service-specific', username: 'u', password: 'p-secret-1', ...FAST, ...options }),
      );
      expect(e.message).not.toMatch(CERT_FAILURE);
      expect((e as KsmigError & { handshakeCompleted: boolean }).handshakeCompleted).toBe(true);
    }
  });

  it('Keyspaces: checks the endpoint name against the certificate', async () => {
    // `localhost` is one of the certificate's names: the handshake passes.
    const e = await attempt(() =>
      connectKeyspaces({ region: 'us-east-1', endpoint: 'localhost', port, ca: caPath, auth: 'service-specific', username: 'u', password: 'p-secret-1', ...FAST }),
    );
    expect(e.message).not.toMatch(CERT_FAILURE);
    // The same CA with a name the certificate does not carry: refused, as the public endpoint name would be.
    const options = buildTlsOptions('cassandra.us-east-1.amazonaws.com', { ca: caPath });
    const outcome = await new Promise<string>((resolve) => {
      const socket = connect({ ...options, host: '127.0.0.1', port }, () => {
        socket.destroy();
        resolve('handshake succeeded');
      });
      socket.on('error', (err) => resolve(err.message));
    });
    expect(outcome).toMatch(/does not match certificate|altnames/i);
  });

  it('origin: TLS verifies the certificate too', async () => {
    const refused = await attempt(() => connectOrigin({ contactPoints: [`127.0.0.1:${port}`], localDataCenter: 'dc1', ...FAST, tls: {} }));
    expect(refused.message).toMatch(CERT_FAILURE);
    const trusted = await attempt(() => connectOrigin({ contactPoints: [`127.0.0.1:${port}`], localDataCenter: 'dc1', ...FAST, tls: { ca: caPath } }));
    expect(trusted.message).not.toMatch(CERT_FAILURE);
  });
});
