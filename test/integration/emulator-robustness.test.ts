// 50 connections with 1,000 requests in flight each, while other connections send malformed
// frames: every malformed connection is closed with a ProtocolError (when its header carried a
// stream id) and every well-formed request is still answered.
import { connect as netConnect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Consistency, ErrorCode, Opcode } from '../../src/emulator/protocol/constants.js';
import { encodeFrame, requestFrame, type Frame } from '../../src/emulator/protocol/frame.js';
import { decodeError, decodeResult, encodeQuery, encodeStringMap } from '../../src/emulator/protocol/messages.js';
import { RawClient, startEmulator, type TestEmulator } from './helpers/emulator.js';
import { rng as prng } from '../../bench/random.js';

const GOOD_CONNECTIONS = 50;
const IN_FLIGHT = 1000;

let emu: TestEmulator;
const opened: RawClient[] = [];

beforeAll(async () => {
  emu = await startEmulator();
});

afterAll(async () => {
  for (const c of opened) c.close();
  await emu.stop();
});


async function open(authenticated: boolean): Promise<RawClient> {
  const c = await RawClient.connect(emu);
  opened.push(c);
  if (authenticated) await c.authenticate(emu);
  return c;
}

const QUERY = encodeQuery({ query: "SELECT release_version FROM system.local WHERE key = 'local'", params: { consistency: Consistency.LOCAL_ONE, flags: 0 } });

/** What one well-formed connection got back for its IN_FLIGHT requests. */
interface Served {
  answered: number;
  rows: number;
  /** Error codes of the answers that were not rows (a backend under load may time out). */
  errors: number[];
}

/**
 * How long a connection may go without any answer before it counts as stalled. The test is about
 * every request being answered, not about speed: a loaded 2-core machine may be slow, but a
 * connection that stops making progress altogether is a bug.
 */
const STALL_MS = 60_000;

/** Sends IN_FLIGHT queries at once on streams 1..IN_FLIGHT and collects the answers. */
async function loadConnection(c: RawClient): Promise<Served> {
  const answers: Promise<Frame>[] = [];
  const frames: Buffer[] = [];
  for (let stream = 1; stream <= IN_FLIGHT; stream++) {
    answers.push(c.next(stream, 0));
    frames.push(encodeFrame(requestFrame(stream, Opcode.Query, QUERY)));
  }
  c.write(Buffer.concat(frames));
  const served: Served = { answered: 0, rows: 0, errors: [] };
  const answeredSoFar = (): number => c.received.filter((f) => f.stream >= 1 && f.stream <= IN_FLIGHT).length;
  let seen = -1;
  let lastProgress = Date.now();
  const stalled = new Promise<never>((_, reject) => {
    const timer = setInterval(() => {
      const now = answeredSoFar();
      if (now !== seen) {
        seen = now;
        lastProgress = Date.now();
      } else if (Date.now() - lastProgress > STALL_MS) {
        clearInterval(timer);
        reject(new Error(`no answer for ${STALL_MS} ms; ${now} of ${IN_FLIGHT} answered; connection ${c.closed ? 'closed by the emulator' : 'still open'}`));
      }
      if (now === IN_FLIGHT) clearInterval(timer);
    }, 500);
  });
  const all = await Promise.race([Promise.all(answers), stalled]);
  for (const f of all) {
    served.answered++;
    const result = f.opcode === Opcode.Result ? decodeResult(f.body) : undefined;
    if (result?.kind === 'rows' && result.rows[0]?.[0]?.toString() === '3.11.2') served.rows++;
    else if (f.opcode === Opcode.Error) served.errors.push(decodeError(f.body).code);
  }
  return served;
}

/** A fuzz case: `prepare` opens (and maybe authenticates) its connection before the load starts; `run` misbehaves. */
type Fuzz = { name: string; prepare: () => Promise<RawClient | undefined>; run: (c: RawClient | undefined) => Promise<void> };

const must = (c: RawClient | undefined): RawClient => {
  if (!c) throw new Error('fuzz case without its connection');
  return c;
};

function fuzzCases(seed: number): Fuzz[] {
  const rnd = prng(seed);
  const bytes = (n: number): Buffer => Buffer.from(Array.from({ length: n }, () => Math.floor(rnd() * 256)));
  const expectProtocolError = async (c: RawClient, stream: number, message: RegExp): Promise<void> => {
    const f = await c.next(stream, 60_000);
    expect(f.opcode).toBe(Opcode.Error);
    const e = decodeError(f.body);
    expect(e.code).toBe(ErrorCode.ProtocolError);
    expect(e.message).toMatch(message);
    await c.whenClosed(60_000);
  };
  const cases: Fuzz[] = [];
  for (let i = 0; i < 4; i++) {
    const garbage = bytes(64 + Math.floor(rnd() * 448));
    // A first byte of 4 would be a v4 header; keep these cases about non-v4 garbage.
    if (garbage[0] === 4) garbage[0] = 0x17;
    cases.push({
      name: `random bytes #${i}`,
      prepare: () => open(false),
      run: async (conn) => {
        const c = must(conn);
        c.write(garbage);
        await c.whenClosed(60_000);
        const errors = c.received.filter((f) => f.opcode === Opcode.Error).map((f) => decodeError(f.body).code);
        expect(errors.every((code) => code === ErrorCode.ProtocolError)).toBe(true);
      },
    });
  }
  cases.push({
    name: 'truncated header, then half-close',
    prepare: () => open(true),
    run: async (conn) => {
      const c = must(conn);
      c.write(encodeFrame(requestFrame(5, Opcode.Query, QUERY)).subarray(0, 6));
      c.socket.end();
      await c.whenClosed(60_000);
    },
  });
  cases.push({
    name: 'huge body length',
    prepare: () => open(true),
    run: async (conn) => {
      const c = must(conn);
      const header = Buffer.from([0x04, 0, 0, 9, Opcode.Query, 0x7f, 0xff, 0xff, 0xff]);
      c.write(header);
      await expectProtocolError(c, 9, /^Request is too big: length 2147483647 exceeds maximum allowed length/);
    },
  });
  for (const opcode of [Opcode.Result, 0x99]) {
    cases.push({
      name: `wrong opcode 0x${opcode.toString(16)}`,
      prepare: () => open(true),
      run: async (conn) => {
        const c = must(conn);
        c.send(11, opcode, bytes(16));
        await expectProtocolError(c, 11, /^Unknown opcode/);
      },
    });
  }
  cases.push({
    name: 'QUERY whose long string runs past the body',
    prepare: () => open(true),
    run: async (conn) => {
      const c = must(conn);
      const body = Buffer.concat([Buffer.from([0x00, 0x10, 0x00, 0x00]), bytes(20)]);
      c.send(12, Opcode.Query, body);
      await expectProtocolError(c, 12, /^Invalid QUERY message: Not enough bytes/);
    },
  });
  cases.push({
    name: 'STARTUP with a truncated string map',
    prepare: () => open(false),
    run: async (conn) => {
      const c = must(conn);
      c.send(13, Opcode.Startup, encodeStringMap(new Map([['CQL_VERSION', '3.0.0']])).subarray(0, 7));
      await expectProtocolError(c, 13, /^Invalid STARTUP message/);
    },
  });
  cases.push({
    name: 'plain-text bytes on the TLS port',
    prepare: async () => undefined,
    run: async () => {
      await new Promise<void>((resolve, reject) => {
        const socket = netConnect({ host: '127.0.0.1', port: emu.port }, () => socket.write(bytes(300)));
        const timer = setTimeout(() => reject(new Error('plain-text connection was not closed')), 60_000);
        socket.on('error', () => undefined);
        socket.on('close', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
  });
  return cases;
}

describe('robustness under load and fuzzing', () => {
  it(`serves ${GOOD_CONNECTIONS} × ${IN_FLIGHT} in-flight requests while malformed connections are cut off`, async () => {
    const good = await Promise.all(Array.from({ length: GOOD_CONNECTIONS }, () => open(true)));
    const fuzz = fuzzCases(20261124);
    const fuzzConnections = await Promise.all(fuzz.map((f) => f.prepare()));
    const started = Date.now();
    const [served, fuzzOutcomes] = await Promise.all([
      Promise.all(good.map((c) => loadConnection(c))),
      Promise.allSettled(fuzz.map((f, i) => f.run(fuzzConnections[i]))),
    ]);
    const failures = fuzzOutcomes.flatMap((o, i) => (o.status === 'rejected' ? [`${fuzz[i]?.name}: ${String(o.reason)}`] : []));
    expect(failures).toEqual([]);
    // Every request on every well-formed connection was answered: with the rewritten system.local
    // row, or — when the shared machine overloads the backend — with the backend's own timeout.
    // Never with a protocol error, and mostly with rows.
    expect(served.map((s) => s.answered)).toEqual(Array.from({ length: GOOD_CONNECTIONS }, () => IN_FLIGHT));
    const errors = served.flatMap((s) => s.errors);
    expect(errors.filter((code) => code !== ErrorCode.ReadTimeout && code !== ErrorCode.Overloaded)).toEqual([]);
    const rows = served.reduce((n, s) => n + s.rows, 0);
    expect(rows + errors.length).toBe(GOOD_CONNECTIONS * IN_FLIGHT);
    expect(rows).toBeGreaterThan(GOOD_CONNECTIONS * IN_FLIGHT * 0.9);
    // The well-formed connections are all still open and usable afterwards.
    expect(good.every((c) => !c.closed)).toBe(true);
    const after = await good[0]?.request(2000, Opcode.Query, QUERY);
    expect(after?.opcode).toBe(Opcode.Result);
    process.stderr.write(
      `[emulator-robustness] ${GOOD_CONNECTIONS * IN_FLIGHT} requests in ${Date.now() - started} ms with ${fuzz.length} fuzzed connections; ` +
        `${rows} rows, ${errors.length} backend timeouts\n`,
    );
  }, 300_000);
});
