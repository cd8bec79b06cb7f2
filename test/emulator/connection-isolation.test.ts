// A failure while answering one client closes that client's connection only: the process keeps
// running and every other connection keeps being served. A hook that answers with a frame the
// emulator cannot encode stands in for any bug on the answer path, synchronous or not.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Consistency, Opcode } from '../../src/emulator/protocol/constants.js';
import { encodeFrame, responseFrame, type Frame } from '../../src/emulator/protocol/frame.js';
import { encodeQuery, encodeResult } from '../../src/emulator/protocol/messages.js';
import type { RequestHook } from '../../src/emulator/pipeline.js';
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js';
import { ensureTlsMaterial } from '../../src/emulator/tls.js';
import { RawClient } from '../integration/helpers/emulator.js';
import { startScriptedBackend, type ScriptedBackend } from './helpers/scripted-backend.js';

const creds = { region: 'us-east-1', accessKeyId: 'AKIDISOLATION', secret: 'isolation-secret' };
let backend: ScriptedBackend;
let emulator: RunningEmulator;
let dir: string;
const logs: string[] = [];

/** A frame whose body is not a Buffer: encoding it throws. */
const unencodable = (): Frame => ({ ...responseFrame(0, Opcode.Result, Buffer.alloc(0)), body: undefined as unknown as Buffer });

const breaking: RequestHook = (_ctx, request) => {
  if (request.opcode !== 'QUERY') return undefined;
  if (request.message.query === 'BREAK NOW') return { action: 'respond', frame: unencodable() };
  if (request.message.query === 'BREAK LATER') return Promise.resolve({ action: 'respond', frame: unencodable() });
  return undefined;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ksmig-emulator-isolation-'));
  backend = await startScriptedBackend((f, socket) => {
    if (f.opcode === Opcode.Startup) socket.write(encodeFrame(responseFrame(f.stream, Opcode.Ready, Buffer.alloc(0))));
    if (f.opcode === Opcode.Query) socket.write(encodeFrame(responseFrame(f.stream, Opcode.Result, encodeResult({ kind: 'void' }))));
  });
  emulator = await startEmulator({
    backend: { host: '127.0.0.1', port: backend.port },
    listen: { host: '127.0.0.1', port: 0 },
    region: creds.region,
    keys: new Map([[creds.accessKeyId, creds.secret]]),
    tls: await ensureTlsMaterial(join(dir, 'tls')),
    hooks: [breaking],
    log: (line) => logs.push(line),
  });
});

afterAll(async () => {
  await emulator.close();
  await backend.close();
  await rm(dir, { recursive: true, force: true });
});

const query = (text: string): Buffer => encodeQuery({ query: text, params: { consistency: Consistency.LOCAL_QUORUM, flags: 0 } });

async function authenticated(): Promise<RawClient> {
  const c = await RawClient.connect(emulator);
  await c.authenticate(creds);
  return c;
}

describe('a failure while answering one connection', () => {
  for (const trigger of ['BREAK NOW', 'BREAK LATER']) {
    it(`closes only that connection and logs why (${trigger === 'BREAK NOW' ? 'synchronous' : 'asynchronous'} answer)`, async () => {
      const healthy = await authenticated();
      const victim = await authenticated();
      try {
        logs.length = 0;
        victim.send(7, Opcode.Query, query(trigger));
        await victim.whenClosed();
        expect(logs).toEqual([expect.stringMatching(/^connection \d+ from 127\.0\.0\.1:\d+ \(AKIDISOLATION\) closed after an internal error: \w*Error: /)]);
        const answer = await healthy.request(1, Opcode.Query, query('SELECT 1'));
        expect(answer.opcode).toBe(Opcode.Result);
        expect(emulator.connectionCount()).toBe(1);
      } finally {
        healthy.close();
        victim.close();
      }
    });
  }
});
