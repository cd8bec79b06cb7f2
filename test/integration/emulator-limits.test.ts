// The connection limits as `ksmig emulate` flags, against the real process and the shared
// Cassandra: the refused connection, the authentication deadline and the idle timeout each close
// a connection and write one line to stderr; the process and the other clients go on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Consistency, Opcode } from '../../src/emulator/protocol/constants.js';
import { encodeQuery } from '../../src/emulator/protocol/messages.js';
import { spawnEmulator, type EmulatorProcess } from '../emulator/helpers/emulator-process.js';
import { RawClient } from './helpers/emulator.js';
import { cassandraAddress } from './helpers/cassandra.js';

let emu: EmulatorProcess;
const clients: RawClient[] = [];

beforeAll(async () => {
  emu = await spawnEmulator({ backend: cassandraAddress(), args: ['--max-connections', '3', '--auth-timeout', '1', '--idle-timeout', '2'] });
});

afterAll(async () => {
  for (const c of clients) c.close();
  expect(await emu?.stop()).toBe(0);
});

const LOCAL = encodeQuery({ query: "SELECT release_version FROM system.local WHERE key = 'local'", params: { consistency: Consistency.LOCAL_ONE, flags: 0 } });
const LOG_LINE = /^ksmig emulate: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z /;

/** Lines the emulator wrote to stderr matching `pattern` (after the prefix and timestamp). */
const logged = (pattern: RegExp): string[] => emu.output().split('\n').filter((l) => LOG_LINE.test(l) && pattern.test(l.replace(LOG_LINE, '')));

async function until(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms; output: ${emu.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('ksmig emulate limits', () => {
  it('--max-connections, --auth-timeout and --idle-timeout close connections with a log line each', async () => {
    const busy = await RawClient.connect(emu);
    const silent = await RawClient.connect(emu);
    const idle = await RawClient.connect(emu);
    clients.push(busy, silent, idle);
    await busy.authenticate(emu);
    await idle.authenticate(emu);
    // The fourth connection is refused before its TLS handshake completes.
    await expect(RawClient.connect(emu)).rejects.toThrow();
    await until(() => logged(/^refused a connection from 127\.0\.0\.1:\d+: 3 connections are open \(--max-connections\)$/).length === 1);
    // The silent one is closed after 1 s; the idle one after 2 s without traffic; the busy one stays.
    const started = Date.now();
    for (let stream = 1; Date.now() - started < 3500; stream++) {
      expect((await busy.request(stream, Opcode.Query, LOCAL)).opcode).toBe(Opcode.Result);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect([silent.closed, idle.closed, busy.closed]).toEqual([true, true, false]);
    expect(logged(/^connection \d+ from 127\.0\.0\.1:\d+ closed: not authenticated within 1 s \(--auth-timeout\)$/)).toHaveLength(1);
    expect(logged(/^connection \d+ from 127\.0\.0\.1:\d+ \(AKIAEMULATORPROC0001\) closed: idle for 2 s \(--idle-timeout\)$/)).toHaveLength(1);
    // Places freed by the closed connections are given to new ones.
    const next = await RawClient.connect(emu);
    clients.push(next);
    await next.authenticate(emu);
    expect((await next.request(1, Opcode.Query, LOCAL)).opcode).toBe(Opcode.Result);
    expect(emu.exitCode()).toBeUndefined();
    expect(emu.output()).not.toContain(emu.secret);
  });
});
