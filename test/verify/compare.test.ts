import cassandra from 'cassandra-driver';
import { describe, expect, it } from 'vitest';
import { dataTypes } from '../../src/scan/types.js';
import type { ColumnType } from '../../src/scan/table-shape.js';
import { valueAdapter } from '../../src/scan/values.js';
import { canonical, decimalText, differingColumns, valuesEqual } from '../../src/verify/compare.js';

const T = cassandra.types;
const t = (code: number, info?: unknown, frozen?: boolean): ColumnType => ({ code, info, ...(frozen === undefined ? {} : { options: { frozen } }) });

describe('typed value comparison', () => {
  it('compares decimals by value whatever their scale, and varints exactly', () => {
    expect(decimalText('1.50')).toBe('1.5');
    expect(decimalText('100')).toBe('100');
    expect(decimalText('-0.000')).toBe('0');
    expect(decimalText('1.5E+2')).toBe('150');
    expect(decimalText('0.0120')).toBe('0.012');
    expect(valuesEqual(T.BigDecimal.fromString('1.50'), T.BigDecimal.fromString('1.5'), t(dataTypes.decimal))).toBe(true);
    expect(valuesEqual(T.BigDecimal.fromString('1.50'), T.BigDecimal.fromString('1.51'), t(dataTypes.decimal))).toBe(false);
    expect(valuesEqual(T.Integer.fromString('123456789012345678901234567890'), T.Integer.fromString('123456789012345678901234567891'), t(dataTypes.varint))).toBe(false);
  });

  it('takes NaN as NaN and −0 as 0, and nothing else as equal', () => {
    expect(valuesEqual(Number.NaN, Number.NaN, t(dataTypes.double))).toBe(true);
    expect(valuesEqual(-0, 0, t(dataTypes.float))).toBe(true);
    expect(valuesEqual(1.5, 1.25, t(dataTypes.double))).toBe(false);
    expect(valuesEqual(Number.NaN, 0, t(dataTypes.double))).toBe(false);
  });

  it('compares timestamps to the millisecond, blobs by bytes, uuids and durations by identity', () => {
    expect(valuesEqual(new Date(1000), new Date(1000), t(dataTypes.timestamp))).toBe(true);
    expect(valuesEqual(new Date(1000), new Date(1001), t(dataTypes.timestamp))).toBe(false);
    expect(valuesEqual(Buffer.from([1, 2]), Buffer.from([1, 2]), t(dataTypes.blob))).toBe(true);
    expect(valuesEqual(Buffer.alloc(0), null, t(dataTypes.blob))).toBe(false);
    expect(valuesEqual('', null, t(dataTypes.text))).toBe(false);
    const id = T.Uuid.random();
    expect(valuesEqual(id, T.Uuid.fromString(id.toString()), t(dataTypes.uuid))).toBe(true);
    expect(valuesEqual(T.Duration.fromString('1h'), T.Duration.fromString('60m'), t(dataTypes.duration))).toBe(true);
  });

  it('compares sets and maps whatever their order, lists, tuples and vectors in order, UDTs by field', () => {
    const setType = t(dataTypes.set, t(dataTypes.int));
    expect(valuesEqual(new Set([3, 1, 2]), new Set([1, 2, 3]), setType)).toBe(true);
    expect(valuesEqual(new Set([1, 2]), new Set([1, 2, 3]), setType)).toBe(false);
    const mapType = t(dataTypes.map, [t(dataTypes.text), t(dataTypes.decimal)]);
    expect(valuesEqual(new Map([['b', T.BigDecimal.fromString('2.0')], ['a', T.BigDecimal.fromString('1')]]), new Map([['a', T.BigDecimal.fromString('1.00')], ['b', T.BigDecimal.fromString('2')]]), mapType)).toBe(true);
    expect(valuesEqual([1, 2], [2, 1], t(dataTypes.list, t(dataTypes.int)))).toBe(false);
    const tuple = t(dataTypes.tuple, [t(dataTypes.int), t(dataTypes.text)]);
    expect(valuesEqual(new T.Tuple(1, 'a'), new T.Tuple(1, 'a'), tuple)).toBe(true);
    expect(valuesEqual(new T.Tuple(1, 'a'), new T.Tuple(1, 'b'), tuple)).toBe(false);
    const vector: ColumnType = { code: dataTypes.custom, info: [t(dataTypes.float), 2], customTypeName: 'vector' };
    expect(valuesEqual(new T.Vector([1, 2], 'float'), new T.Vector([1, 2], 'float'), vector)).toBe(true);
    const udt = t(dataTypes.udt, { fields: [{ name: 'street', type: t(dataTypes.text) }, { name: 'zip', type: t(dataTypes.int) }] });
    expect(valuesEqual({ street: 'x', zip: 1 }, { zip: 1, street: 'x' }, udt)).toBe(true);
    expect(valuesEqual({ street: 'x', zip: 1 }, { street: 'x', zip: null }, udt)).toBe(false);
    expect(canonical(new Set(['b', 'a']), t(dataTypes.set, t(dataTypes.text)))).toBe('{"a","b"}');
  });

  it('names the differing columns, comparing converted columns through the copy’s own adapters', () => {
    const duration = t(dataTypes.duration);
    const text = t(dataTypes.text);
    const columns = [
      { name: 'd', type: text, adapt: valueAdapter(duration, text) },
      { name: 's', type: t(dataTypes.set, t(dataTypes.int)), adapt: undefined },
      { name: 'n', type: t(dataTypes.int), adapt: undefined },
    ];
    expect(differingColumns([T.Duration.fromString('1h2m'), new Set(), 5], ['1h2m', null, 5], columns)).toEqual([]);
    expect(differingColumns([T.Duration.fromString('1h2m'), new Set([1]), 5], ['1h3m', null, 6], columns)).toEqual(['d', 's', 'n']);
  });
});
