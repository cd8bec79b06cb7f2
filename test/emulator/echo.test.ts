import { describe, expect, it } from 'vitest';
import { echo, ECHO_LIMIT } from '../../src/emulator/echo.js';
import { reject } from '../../src/emulator/keyspaces/rejections.js';
import { ErrorCode } from '../../src/emulator/protocol/constants.js';
import { decodeError, encodeError } from '../../src/emulator/protocol/messages.js';
import * as texts from '../../src/emulator/texts.js';

describe('echo', () => {
  it('keeps short input as it is', () => {
    expect(echo('lz4')).toBe('lz4');
    expect(echo('x'.repeat(ECHO_LIMIT))).toBe('x'.repeat(ECHO_LIMIT));
  });

  it('cuts long input to a head that says it was truncated and how long the input was', () => {
    expect(echo('x'.repeat(70_000))).toBe(`${'x'.repeat(ECHO_LIMIT)}… (truncated; 70000 bytes in all)`);
    expect(echo('é'.repeat(300), 4)).toBe('éééé… (truncated; 600 bytes in all)');
  });

  it('never splits a surrogate pair', () => {
    const out = echo(`${'a'.repeat(ECHO_LIMIT - 1)}😀😀`);
    expect(out.startsWith(`${'a'.repeat(ECHO_LIMIT - 1)}…`)).toBe(true);
    expect(Buffer.from(out, 'utf8').toString('utf8')).toBe(out);
  });
});

describe('texts that quote client input', () => {
  const long = 'q'.repeat(70_000);
  const cases: [string, string][] = [
    ['badPassword', texts.badPassword(long)],
    ['unknownCompression', texts.unknownCompression(long)],
    ['invalidEventType', texts.invalidEventType(long)],
    ['unprepared', texts.unprepared(long)],
    ['backendUnavailable', texts.backendUnavailable(long)],
    ['emulatorError', texts.emulatorError(long)],
    ['malformedMessage', texts.malformedMessage('QUERY', long)],
    ['a policy rejection', reject('invalid-name', { name: long }).message],
  ];
  for (const [name, text] of cases) {
    it(`${name} fits an ERROR body and says the input was truncated`, () => {
      expect(text).toContain('… (truncated; 70000 bytes in all)');
      expect(Buffer.byteLength(text)).toBeLessThan(1024);
      expect(decodeError(encodeError({ code: ErrorCode.Invalid, message: text })).message).toBe(text);
    });
  }
});

describe('encodeError', () => {
  it('cuts a message over 65,535 bytes in UTF-8 at a character boundary instead of throwing', () => {
    for (const message of ['x'.repeat(70_000), 'é'.repeat(40_000), '😀'.repeat(20_000)]) {
      const decoded = decodeError(encodeError({ code: ErrorCode.ServerError, message }));
      expect(Buffer.byteLength(decoded.message)).toBeLessThanOrEqual(65_535);
      expect(decoded.message.endsWith('… (truncated)')).toBe(true);
      expect(message.startsWith(decoded.message.slice(0, -'… (truncated)'.length))).toBe(true);
    }
  });

  it('leaves a message of exactly 65,535 bytes whole', () => {
    const message = 'm'.repeat(65_535);
    expect(decodeError(encodeError({ code: ErrorCode.ServerError, message })).message).toBe(message);
  });
});
