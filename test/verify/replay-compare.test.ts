import cassandra from 'cassandra-driver';
import { describe, expect, it } from 'vitest';
import type { ColumnType } from '../../src/scan/table-shape.js';
import { dataTypes } from '../../src/scan/types.js';
import {
  compareResultSets,
  IN_ORDER_EXPLANATION,
  limitExplanation,
  pagingExplanation,
  tokenOrderExplanation,
  type ComparePlan,
  type ReplayResultSet,
} from '../../src/verify/replay-compare.js';
import { latencyOf, percentile } from '../../src/verify/latency.js';

const int: ColumnType = { code: dataTypes.int };
const text: ColumnType = { code: dataTypes.text };
const decimal: ColumnType = { code: dataTypes.decimal };
const columns: ReplayResultSet['columns'] = [
  { name: 'k', type: int },
  { name: 'c', type: int },
  { name: 'v', type: text },
];
const rs = (rows: unknown[][], pages = 1, cols: ReplayResultSet['columns'] = columns): ReplayResultSet => ({ columns: cols, rows, pages });
const plan = (order: ComparePlan['order'], extra: Partial<ComparePlan> = {}): ComparePlan => ({ order, limited: false, allowFiltering: false, ...extra });
const rows = [
  [1, 1, 'a'],
  [1, 2, 'b'],
  [2, 1, 'c'],
];
const S = 'SELECT * FROM ks.t WHERE k IN (2, 1)';

describe('comparing whole results', () => {
  it('matches equal results, typed (decimals by value)', () => {
    expect(compareResultSets(rs(rows), rs(rows.map((r) => [...r])), plan('ordered'), S)).toEqual({ outcome: 'match' });
    const d = [{ name: 'd', type: decimal }];
    const a = rs([[cassandra.types.BigDecimal.fromString('1.50')]], 1, d);
    const b = rs([[cassandra.types.BigDecimal.fromString('1.5')]], 1, d);
    expect(compareResultSets(a, b, plan('ordered'), S)).toEqual({ outcome: 'match' });
  });

  it('requires the same order where CQL defines it, and shows the first differing rows', () => {
    const swapped = [rows[1], rows[0], rows[2]] as unknown[][];
    const r = compareResultSets(rs(rows), rs(swapped), plan('ordered'), 'SELECT * FROM ks.t WHERE k = 1');
    expect(r.outcome).toBe('mismatch');
    expect(r.outcome === 'mismatch' && r.diff).toBe(
      [
        'SELECT * FROM ks.t WHERE k = 1',
        '  rows: origin 3, target 3; first difference at row 1 (CQL defines this order)',
        '- {"k":1,"c":1,"v":"a"}',
        '+ {"k":1,"c":2,"v":"b"}',
        '  differs in: c, v',
        '- {"k":1,"c":2,"v":"b"}',
        '+ {"k":1,"c":1,"v":"a"}',
        '  differs in: c, v',
      ].join('\n'),
    );
  });

  it('names the changed columns of a changed row, and shows rows only one side has', () => {
    const changed = [rows[0], [1, 2, 'B'], rows[2]] as unknown[][];
    const r = compareResultSets(rs(rows), rs(changed), plan('ordered'), 'S');
    expect(r.outcome === 'mismatch' && r.diff.split('\n').slice(1)).toEqual([
      '  rows: origin 3, target 3; first difference at row 2 (CQL defines this order)',
      '- {"k":1,"c":2,"v":"b"}',
      '+ {"k":1,"c":2,"v":"B"}',
      '  differs in: v',
    ]);
    const shorter = compareResultSets(rs(rows), rs(rows.slice(0, 2)), plan('ordered'), 'S');
    expect(shorter.outcome === 'mismatch' && shorter.diff.split('\n').slice(1)).toEqual([
      '  rows: origin 3, target 2; first difference at row 3 (CQL defines this order)',
      '- {"k":2,"c":1,"v":"c"}',
    ]);
  });

  it('explains an IN result in another order, and reports one with other rows', () => {
    const inListOrder = [rows[2], rows[0], rows[1]] as unknown[][];
    expect(compareResultSets(rs(rows), rs(inListOrder), plan('in-list'), S)).toEqual({ outcome: 'explained', explanations: [IN_ORDER_EXPLANATION] });
    const other = [rows[2], rows[0], [1, 2, 'x']] as unknown[][];
    const r = compareResultSets(rs(rows), rs(other), plan('in-list'), S);
    expect(r.outcome === 'mismatch' && r.diff).toBe(
      [
        S,
        '  rows: origin 3, target 3; 1 only on the origin, 1 only on the target (compared as a multiset: IN results, in any order)',
        '- {"k":1,"c":2,"v":"b"}',
        '+ {"k":1,"c":2,"v":"x"}',
      ].join('\n'),
    );
  });

  it('compares rows of several partitions as a multiset, counting duplicates', () => {
    const reversed = [...rows].reverse();
    const partitioners = { origin: 'org.apache.cassandra.dht.Murmur3Partitioner', target: 'com.amazonaws.cassandra.DefaultPartitioner' };
    expect(compareResultSets(rs(rows), rs(reversed), plan('token', { partitioners }), 'S')).toEqual({
      outcome: 'explained',
      explanations: [tokenOrderExplanation(partitioners)],
    });
    expect(tokenOrderExplanation(partitioners)).toContain('(origin Murmur3Partitioner, target DefaultPartitioner)');
    const doubled = compareResultSets(rs([rows[0], rows[0]] as unknown[][]), rs([rows[0], rows[1]] as unknown[][]), plan('token'), 'S');
    expect(doubled.outcome).toBe('mismatch');
  });

  it('explains other rows under a LIMIT over several partitions only when the partitioners differ and the counts agree', () => {
    const a = rs(rows.slice(0, 2));
    const b = rs(rows.slice(1, 3));
    const differ = { origin: 'org.apache.cassandra.dht.Murmur3Partitioner', target: 'org.apache.cassandra.dht.RandomPartitioner' };
    expect(compareResultSets(a, b, plan('token', { limited: true, partitioners: differ }), 'S')).toEqual({ outcome: 'explained', explanations: [limitExplanation(differ)] });
    const same = { origin: differ.origin, target: differ.origin };
    expect(compareResultSets(a, b, plan('token', { limited: true, partitioners: same }), 'S').outcome).toBe('mismatch');
    expect(compareResultSets(a, b, plan('token', { limited: false, partitioners: differ }), 'S').outcome).toBe('mismatch');
  });

  it('explains the same rows in another number of pages (Keyspaces pages by bytes read)', () => {
    expect(compareResultSets(rs(rows, 1), rs(rows, 4), plan('token', { allowFiltering: true }), 'S')).toEqual({
      outcome: 'explained',
      explanations: [pagingExplanation(1, 4, true)],
    });
    expect(pagingExplanation(1, 4, true)).toContain('ALLOW FILTERING');
  });

  it('reports different columns, and matches columns by name whatever their order', () => {
    const other = [columns[0]!, columns[1]!, { name: 'w', type: text }];
    const r = compareResultSets(rs(rows), rs(rows, 1, other), plan('ordered'), 'S');
    expect(r.outcome === 'mismatch' && r.diff).toBe('S\n  the columns differ\n- columns ["k","c","v"]\n+ columns ["k","c","w"]');
    const reordered = [columns[2]!, columns[0]!, columns[1]!];
    expect(compareResultSets(rs(rows), rs(rows.map(([k, c, v]) => [v, k, c]), 1, reordered), plan('ordered'), 'S')).toEqual({ outcome: 'match' });
  });

  it('compares a converted column through the copy’s adapter (duration stored as text)', () => {
    const origin = rs([[cassandra.types.Duration.fromString('1h30m')]], 1, [{ name: 'd', type: { code: dataTypes.duration } }]);
    const target = rs([['1h30m']], 1, [{ name: 'd', type: text }]);
    expect(compareResultSets(origin, target, plan('ordered'), 'S')).toEqual({ outcome: 'match' });
  });
});

describe('latency percentiles', () => {
  it('uses the nearest rank', () => {
    expect(percentile([], 50)).toBe(0);
    expect(percentile([5], 99)).toBe(5);
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 99)).toBe(99);
    expect(latencyOf([1.234, 2.345, 10.5])).toEqual({ p50: 2.35, p99: 10.5 });
  });
});
