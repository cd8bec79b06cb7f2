// Fuzzing `ksmig emulate` (a real process) over the network for a few seconds: seeded random and
// mutated STARTUP, AUTH_RESPONSE, QUERY and PREPARE frames on many connections, before and after
// authentication, while one authenticated client keeps querying. The process must survive, the
// healthy client's every query must succeed, and every answer must be a well-formed v4 frame.
// bench/fuzz-emulator.ts runs the same inputs in-process by the million.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Consistency, ErrorCode, Opcode } from '../../src/emulator/protocol/constants.js';
import { openEnvelope } from '../../src/emulator/protocol/envelope.js';
import { decodeError, decodeResult, encodeQuery, encodeStringMap } from '../../src/emulator/protocol/messages.js';
import { FuzzInputs } from '../../bench/fuzz-inputs.js';
import { spawnEmulator, type EmulatorProcess } from '../emulator/helpers/emulator-process.js';
import { RawClient } from './helpers/emulator.js';
import { cassandraAddress } from './helpers/cassandra.js';

const SEED = 20_250_611;
const FUZZ_MS = 4000;
const WORKERS = 4;
const FRAMES_PER_CONNECTION = 4;
/** How long a fuzz connection waits for answers before it moves on (mutated lengths stall a frame). */
const ANSWER_WAIT_MS = 300;

let emu: EmulatorProcess;

beforeAll(async () => {
  emu = await spawnEmulator({ backend: cassandraAddress() });
});

afterAll(async () => {
  expect(await emu?.stop()).toBe(0);
});

const LOCAL = encodeQuery({ query: "SELECT release_version FROM system.local WHERE key = 'local'", params: { consistency: Consistency.LOCAL_ONE, flags: 0 } });

interface Tally {
  inputs: number;
  connections: number;
  closedByEmulator: number;
  answers: number;
  errorCodes: Map<number, number>;
  malformedAnswers: string[];
}

/**
 * One fuzz connection: optionally authenticated (or past STARTUP), then FRAMES_PER_CONNECTION fuzz
 * frames in one write; waits until each was answered, the emulator closed the connection, or
 * ANSWER_WAIT_MS passed (a mutated length leaves a frame waiting for bytes that never come).
 */
async function fuzzConnection(inputs: FuzzInputs, stage: 'startup' | 'sasl' | 'ready', tally: Tally): Promise<void> {
  const c = await RawClient.connect(emu);
  tally.connections++;
  try {
    if (stage === 'ready') await c.authenticate(emu);
    if (stage === 'sasl') await c.request(0, Opcode.Startup, encodeStringMap(new Map([['CQL_VERSION', '3.0.0']])));
    const before = c.received.length;
    const frames = Array.from({ length: FRAMES_PER_CONNECTION }, () => inputs.next().frame);
    tally.inputs += frames.length;
    c.write(Buffer.concat(frames));
    const started = Date.now();
    while (!c.closed && c.received.length - before < frames.length && Date.now() - started < ANSWER_WAIT_MS) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    if (c.closed) tally.closedByEmulator++;
    for (const f of c.received.slice(before)) {
      tally.answers++;
      if (f.version !== 4 || !f.response) tally.malformedAnswers.push(`version ${f.version} response ${f.response}`);
      if (f.opcode !== Opcode.Error) continue;
      try {
        const code = decodeError(openEnvelope(f).message).code;
        tally.errorCodes.set(code, (tally.errorCodes.get(code) ?? 0) + 1);
      } catch (err) {
        tally.malformedAnswers.push(`ERROR (flags ${f.flags}, ${f.body.length} bytes, ${f.body.subarray(0, 48).toString('hex')}): ${(err as Error).message}`);
      }
    }
  } finally {
    c.close();
  }
}

describe('fuzzing the emulator while a healthy client is served', () => {
  it(`survives ${FUZZ_MS / 1000} s of seeded fuzz input on STARTUP, AUTH_RESPONSE, QUERY and PREPARE`, async () => {
    const healthy = await RawClient.connect(emu);
    await healthy.authenticate(emu);
    const deadline = Date.now() + FUZZ_MS;
    const served = { ok: 0, failed: [] as string[] };
    const healthyLoop = (async () => {
      for (let stream = 1; Date.now() < deadline; stream = (stream % 30_000) + 1) {
        try {
          const f = await healthy.request(stream, Opcode.Query, LOCAL);
          const result = f.opcode === Opcode.Result ? decodeResult(f.body) : undefined;
          if (result?.kind === 'rows' && result.rows[0]?.[0]?.toString() === '3.11.2') served.ok++;
          else served.failed.push(f.opcode === Opcode.Error ? decodeError(f.body).message : `opcode ${f.opcode}`);
        } catch (err) {
          served.failed.push((err as Error).message);
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const tally: Tally = { inputs: 0, connections: 0, closedByEmulator: 0, answers: 0, errorCodes: new Map(), malformedAnswers: [] };
    const workers = Array.from({ length: WORKERS }, async (_, w) => {
      const inputs = {
        startup: new FuzzInputs(SEED + w * 3, { opcodes: [Opcode.Startup, Opcode.Options] }),
        sasl: new FuzzInputs(SEED + w * 3 + 1, { opcodes: [Opcode.AuthResponse] }),
        ready: new FuzzInputs(SEED + w * 3 + 2, { opcodes: [Opcode.Query, Opcode.Prepare], backendSafe: true }),
      };
      for (let round = 0; Date.now() < deadline; round++) {
        const stage = (['startup', 'sasl', 'ready'] as const)[round % 3] as 'startup' | 'sasl' | 'ready';
        await fuzzConnection(inputs[stage], stage, tally);
      }
    });
    await Promise.all([...workers, healthyLoop]);

    expect(emu.exitCode(), emu.output()).toBeUndefined();
    expect(served.failed).toEqual([]);
    expect(served.ok).toBeGreaterThan(10);
    expect(tally.malformedAnswers).toEqual([]);
    expect(tally.inputs).toBeGreaterThan(100);
    // The decoders, the SASL step and the Keyspaces policy all answered something.
    expect(tally.errorCodes.get(ErrorCode.ProtocolError)).toBeGreaterThan(0);
    expect(tally.errorCodes.get(ErrorCode.BadCredentials)).toBeGreaterThan(0);
    expect(emu.output()).not.toContain(emu.secret);
    // Still serving new clients afterwards.
    const after = await RawClient.connect(emu);
    await after.authenticate(emu);
    expect((await after.request(1, Opcode.Query, LOCAL)).opcode).toBe(Opcode.Result);
    after.close();
    healthy.close();
    const codes = [...tally.errorCodes].map(([code, n]) => `0x${code.toString(16).padStart(4, '0')}×${n}`).join(' ');
    process.stderr.write(
      `[emulator-fuzz] ${tally.inputs} inputs on ${tally.connections} connections in ${FUZZ_MS} ms; ${tally.closedByEmulator} closed by the emulator; ` +
        `${tally.answers} answers (${codes}); healthy client: ${served.ok} queries answered\n`,
    );
  }, 120_000);
});
