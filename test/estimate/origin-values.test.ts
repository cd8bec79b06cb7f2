// The stored size (DG) of values as the driver reads them from the origin sample.
import cassandra from 'cassandra-driver';
import { describe, expect, it } from 'vitest';
import { valueSize } from '../../src/estimate/origin.js';
import { dataTypes } from '../../src/scan/types.js';

const t = (code: number, info?: unknown, frozen = false) => ({ code, info, options: { frozen } });

describe('valueSize', () => {
  it('sizes scalars as Keyspaces stores them', () => {
    expect(valueSize('héllo', t(dataTypes.text), false)).toEqual({ bytes: 6, elements: 0 });
    expect(valueSize(Buffer.alloc(10), t(dataTypes.blob), false).bytes).toBe(10);
    expect(valueSize(12345, t(dataTypes.int), false).bytes).toBe(4);
    expect(valueSize(cassandra.types.Long.fromString('1000000'), t(dataTypes.bigint), false).bytes).toBe(2);
    expect(valueSize(null, t(dataTypes.text), false).bytes).toBe(1);
    expect(valueSize(true, t(dataTypes.boolean), false).bytes).toBe(1);
    expect(valueSize(cassandra.types.Uuid.random(), t(dataTypes.uuid), false).bytes).toBe(16);
    expect(valueSize(new Date(), t(dataTypes.timestamp), false).bytes).toBe(8);
  });

  it('counts the elements of a non-frozen collection, and 4 bytes per element of a frozen one', () => {
    const list = t(dataTypes.list, t(dataTypes.text));
    expect(valueSize(['ab', 'cde'], list, true)).toEqual({ bytes: 5, elements: 2 });
    expect(valueSize(['ab', 'cde'], { ...list, options: { frozen: true } }, false)).toEqual({ bytes: 5 + 8, elements: 2 });
    const map = t(dataTypes.map, [t(dataTypes.text), t(dataTypes.int)]);
    expect(valueSize(new Map([['k', 7]]), map, true)).toEqual({ bytes: 1 + 2, elements: 1 });
  });
});
