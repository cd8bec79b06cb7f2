// Optional emulator features for tests: Keyspaces' per-connection request rate, injected latency
// and connections dropped after N requests.
import { describe, expect, it } from 'vitest';
import { Consistency, ErrorCode, Opcode } from '../../src/emulator/protocol/constants.js';
import { encodeFrame, requestFrame, type Frame } from '../../src/emulator/protocol/frame.js';
import { decodeError, encodeQuery } from '../../src/emulator/protocol/messages.js';
import { RawClient, startEmulator } from './helpers/emulator.js';

const query = (cql: string, consistency: number = Consistency.LOCAL_ONE): Buffer => encodeQuery({ query: cql, params: { consistency, flags: 0 } });
const LOCAL = query("SELECT release_version FROM system.local WHERE key = 'local'");

describe('per-connection request rate', () => {
  it('answers requests over the rate with ReadTimeout (reads) and WriteTimeout (writes)', async () => {
    const emu = await startEmulator({ connectionRateLimit: 5 });
    const c = await RawClient.connect(emu);
    try {
      await c.authenticate(emu);
      const answers: Promise<Frame>[] = [];
      const frames: Buffer[] = [];
      for (let s = 1; s <= 20; s++) {
        answers.push(c.next(s));
        frames.push(encodeFrame(requestFrame(s, Opcode.Query, LOCAL)));
      }
      c.write(Buffer.concat(frames));
      const got = await Promise.all(answers);
      // A full bucket admits 5 at once; the bucket refills while the burst is processed, so allow a few more.
      const served = got.filter((f) => f.opcode === Opcode.Result).length;
      expect(served).toBeGreaterThanOrEqual(5);
      expect(served).toBeLessThanOrEqual(10);
      const refused = got.filter((f) => f.opcode === Opcode.Error).map((f) => decodeError(f.body));
      expect(refused).toHaveLength(20 - served);
      expect(new Set(refused.map((e) => e.code))).toEqual(new Set([ErrorCode.ReadTimeout]));
      const write = await c.request(20, Opcode.Query, query("INSERT INTO system_x.t (k) VALUES (1)", Consistency.LOCAL_QUORUM));
      expect(decodeError(write.body)).toMatchObject({ code: ErrorCode.WriteTimeout, consistency: Consistency.LOCAL_QUORUM, received: 0, blockFor: 2, writeType: 'SIMPLE' });
    } finally {
      c.close();
      await emu.stop();
    }
  });
});

describe('fault injection', () => {
  it('drops a connection at its Nth request, without an answer', async () => {
    const emu = await startEmulator({ faults: { dropAfterRequests: 3 } });
    const c = await RawClient.connect(emu);
    try {
      await c.authenticate(emu);
      expect((await c.request(1, Opcode.Query, LOCAL)).opcode).toBe(Opcode.Result);
      expect((await c.request(2, Opcode.Query, LOCAL)).opcode).toBe(Opcode.Result);
      c.send(3, Opcode.Query, LOCAL);
      await c.whenClosed();
      expect(c.received.some((f) => f.stream === 3)).toBe(false);
    } finally {
      c.close();
      await emu.stop();
    }
  });

  it('adds latency to every request', async () => {
    const emu = await startEmulator({ faults: { latencyMs: 250 } });
    const c = await RawClient.connect(emu);
    try {
      await c.authenticate(emu);
      const started = Date.now();
      expect((await c.request(1, Opcode.Query, LOCAL)).opcode).toBe(Opcode.Result);
      expect(Date.now() - started).toBeGreaterThanOrEqual(245);
    } finally {
      c.close();
      await emu.stop();
    }
  });
});
