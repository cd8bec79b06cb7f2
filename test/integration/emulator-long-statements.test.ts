// A client that sends a very long statement the parser's fast path does not take: `ksmig emulate`
// (as a real process) parses it on its background thread and judges it as Keyspaces would, and
// another connection keeps being answered meanwhile. Parsed on the event loop, the same statement
// held up every connection for the whole parse (about 2 s here).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnEmulator, type EmulatorProcess } from '../emulator/helpers/emulator-process.js';
import { cassandraAddress } from './helpers/cassandra.js';
import { longConditionalUpdate, sendAlongside } from './helpers/long-statement.js';

let emu: EmulatorProcess;

beforeAll(async () => {
  emu = await spawnEmulator({ backend: cassandraAddress() });
});

afterAll(async () => {
  expect(await emu?.stop()).toBe(0);
});

describe('a very long statement', () => {
  it('is judged on the background thread while another connection keeps being answered', async () => {
    const cql = longConditionalUpdate(100_000);
    expect(cql.length).toBeGreaterThan(600_000);
    const run = await sendAlongside(emu, cql);
    // Keyspaces' own answer, from the policy (Cassandra's would name conditional updates).
    expect(run.error?.message).toBe('IN is not supported in UPDATE statements.');
    expect(run.others.length).toBeGreaterThan(5);
    expect(Math.max(...run.others)).toBeLessThan(run.tookMs / 2);
  });

  it('is judged the same when sent again (too long to cache, it is parsed again)', async () => {
    const run = await sendAlongside(emu, longConditionalUpdate(100_000));
    expect(run.error?.message).toBe('IN is not supported in UPDATE statements.');
    expect(Math.max(...run.others)).toBeLessThan(run.tookMs / 2);
  });
});
