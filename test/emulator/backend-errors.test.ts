import { describe, expect, it } from 'vitest';
import { wellFormedError } from '../../src/emulator/backend-errors.js';
import { ErrorCode, FrameFlag, Opcode } from '../../src/emulator/protocol/constants.js';
import { openEnvelope, sealEnvelope } from '../../src/emulator/protocol/envelope.js';
import { responseFrame } from '../../src/emulator/protocol/frame.js';
import { decodeError, encodeError } from '../../src/emulator/protocol/messages.js';

/** An ERROR body as Cassandra writes one whose text is over 65,535 bytes: the [short] length wrapped around. */
function wrapped(code: number, text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  const head = Buffer.alloc(6);
  head.writeInt32BE(code, 0);
  head.writeUInt16BE(bytes.length & 0xffff, 4);
  return Buffer.concat([head, bytes]);
}

describe('wellFormedError', () => {
  it('passes an ERROR that decodes unchanged', () => {
    const frame = responseFrame(3, Opcode.Error, encodeError({ code: ErrorCode.Invalid, message: 'unconfigured table ks.t' }));
    expect(wellFormedError(frame)).toBe(frame);
  });

  it('rebuilds a text that outgrew its [string], cut to fit, with the code and stream kept', () => {
    const text = `Keyspace ${'k'.repeat(70_000)} does not exist`;
    const out = wellFormedError(responseFrame(3, Opcode.Error, wrapped(ErrorCode.Invalid, text)));
    expect(out.stream).toBe(3);
    const e = decodeError(out.body);
    expect(e.code).toBe(ErrorCode.Invalid);
    expect(Buffer.byteLength(e.message)).toBeLessThanOrEqual(65_535);
    expect(e.message).toMatch(/^Keyspace kkk+… \(truncated\)$/);
  });

  it('keeps the warnings in front of a rebuilt message', () => {
    const sealed = sealEnvelope({ warnings: ['w'], message: wrapped(ErrorCode.SyntaxError, 's'.repeat(66_000)) }, true, 0);
    const out = wellFormedError(responseFrame(3, Opcode.Error, sealed.body, sealed.flags));
    expect(out.flags & FrameFlag.Warning).toBe(FrameFlag.Warning);
    const env = openEnvelope(out);
    expect(env.warnings).toEqual(['w']);
    expect(decodeError(env.message).code).toBe(ErrorCode.SyntaxError);
  });

  it('answers a ServerError when the fields after the text cannot be recovered', () => {
    const out = wellFormedError(responseFrame(3, Opcode.Error, wrapped(ErrorCode.AlreadyExists, 'a'.repeat(66_000))));
    expect(decodeError(out.body)).toEqual({ code: ErrorCode.ServerError, message: 'Emulator error: the backend sent an ERROR (code 0x2400) that cannot be decoded' });
    expect(decodeError(wellFormedError(responseFrame(3, Opcode.Error, Buffer.from([0, 0]))).body).code).toBe(ErrorCode.ServerError);
  });
});
