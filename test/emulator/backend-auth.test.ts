// The emulator's own login to a backend that requires authentication (--backend-username /
// --backend-password), against a scripted backend peer that checks the PLAIN token it receives.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, Opcode } from '../../src/emulator/protocol/constants.js';
import { encodeFrame, responseFrame } from '../../src/emulator/protocol/frame.js';
import { decodeError, decodeToken, encodeAuthenticate, encodeError, encodeStringMap, encodeToken } from '../../src/emulator/protocol/messages.js';
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js';
import { ensureTlsMaterial, type TlsMaterial } from '../../src/emulator/tls.js';
import { RawClient } from '../integration/helpers/emulator.js';
import { startScriptedBackend, type ScriptedBackend } from './helpers/scripted-backend.js';

let backend: ScriptedBackend;
let backendPort = 0;
let dir: string;
let tls: TlsMaterial;
const tokens: string[] = [];
const keys = new Map([['AKIDBACKEND', 'client-secret']]);
const creds = { region: 'us-east-1', accessKeyId: 'AKIDBACKEND', secret: 'client-secret' };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ksmig-emulator-backend-auth-'));
  tls = await ensureTlsMaterial(join(dir, 'tls'));
  backend = await startScriptedBackend((f, socket) => {
    if (f.opcode === Opcode.Startup) socket.write(encodeFrame(responseFrame(f.stream, Opcode.Authenticate, encodeAuthenticate('org.apache.cassandra.auth.PasswordAuthenticator'))));
    if (f.opcode === Opcode.AuthResponse) {
      const token = decodeToken(f.body)?.toString('utf8') ?? '';
      tokens.push(token);
      const ok = token === '\u0000cassandra\u0000backend-pass';
      socket.write(
        encodeFrame(
          ok
            ? responseFrame(f.stream, Opcode.AuthSuccess, encodeToken(null))
            : responseFrame(f.stream, Opcode.Error, encodeError({ code: ErrorCode.BadCredentials, message: 'Provided username cassandra and/or password are incorrect' })),
        ),
      );
    }
  });
  backendPort = backend.port;
});

afterAll(async () => {
  await backend.close();
  await rm(dir, { recursive: true, force: true });
});

async function attempt(emulator: RunningEmulator): Promise<{ opcode: number; body: Buffer }> {
  const c = await RawClient.connect({ port: emulator.port, caPath: emulator.caPath });
  try {
    await c.request(0, Opcode.Startup, encodeStringMap(new Map([['CQL_VERSION', '3.0.0']])));
    await c.request(0, Opcode.AuthResponse, encodeToken(Buffer.from('\u0000AKIDBACKEND\u0000client-secret')));
    return c.received[c.received.length - 1] as { opcode: number; body: Buffer };
  } finally {
    c.close();
  }
}

describe('backend login', () => {
  it('logs in to the backend with the configured user after the client authenticated', async () => {
    const emulator = await startEmulator({
      backend: { host: '127.0.0.1', port: backendPort, username: 'cassandra', password: 'backend-pass' },
      listen: { host: '127.0.0.1', port: 0 },
      region: creds.region,
      keys,
      tls,
    });
    try {
      expect((await attempt(emulator)).opcode).toBe(Opcode.AuthSuccess);
      expect(tokens).toContain('\u0000cassandra\u0000backend-pass');
    } finally {
      await emulator.close();
    }
  });

  it('tells the client the backend is unavailable when it needs credentials that were not given', async () => {
    const emulator = await startEmulator({ backend: { host: '127.0.0.1', port: backendPort }, listen: { host: '127.0.0.1', port: 0 }, region: creds.region, keys, tls });
    try {
      const answer = await attempt(emulator);
      expect(answer.opcode).toBe(Opcode.Error);
      expect(decodeError(answer.body)).toEqual({
        code: ErrorCode.ServerError,
        message: `Emulator backend unavailable: backend Cassandra at 127.0.0.1:${backendPort}: it requires authentication; pass --backend-username and --backend-password`,
      });
    } finally {
      await emulator.close();
    }
  });

  it('passes the backend’s refusal of a wrong backend password on as unavailable', async () => {
    const emulator = await startEmulator({
      backend: { host: '127.0.0.1', port: backendPort, username: 'cassandra', password: 'wrong' },
      listen: { host: '127.0.0.1', port: 0 },
      region: creds.region,
      keys,
      tls,
    });
    try {
      const answer = await attempt(emulator);
      expect(decodeError(answer.body).message).toContain('STARTUP refused: Provided username cassandra and/or password are incorrect');
    } finally {
      await emulator.close();
    }
  });
});
