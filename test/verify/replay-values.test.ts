import cassandra from 'cassandra-driver';
import { describe, expect, it } from 'vitest';
import type { ColumnType } from '../../src/scan/table-shape.js';
import { MURMUR3 } from '../../src/scan/tokens.js';
import { dataTypes } from '../../src/scan/types.js';
import { jsonSafe } from '../../src/scan/values.js';
import { parseSelect, planSelect } from '../../src/verify/replay-statement.js';
import { decodeLoggedValues, markerType, SAMPLED_LIMIT, sampledParams } from '../../src/verify/replay-values.js';

const encoder = new (cassandra as unknown as { Encoder: new (v: number, o: object) => { encode(value: unknown, type: unknown): Buffer } }).Encoder(4, {});
const types = new Map<string, ColumnType>([
  ['pk', { code: dataTypes.uuid }],
  ['ck', { code: dataTypes.int }],
  ['v', { code: dataTypes.text }],
  ['tags', { code: dataTypes.set, info: { code: dataTypes.text } }],
  ['m', { code: dataTypes.map, info: [{ code: dataTypes.int }, { code: dataTypes.text }] }],
]);
const keys = { partitionKey: ['pk'], clustering: ['ck'] };
const markersOf = (text: string) => planSelect(parseSelect(text)!, 'ks', keys).markers;

describe('values a log recorded', () => {
  it('decodes each value by the type its marker stands for', () => {
    const id = cassandra.types.Uuid.fromString('5b6962dd-3f90-4c93-8f61-eabfa4a803e2');
    const markers = markersOf('SELECT * FROM t WHERE pk = ? AND ck IN ? AND token(pk) > ? LIMIT ?');
    expect(markerType(markers[1]!, types, MURMUR3)).toEqual({ code: dataTypes.list, info: { code: dataTypes.int } });
    const bytes = [
      encoder.encode(id, { code: dataTypes.uuid }),
      encoder.encode([3, 1], { code: dataTypes.list, info: { code: dataTypes.int } }),
      encoder.encode(cassandra.types.Long.fromString('-42'), { code: dataTypes.bigint }),
      encoder.encode(10, { code: dataTypes.int }),
    ];
    const values = decodeLoggedValues(markers, bytes, types, MURMUR3);
    expect(Array.isArray(values) && values.map(jsonSafe)).toEqual(['5b6962dd-3f90-4c93-8f61-eabfa4a803e2', [3, 1], '-42', 10]);
  });

  it('says why values cannot be used', () => {
    const markers = markersOf('SELECT * FROM t WHERE pk = ? AND ck = ?');
    expect(decodeLoggedValues(markers, [Buffer.alloc(16)], types, MURMUR3)).toBe('the log recorded 1 value for 2 bind markers');
    expect(decodeLoggedValues(markers, [Buffer.alloc(16), undefined], types, MURMUR3)).toBe('value 2 was cut short in the log');
    expect(decodeLoggedValues(markersOf('SELECT * FROM t WHERE nope = ?'), [Buffer.alloc(4)], types, MURMUR3)).toBe('the type of bind marker 1 is not known');
  });
});

describe('values sampled from the origin', () => {
  const rows = [
    { pk: 'p1', ck: 1, tags: ['red'], m: { 7: 'x' }, ksmig_sample_token: 'T1' },
    { pk: 'p2', ck: 2, tags: null, m: null, ksmig_sample_token: 'T2' },
    { pk: 'p3', ck: 3, tags: ['blue'], m: { 9: 'y' }, ksmig_sample_token: 'T3' },
  ];

  it('takes run i from row i, and the k-th value of a column from row i + k', () => {
    const markers = markersOf('SELECT * FROM t WHERE pk IN (?, ?) AND ck = ?');
    expect(sampledParams(markers, rows, 0, types)).toEqual(['p1', 'p2', 1]);
    expect(sampledParams(markers, rows, 2, types)).toEqual(['p3', 'p1', 3]);
  });

  it('gives IN ? two keys, tokens, limits, tuples, collection elements and map keys', () => {
    expect(sampledParams(markersOf('SELECT * FROM t WHERE pk IN ?'), rows, 1, types)).toEqual([['p2', 'p3']]);
    expect(sampledParams(markersOf('SELECT * FROM t WHERE token(pk) > ? LIMIT ?'), rows, 0, types)).toEqual(['T1', SAMPLED_LIMIT]);
    const one = sampledParams(markersOf('SELECT * FROM t WHERE pk = ? AND (ck, v) = ?'), [{ ...rows[0], v: 'a' }], 0, types)!;
    expect(one[1]).toBeInstanceOf(cassandra.types.Tuple);
    expect(jsonSafe(one[1])).toEqual([1, 'a']);
    const pair = sampledParams(markersOf('SELECT * FROM t WHERE pk = ? AND (ck, v) IN ?'), [{ ...rows[0], v: 'a' }], 0, types)!;
    expect(jsonSafe(pair[1])).toEqual([
      [1, 'a'],
      [1, 'a'],
    ]);
    expect(sampledParams(markersOf('SELECT * FROM t WHERE tags CONTAINS ? ALLOW FILTERING'), rows, 0, types)).toEqual(['red']);
    // Maps the driver decodes as objects have text keys: turned back into the key type.
    expect(sampledParams(markersOf('SELECT * FROM t WHERE m CONTAINS KEY ? ALLOW FILTERING'), rows, 2, types)).toEqual([9]);
  });

  it('gives no values when a needed cell is null or a marker cannot be sampled', () => {
    expect(sampledParams(markersOf('SELECT * FROM t WHERE tags CONTAINS ? ALLOW FILTERING'), rows, 1, types)).toBeUndefined();
    expect(sampledParams(markersOf('SELECT blobAsText(?) FROM t'), rows, 0, types)).toBeUndefined();
    expect(sampledParams(markersOf('SELECT * FROM t WHERE pk = ?'), [], 0, types)).toBeUndefined();
  });
});
