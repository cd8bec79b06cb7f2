import { describe, expect, it } from 'vitest';
import { i16, i32, inetFromString, inetToString, ProtocolDecodeError, Reader, u16, u32, Writer } from '../../../src/emulator/protocol/notation.js';

const hex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'hex');

describe('notation types', () => {
  it('writes each type byte for byte', () => {
    const w = new Writer()
      .string('ab')
      .longString('é')
      .bytes(null)
      .bytes(hex('ff'))
      .shortBytes(hex('0102'))
      .value(undefined)
      .stringList(['x'])
      .stringMap(new Map([['k', 'v']]))
      .stringMultimap(new Map([['m', ['1', '2']]]))
      .inet('127.0.0.1', 9042);
    expect(w.toBuffer()).toEqual(
      hex(
        '0002 6162' + // [string]
          '00000002 c3a9' + // [long string] (UTF-8 length)
          'ffffffff' + // [bytes] null
          '00000001 ff' +
          '0002 0102' + // [short bytes]
          'fffffffe' + // [value] not set
          '0001 0001 78' + // [string list]
          '0001 0001 6b 0001 76' + // [string map]
          '0001 0001 6d 0002 0001 31 0001 32' + // [string multimap]
          '04 7f000001 00002352', // [inet]
      ),
    );
  });

  it('reads back what it writes', () => {
    const buf = new Writer().short(65535).int(-5).long(-2n).stringMultimap(new Map([['A', []]])).bytesMap(new Map([['p', hex('00')]])).toBuffer();
    const r = new Reader(buf);
    expect(r.short()).toBe(65535);
    expect(r.int()).toBe(-5);
    expect(r.long()).toBe(-2n);
    expect(r.stringMultimap()).toEqual(new Map([['A', []]]));
    expect(r.bytesMap()).toEqual(new Map([['p', hex('00')]]));
    r.end('test');
  });

  it('fails cleanly on truncated input', () => {
    expect(() => new Reader(hex('0005 6162')).string()).toThrow(ProtocolDecodeError);
    expect(() => new Reader(hex('7fffffff')).longString()).toThrow(ProtocolDecodeError);
    expect(() => new Reader(hex('00')).end('x')).toThrow(/1 unexpected trailing bytes in x/);
  });

  it('converts IPv4 and IPv6 addresses', () => {
    expect(inetToString(inetFromString('10.1.2.3'))).toBe('10.1.2.3');
    expect(inetFromString('::1')).toEqual(hex('00000000000000000000000000000001'));
    expect(inetToString(inetFromString('fe80::1:2'))).toBe('fe80:0:0:0:0:0:1:2');
    expect(() => inetFromString('not-an-ip')).toThrow(RangeError);
  });
});

describe('integers read by index', () => {
  it('equal what Buffer reads, at every offset, for edge and random values', () => {
    const bytes = Buffer.from([0x00, 0x7f, 0xff, 0x80, 0x00, 0x00, 0x01, 0xff, 0xff, 0xff, 0xff, 0x80, 0x00, 0x00, 0x00, 0x7f, 0xff, 0xff, 0xff]);
    let seed = 7;
    const random = Buffer.from(Array.from({ length: 512 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff));
    for (const buf of [bytes, random]) {
      for (let at = 0; at + 4 <= buf.length; at++) {
        expect(u16(buf, at)).toBe(buf.readUInt16BE(at));
        expect(i16(buf, at)).toBe(buf.readInt16BE(at));
        expect(i32(buf, at)).toBe(buf.readInt32BE(at));
        expect(u32(buf, at)).toBe(buf.readUInt32BE(at));
      }
    }
  });
});
