import { describe, expect, it } from 'vitest';
import { Opcode } from '../../../src/emulator/protocol/constants.js';
import { encodeFrame, FrameDecoder, FrameError, requestFrame, responseFrame } from '../../../src/emulator/protocol/frame.js';
import { encodeStringMap } from '../../../src/emulator/protocol/messages.js';

const hex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'hex');

// STARTUP {CQL_VERSION: 3.0.0} on stream 1, as every v4 driver sends it.
const STARTUP = hex('04 00 0001 01 00000016 0001 000b 43514c5f56455253494f4e 0005 332e302e30');

describe('frame codec', () => {
  it('encodes a STARTUP frame byte for byte', () => {
    const body = encodeStringMap(new Map([['CQL_VERSION', '3.0.0']]));
    expect(encodeFrame(requestFrame(1, Opcode.Startup, body))).toEqual(STARTUP);
  });

  it('sets the response bit and keeps negative stream ids', () => {
    expect(encodeFrame(responseFrame(-1, Opcode.Event, Buffer.alloc(0)))).toEqual(hex('84 00 ffff 0c 00000000'));
  });

  it('decodes a frame delivered one byte at a time', () => {
    const d = new FrameDecoder({ expect: 'request' });
    const frames = [];
    for (const b of STARTUP) frames.push(...d.push(Buffer.from([b])));
    expect(frames).toHaveLength(1);
    expect(frames[0]).toMatchObject({ version: 4, response: false, flags: 0, stream: 1, opcode: Opcode.Startup });
    expect(frames[0]?.body).toEqual(STARTUP.subarray(9));
    expect(frames[0]?.raw).toEqual(STARTUP);
    expect(d.pendingBytes).toBe(0);
  });

  it('decodes coalesced frames and keeps a trailing partial frame', () => {
    const d = new FrameDecoder({ expect: 'request' });
    const options = encodeFrame(requestFrame(7, Opcode.Options, Buffer.alloc(0)));
    const chunk = Buffer.concat([STARTUP, options, STARTUP.subarray(0, 12)]);
    const frames = d.push(chunk);
    expect(frames.map((f) => [f.stream, f.opcode])).toEqual([
      [1, Opcode.Startup],
      [7, Opcode.Options],
    ]);
    expect(d.pendingBytes).toBe(12);
    expect(d.push(STARTUP.subarray(12)).map((f) => f.stream)).toEqual([1]);
  });

  it('rejects a protocol version other than v4 with the stream id of the request', () => {
    const d = new FrameDecoder({ expect: 'request' });
    const v5 = Buffer.from(STARTUP);
    v5[0] = 0x05;
    v5.writeInt16BE(42, 2);
    expect(d.push(v5.subarray(0, 3))).toEqual([]);
    let caught: unknown;
    try {
      d.push(v5.subarray(3));
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(FrameError);
    expect(caught).toMatchObject({ kind: 'version', version: 5, stream: 42 });
  });

  it('reads the one-byte stream id of v1/v2 headers', () => {
    const d = new FrameDecoder({ expect: 'request' });
    expect(() => d.push(hex('02 00 07 05 00000000'))).toThrow(expect.objectContaining({ kind: 'version', version: 2, stream: 7 }));
  });

  it('rejects a body length over the maximum before buffering it', () => {
    const d = new FrameDecoder({ expect: 'request', maxBodyLength: 1024 });
    expect(() => d.push(hex('04 00 0003 07 00000401'))).toThrow(
      expect.objectContaining({ kind: 'length', stream: 3, message: 'Request is too big: length 1025 exceeds maximum allowed length 1024.' }),
    );
    expect(d.push(STARTUP)).toEqual([]);
  });

  it('rejects a response where a request is expected', () => {
    const d = new FrameDecoder({ expect: 'request' });
    expect(() => d.push(hex('84 00 0001 02 00000000'))).toThrow(expect.objectContaining({ kind: 'direction' }));
  });

  it('joins a large frame split into many chunks', () => {
    const body = Buffer.alloc(200_000, 0xab);
    const bytes = encodeFrame(requestFrame(9, Opcode.Query, body));
    const d = new FrameDecoder({ expect: 'request' });
    const out = [];
    for (let i = 0; i < bytes.length; i += 1000) out.push(...d.push(bytes.subarray(i, i + 1000)));
    expect(out).toHaveLength(1);
    expect(out[0]?.body.equals(body)).toBe(true);
  });
});

describe('large frames', () => {
  const big = (stream: number, size: number, fill: number): Buffer => encodeFrame(requestFrame(stream, Opcode.Query, Buffer.alloc(size, fill)));

  it('assembles a large frame in one buffer that grows with the bytes received, and frees it once the frame is out', () => {
    const bytes = big(5, 3_000_000, 0xcd);
    const d = new FrameDecoder({ expect: 'request' });
    d.push(bytes.subarray(0, 16_384));
    expect(d.retainedBytes).toBe(16_384);
    d.push(bytes.subarray(16_384, 100_000));
    // Past 64 KiB the frame moves into an assembly buffer of 256 KiB…
    expect(d.pendingBytes).toBe(100_000);
    expect(d.retainedBytes).toBe(256 * 1024);
    expect(d.partialStream).toBe(5);
    for (let i = 100_000; i < 1_000_000; i += 100_000) d.push(bytes.subarray(i, i + 100_000));
    // …that grows by doubling, never to more than twice what arrived.
    expect(d.retainedBytes).toBe(1024 * 1024);
    const frames = d.push(bytes.subarray(1_000_000));
    expect(frames).toHaveLength(1);
    expect(frames[0]?.raw?.equals(bytes)).toBe(true);
    expect(d.retainedBytes).toBe(0);
    expect(d.partialStream).toBeUndefined();
  });

  it('never grows an assembly buffer past the frame, and keeps the bytes after it for the next frames', () => {
    const first = big(1, 200_000, 1);
    const second = big(2, 90_000, 2);
    const small = encodeFrame(requestFrame(3, Opcode.Options, Buffer.alloc(0)));
    const all = Buffer.concat([first, second, small, first]);
    for (const step of [1000, 16_384, 65_537, 150_001]) {
      const d = new FrameDecoder({ expect: 'request' });
      const out = [];
      for (let i = 0; i < all.length; i += step) {
        out.push(...d.push(all.subarray(i, i + step)));
        expect(d.retainedBytes).toBeLessThanOrEqual(Math.max(256 * 1024, 2 * d.pendingBytes) + step);
      }
      expect(out.map((f) => [f.stream, f.body.length])).toEqual([
        [1, 200_000],
        [2, 90_000],
        [3, 0],
        [1, 200_000],
      ]);
      expect(out[0]?.body.every((b) => b === 1)).toBe(true);
      expect(out[1]?.body.every((b) => b === 2)).toBe(true);
      expect(d.pendingBytes).toBe(0);
    }
  });

  it('drops everything on release and refuses further input', () => {
    const d = new FrameDecoder({ expect: 'request' });
    d.push(big(4, 1_000_000, 9).subarray(0, 500_000));
    expect(d.retainedBytes).toBeGreaterThan(0);
    d.release();
    expect([d.pendingBytes, d.retainedBytes]).toEqual([0, 0]);
    expect(d.push(STARTUP)).toEqual([]);
  });
});
