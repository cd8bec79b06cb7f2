// The emulator's connection limits, each with a short value: the authentication deadline, the
// idle timeout, the connection cap, and the budget of bytes held for unfinished frames. A
// scripted backend stands in for Cassandra.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Consistency, ErrorCode, Opcode } from '../../src/emulator/protocol/constants.js';
import { encodeFrame, requestFrame, responseFrame } from '../../src/emulator/protocol/frame.js';
import { decodeError, decodeQuery, encodeQuery, encodeResult } from '../../src/emulator/protocol/messages.js';
import type { ConnectionLimits } from '../../src/emulator/limits.js';
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js';
import { ensureTlsMaterial, type TlsMaterial } from '../../src/emulator/tls.js';
import { RawClient } from '../integration/helpers/emulator.js';
import { startScriptedBackend, type ScriptedBackend } from './helpers/scripted-backend.js';

const creds = { region: 'us-east-1', accessKeyId: 'AKIDLIMITS', secret: 'limits-secret' };
let backend: ScriptedBackend;
let dir: string;
let tls: TlsMaterial;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ksmig-emulator-limits-'));
  tls = await ensureTlsMaterial(join(dir, 'tls'));
  backend = await startScriptedBackend((f, socket) => {
    if (f.opcode === Opcode.Startup) socket.write(encodeFrame(responseFrame(f.stream, Opcode.Ready, Buffer.alloc(0))));
    if (f.opcode !== Opcode.Query) return;
    const answer = encodeFrame(responseFrame(f.stream, Opcode.Result, encodeResult({ kind: 'void' })));
    // SLOW stands for a request the backend works on for a while.
    if (decodeQuery(f.body).query === 'SLOW') setTimeout(() => socket.write(answer), 2000);
    else socket.write(answer);
  });
});

afterAll(async () => {
  await backend.close();
  await rm(dir, { recursive: true, force: true });
});

/** An emulator with `limits`, its log lines, and the clients a test opened (closed at the end). */
async function withEmulator(limits: Partial<ConnectionLimits>, body: (emu: RunningEmulator, logs: string[], clients: RawClient[]) => Promise<void>): Promise<void> {
  const logs: string[] = [];
  const clients: RawClient[] = [];
  const emu = await startEmulator({
    backend: { host: '127.0.0.1', port: backend.port },
    listen: { host: '127.0.0.1', port: 0 },
    region: creds.region,
    keys: new Map([[creds.accessKeyId, creds.secret]]),
    tls,
    limits,
    log: (line) => logs.push(line),
  });
  try {
    await body(emu, logs, clients);
  } finally {
    for (const c of clients) c.close();
    await emu.close();
  }
}

const query = (text: string): Buffer => encodeQuery({ query: text, params: { consistency: Consistency.LOCAL_QUORUM, flags: 0 } });
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
    await sleep(10);
  }
}

describe('authentication deadline', () => {
  it('closes a connection that has not authenticated in time, and logs it', async () => {
    await withEmulator({ authTimeoutMs: 1500 }, async (emu, logs, clients) => {
      const silent = await RawClient.connect(emu);
      const prompt = await RawClient.connect(emu);
      clients.push(silent, prompt);
      await prompt.authenticate(creds);
      await silent.whenClosed(5000);
      expect(logs).toEqual([expect.stringMatching(/^connection \d+ from 127\.0\.0\.1:\d+ closed: not authenticated within 1\.5 s \(--auth-timeout\)$/)]);
      // The deadline is over once a connection authenticated.
      await sleep(1600);
      expect(prompt.closed).toBe(false);
      expect((await prompt.request(1, Opcode.Query, query('SELECT 1'))).opcode).toBe(Opcode.Result);
    });
  });
});

describe('idle timeout', () => {
  it('closes an authenticated connection idle for the timeout, but not a busy one or one waiting for the backend', async () => {
    await withEmulator({ idleTimeoutMs: 800 }, async (emu, logs, clients) => {
      const idle = await RawClient.connect(emu);
      const busy = await RawClient.connect(emu);
      const waiting = await RawClient.connect(emu);
      clients.push(idle, busy, waiting);
      for (const c of clients) await c.authenticate(creds);
      const slow = waiting.request(1, Opcode.Query, query('SLOW'));
      const started = Date.now();
      for (let stream = 1; Date.now() - started < 1600; stream++) {
        expect((await busy.request(stream, Opcode.Query, query('SELECT 1'))).opcode).toBe(Opcode.Result);
        await sleep(100);
      }
      expect(idle.closed).toBe(true);
      expect(busy.closed).toBe(false);
      // 2 s at the backend is longer than the timeout: the answer still arrives.
      expect((await slow).opcode).toBe(Opcode.Result);
      expect(waiting.closed).toBe(false);
      expect(logs).toEqual([expect.stringMatching(/^connection \d+ from 127\.0\.0\.1:\d+ \(AKIDLIMITS\) closed: idle for 0\.8 s \(--idle-timeout\)$/)]);
      // Idle again after its answer: closed in turn.
      await waiting.whenClosed(5000);
    });
  });
});

describe('connection limit', () => {
  it('refuses the connection past the limit with a log line, and accepts again once one has closed', async () => {
    await withEmulator({ maxConnections: 3 }, async (emu, logs, clients) => {
      for (let i = 0; i < 3; i++) clients.push(await RawClient.connect(emu));
      await clients[0]?.authenticate(creds);
      // The fourth is closed before its TLS handshake completes.
      await expect(RawClient.connect(emu)).rejects.toThrow();
      expect(logs).toEqual([expect.stringMatching(/^refused a connection from 127\.0\.0\.1:\d+: 3 connections are open \(--max-connections\)$/)]);
      expect(emu.connectionCount()).toBe(3);
      // The connections already open are served as before.
      expect((await clients[0]?.request(1, Opcode.Query, query('SELECT 1')))?.opcode).toBe(Opcode.Result);
      clients[1]?.close();
      await until(() => emu.connectionCount() === 2);
      const next = await RawClient.connect(emu);
      clients.push(next);
      await next.authenticate(creds);
    });
  });
});

describe('bytes held for unfinished frames', () => {
  /** The first `sent` bytes of a QUERY frame whose body is `size` bytes. */
  const partialFrame = (stream: number, size: number, sent: number): Buffer =>
    encodeFrame(requestFrame(stream, Opcode.Query, Buffer.alloc(size, 0x61))).subarray(0, sent);

  it('answers Overloaded and closes the connection whose partial frame would pass the budget; the others go on', async () => {
    await withEmulator({ maxBufferedBytes: 3 * 1024 * 1024 }, async (emu, logs, clients) => {
      const first = await RawClient.connect(emu);
      const second = await RawClient.connect(emu);
      clients.push(first, second);
      const whole = encodeFrame(requestFrame(5, Opcode.Query, Buffer.alloc(2.5 * 1024 * 1024, 0x61)));
      first.write(whole.subarray(0, 1_500_000));
      await until(() => emu.bufferedBytes() >= 1_500_000);
      const refused = second.next(9);
      second.write(partialFrame(9, 2.5 * 1024 * 1024, 1_500_000));
      const answer = await refused;
      expect(decodeError(answer.body)).toEqual({ code: ErrorCode.Overloaded, message: 'Server is in overloaded state. Cannot accept more requests at this point' });
      await second.whenClosed();
      expect(logs).toEqual([expect.stringMatching(/^connection \d+ from 127\.0\.0\.1:\d+ closed: its unfinished frame needs \d+ bytes, and \d+ of the 3145728 for all connections are in use \(--max-buffered-mib\)$/)]);
      // The first connection's frame completes and is answered (a QUERY before STARTUP); nothing is held any more.
      const done = first.next(5);
      first.write(whole.subarray(1_500_000));
      expect(decodeError((await done).body).message).toBe('Unexpected message QUERY, expecting STARTUP or OPTIONS');
      expect(first.closed).toBe(false);
      await until(() => emu.bufferedBytes() === 0);
    });
  });

  it('gives back what a connection held when it goes', async () => {
    await withEmulator({}, async (emu, _logs, clients) => {
      const c = await RawClient.connect(emu);
      clients.push(c);
      c.write(partialFrame(3, 8 * 1024 * 1024, 4_000_000));
      await until(() => emu.bufferedBytes() >= 4_000_000);
      c.close();
      await until(() => emu.bufferedBytes() === 0 && emu.connectionCount() === 0);
    });
  });
});
