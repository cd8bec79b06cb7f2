import { describe, expect, it } from 'vitest';
import { PreparedStatements } from '../../src/emulator/prepared-statements.js';

const info = (query: string) => ({ query, keyspace: 'ks', resultMetadata: undefined });
const id = (hex: string) => Buffer.from(hex, 'hex');

describe('PreparedStatements', () => {
  it('finds a statement by the bytes of its id, whatever buffer carries them', () => {
    const registry = new PreparedStatements();
    registry.set(id('00112233445566778899aabbccddeeff'), info('SELECT 1'));
    const frame = Buffer.concat([Buffer.from([0, 16]), id('00112233445566778899aabbccddeeff'), Buffer.from([1, 2])]);
    expect(registry.get(frame.subarray(2, 18))?.query).toBe('SELECT 1');
    expect(registry.get(id('00112233445566778899aabbccddeefe'))).toBeUndefined();
    expect(registry.get(id('00112233445566778899aabbccddee'))).toBeUndefined();
    expect(registry.get(Buffer.alloc(0))).toBeUndefined();
  });

  it('tells apart ids that differ only in their middle bytes', () => {
    const registry = new PreparedStatements();
    const a = id('00112233' + '00'.repeat(8) + 'ccddeeff');
    const b = id('00112233' + '01'.repeat(8) + 'ccddeeff');
    registry.set(a, info('SELECT a'));
    registry.set(b, info('SELECT b'));
    expect(registry.get(a)?.query).toBe('SELECT a');
    expect(registry.get(b)?.query).toBe('SELECT b');
    expect(registry.size).toBe(2);
  });

  it('keeps its own copy of an id given as a view into a frame', () => {
    const registry = new PreparedStatements();
    const frame = id('aabbccddeeff00112233445566778899');
    registry.set(frame, info('SELECT 1'));
    const copy = Buffer.from(frame);
    frame.fill(0);
    expect(registry.get(copy)?.query).toBe('SELECT 1');
  });

  it('replaces the statement of an id prepared again', () => {
    const registry = new PreparedStatements({ maxStatements: 10, maxText: 12 });
    registry.set(id('01'), info('SELECT 1'));
    registry.set(id('01'), info('SELECT 22'));
    expect(registry.get(id('01'))?.query).toBe('SELECT 22');
    expect(registry.size).toBe(1);
    // The text counted is the replacement's: 9 + 3 fits in 12.
    registry.set(id('02'), info('abc'));
    expect(registry.size).toBe(2);
  });

  it('forgets the oldest statements past its bounds on statements and on text', () => {
    const byCount = new PreparedStatements({ maxStatements: 3, maxText: 1_000_000 });
    for (let i = 0; i < 5000; i++) byCount.set(Buffer.from([i >> 8, i & 0xff, 7]), info(`SELECT ${i}`));
    expect(byCount.size).toBe(3);
    expect(byCount.get(Buffer.from([4996 >> 8, 4996 & 0xff, 7]))).toBeUndefined();
    for (const i of [4997, 4998, 4999]) expect(byCount.get(Buffer.from([i >> 8, i & 0xff, 7]))?.query).toBe(`SELECT ${i}`);

    const byText = new PreparedStatements({ maxStatements: 100, maxText: 20 });
    byText.set(id('01'), info('a'.repeat(10)));
    byText.set(id('02'), info('b'.repeat(10)));
    byText.set(id('03'), info('c'.repeat(5)));
    expect(byText.get(id('01'))).toBeUndefined();
    expect(byText.get(id('02'))?.query).toBe('b'.repeat(10));
    expect(byText.get(id('03'))?.query).toBe('c'.repeat(5));
    // One statement longer than the bound is still kept (alone): its EXECUTEs must work.
    byText.set(id('04'), info('d'.repeat(50)));
    expect(byText.size).toBe(1);
    expect(byText.get(id('04'))?.query).toBe('d'.repeat(50));
  });

  it('keeps a statement in use through a flood of new ones, and forgets it once it is no longer used', () => {
    const registry = new PreparedStatements({ maxStatements: 4, maxText: 1_000_000 });
    const hot = id('ff'.repeat(16));
    registry.set(hot, info('SELECT hot'));
    const flood = (i: number) => Buffer.from([1, i >> 8, i & 0xff]);
    for (let i = 0; i < 1000; i++) {
      registry.set(flood(i), info(`SELECT ${i}`));
      expect(registry.get(hot)?.query).toBe('SELECT hot');
    }
    expect(registry.size).toBe(4);
    // The three newest of the flood are there beside it; the others were forgotten.
    for (const i of [997, 998, 999]) expect(registry.get(flood(i))?.query).toBe(`SELECT ${i}`);
    expect(registry.get(flood(996))).toBeUndefined();
    // Not executed any more: it becomes the least recently used, and goes.
    for (let i = 1000; i < 1010; i++) registry.set(flood(i), info(`SELECT ${i}`));
    expect(registry.get(hot)).toBeUndefined();
    expect(registry.size).toBe(4);
  });
});
