import { describe, expect, it } from 'vitest';
import type { Select } from '../../../src/cql/ast/nodes.js';
import { encodeLiteral, inListOrder, reorderRows } from '../../../src/emulator/keyspaces/in-order.js';
import { EmulatorState } from '../../../src/emulator/keyspaces/state.js';
import { parse, sampleState, tableState } from './helpers.js';

function select(cql: string): Select {
  const stmt = parse(cql);
  if (stmt.kind !== 'Select') throw new Error('not a select');
  return stmt;
}

const utf8 = (s: string) => Buffer.from(s, 'utf8');

describe('IN-list order', () => {
  it('finds the partition-key IN list with literal or bound values', () => {
    const state = sampleState();
    expect(inListOrder(select("SELECT * FROM app.plain WHERE id IN ('c', 'a', 'b')"), { state })).toEqual({
      column: 'id',
      values: [utf8('c'), utf8('a'), utf8('b')],
    });
    expect(
      inListOrder(select('SELECT * FROM plain WHERE id IN (?, ?)'), { keyspace: 'app', state, values: [utf8('z'), utf8('y')] }),
    ).toEqual({ column: 'id', values: [utf8('z'), utf8('y')] });
    // IN on a clustering column only: Cassandra's order stands.
    expect(inListOrder(select("SELECT * FROM app.plain WHERE id = 'a' AND ck IN ('z', 'y')"), { state })).toBeUndefined();
    expect(inListOrder(select('SELECT * FROM app.plain WHERE id IN ?'), { state })).toBeUndefined();
    const list = (items: string[]) =>
      Buffer.concat([
        Buffer.from([0, 0, 0, items.length]),
        ...items.flatMap((item) => [Buffer.from([0, 0, 0, item.length]), utf8(item)]),
      ]);
    expect(inListOrder(select('SELECT * FROM app.plain WHERE id IN ?'), { state, values: [list(['q', 'p'])] })).toEqual({
      column: 'id',
      values: [utf8('q'), utf8('p')],
    });
    expect(inListOrder(select('SELECT * FROM app.plain WHERE id IN ?'), { state, values: [Buffer.from([0, 0, 0, 2, 0])] })).toBeUndefined();
  });

  it('encodes typed literals as the protocol carries them', () => {
    const state = EmulatorState.open(undefined);
    state.putTable(tableState('nums', { columns: { partitionKey: ['n'], clustering: [], types: { n: 'bigint' } } }));
    const order = inListOrder(select('SELECT * FROM app.nums WHERE n IN (3, 1)'), { state });
    expect(order?.values.map((b) => b.readBigInt64BE(0))).toEqual([3n, 1n]);
    state.putTable(tableState('small', { columns: { partitionKey: ['n'], clustering: [], types: { n: 'int' } } }));
    expect(inListOrder(select('SELECT * FROM app.small WHERE n IN (2147483647, -2147483648)'), { state })?.values).toHaveLength(2);
    expect(inListOrder(select('SELECT * FROM app.small WHERE n IN (1, 2147483648)'), { state })).toBeUndefined();
    const uuid = parse('SELECT * FROM t WHERE id = 123e4567-e89b-12d3-a456-426614174000');
    if (uuid.kind !== 'Select' || uuid.where[0]?.kind !== 'Relation' || uuid.where[0].right === undefined || uuid.where[0].right.kind === 'InList') {
      throw new Error('unexpected shape');
    }
    expect(encodeLiteral(uuid.where[0].right, 'uuid')?.toString('hex')).toBe('123e4567e89b12d3a456426614174000');
  });

  it('reorders rows by their position in the IN list, stably', () => {
    const rows = [
      [utf8('a'), utf8('1')],
      [utf8('b'), utf8('2')],
      [utf8('c'), utf8('3')],
      [utf8('a'), utf8('4')],
      [null, utf8('5')],
    ];
    const ordered = reorderRows(rows, 0, [utf8('c'), utf8('a'), utf8('b')]);
    expect(ordered.map((r) => r[1]?.toString('utf8'))).toEqual(['3', '1', '4', '2', '5']);
  });
});
