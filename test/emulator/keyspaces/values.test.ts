import { describe, expect, it } from 'vitest';
import type { Expression, Statement } from '../../../src/cql/ast/nodes.js';
import { bindingsOf, integerValue, valueIdentity, valueSize } from '../../../src/emulator/keyspaces/values.js';
import { parse } from './helpers.js';

/** The VALUES expressions of an INSERT. */
function valuesOf(stmt: Statement): Expression[] {
  if (stmt.kind !== 'Insert') throw new Error('not an insert');
  return stmt.values;
}

describe('values', () => {
  it('numbers bind markers in source order, across batch children', () => {
    const stmt = parse('BEGIN BATCH INSERT INTO t (a, b) VALUES (?, :x); UPDATE t USING TIMESTAMP ? SET b = ? WHERE a = ?; APPLY BATCH');
    const bindings = bindingsOf(stmt, undefined);
    expect([...bindings.markers.values()]).toEqual([0, 1, 2, 3, 4]);
  });

  it('sizes literals as Cassandra encodes them', () => {
    const stmt = parse(
      "INSERT INTO t (a, b, c, d, e, f, g, h, i) VALUES ('héllo', 0xcafe, 123e4567-e89b-12d3-a456-426614174000, true, 42, 42, 1.5, null, [1, 2])",
    );
    const bindings = bindingsOf(stmt, undefined);
    const [s, hex, uuid, bool, int, small, float, nul, list] = valuesOf(stmt);
    const size = (e: Expression | undefined, type?: string) => (e === undefined ? -1 : valueSize(e, bindings, type));
    expect(size(s)).toBe(6);
    expect(size(hex)).toBe(2);
    expect(size(uuid)).toBe(16);
    expect(size(bool)).toBe(1);
    expect(size(int, 'int')).toBe(4);
    expect(size(small, 'smallint')).toBe(2);
    expect(size(int, 'varint')).toBe(1);
    expect(size(int)).toBe(8);
    expect(size(float, 'float')).toBe(4);
    expect(size(nul)).toBe(0);
    expect(size(list)).toBe(16);
  });

  it('sizes bound values by their bytes and reads bound bigints', () => {
    const stmt = parse('INSERT INTO t (a, b) VALUES (?, ?) USING TIMESTAMP ?');
    const ts = Buffer.alloc(8);
    ts.writeBigInt64BE(1_700_000_000_000_000n);
    const bindings = bindingsOf(stmt, [Buffer.alloc(300), null, ts]);
    const [a, b] = valuesOf(stmt);
    expect(a && valueSize(a, bindings)).toBe(300);
    expect(b && valueSize(b, bindings)).toBe(0);
    if (stmt.kind !== 'Insert' || stmt.using?.timestamp === undefined) throw new Error('no timestamp');
    expect(integerValue(stmt.using.timestamp, bindings)).toBe(1_700_000_000_000_000n);
    expect(integerValue(stmt.using.timestamp, bindingsOf(stmt, undefined))).toBeUndefined();
  });

  it('identifies values for row comparisons', () => {
    const stmt = parse("INSERT INTO t (a, b, c) VALUES ('x', ?, 5)");
    const [a, b, c] = valuesOf(stmt);
    const known = bindingsOf(stmt, [Buffer.from([1, 2])]);
    const unknown = bindingsOf(stmt, undefined);
    expect(a && valueIdentity(a, known)).toBe("'x'");
    expect(b && valueIdentity(b, known)).toBe('0x0102');
    expect(b && valueIdentity(b, unknown)).toBe('?0');
    expect(c && valueIdentity(c, known)).toBe('5');
  });
});
