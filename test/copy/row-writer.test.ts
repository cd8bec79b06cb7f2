import cassandra from 'cassandra-driver';
import { describe, expect, it } from 'vitest';
import { RowWriter } from '../../src/copy/row-writer.js';
import type { ColumnShape, TableShape } from '../../src/scan/table-shape.js';
import { dataTypes } from '../../src/scan/types.js';

const col = (name: string, code: number, role: ColumnShape['role'], info?: unknown, frozen?: boolean): ColumnShape => ({
  name,
  type: { code, info, ...(frozen === undefined ? {} : { options: { frozen } }) },
  role,
  multiCell: (role === 'regular' || role === 'static') && [dataTypes.set, dataTypes.map, dataTypes.list].includes(code as never) && frozen !== true,
});
const table = (columns: ColumnShape[]): TableShape => ({
  keyspace: 'ks',
  name: 't',
  columns,
  partitionKey: columns.filter((c) => c.role === 'partition'),
  clustering: columns.filter((c) => c.role === 'clustering'),
  clusteringOrder: columns.filter((c) => c.role === 'clustering').map(() => 'ASC'),
  values: columns.filter((c) => c.role === 'regular' || c.role === 'static'),
  counter: columns.some((c) => c.type.code === dataTypes.counter),
});
/** A scanned row: values at the positions of the writer's select list. */
const row = (values: unknown[]) => ({ get: (i: number) => values[i] }) as unknown as cassandra.types.Row;
const options = { preserveTtl: false, preserveWritetime: false, keyspacesLimits: true, targetTtl: false, targetClientTimestamps: false, now: () => Date.UTC(2026, 11, 6), protocolVersion: 4, encoding: { map: Map, set: Set } };
const long = (n: bigint) => cassandra.types.Long.fromString(n.toString());

describe('RowWriter', () => {
  const shape = table([col('id', dataTypes.int, 'partition'), col('ck', dataTypes.int, 'clustering'), col('st', dataTypes.text, 'static'), col('a', dataTypes.text, 'regular'), col('s', dataTypes.set, 'regular', { code: dataTypes.int })]);

  it('writes each row once, nulls unset, units from the encoded bytes, statics once per partition', () => {
    const writer = new RowWriter(shape, shape, options);
    expect(writer.selectList).toEqual(['"id"', '"ck"', '"st"', '"a"', '"s"']);
    expect(writer.fidelity).toBe('values');
    const first = writer.writes(row([1, 1, 'static', 'x'.repeat(2000), null]));
    expect(first.statements).toHaveLength(1);
    expect(first.statements[0]?.query).toBe('INSERT INTO "ks"."t" ("id", "ck", "st", "a", "s") VALUES (?, ?, ?, ?, ?)');
    expect(first.statements[0]?.params[4]).toBe(cassandra.types.unset);
    expect(first.units).toBe(2);
    expect(first.key()).toEqual({ id: 1, ck: 1 });
    const second = writer.writes(row([1, 2, 'static', 'y', new Set([1])]), first.partition);
    expect(second.partition).toBe(first.partition);
    expect(second.statements[0]?.params[2]).toBe(cassandra.types.unset);
    const other = writer.writes(row([2, 1, 'static', 'y', null]), first.partition);
    expect(other.statements[0]?.params[2]).toEqual(Buffer.from('static'));
  });

  it('groups cells by TTL and writetime, set elements by their own, and clamps writetimes outside the window', () => {
    const writer = new RowWriter(shape, shape, { ...options, preserveTtl: true, preserveWritetime: true, targetTtl: true, targetClientTimestamps: true });
    expect(writer.fidelity).toBe('ttl+writetime');
    expect(writer.selectList).toEqual(['"id"', '"ck"', '"st"', 'TTL("st")', 'WRITETIME("st")', '"a"', 'TTL("a")', 'WRITETIME("a")', '"s"', 'TTL("s")', 'WRITETIME("s")']);
    const now = BigInt(Date.UTC(2026, 11, 6)) * 1000n;
    const w1 = now - 60_000_000n;
    const old = now - 3n * 86_400_000_000n;
    // st and a share TTL 100 and w1; set elements 1 and 2 have their own.
    const writes = writer.writes(row([1, 1, 'S', 100, long(w1), 'A', 100, long(w1), new Set([1, 2]), [null, 50], [long(w1), long(old)]]));
    const queries = writes.statements.map((s) => s.query);
    expect(queries[0]).toBe('INSERT INTO "ks"."t" ("id", "ck", "st", "a", "s") VALUES (?, ?, ?, ?, ?) USING TTL ? AND TIMESTAMP ?');
    expect(queries.filter((q) => q.startsWith('UPDATE "ks"."t" USING TTL ? AND TIMESTAMP ? SET "s" = "s" + ?'))).toHaveLength(2);
    expect(writes.clampedCells).toBe(1);
    const insert = writes.statements[0]?.params ?? [];
    expect(insert.slice(-2)).toEqual([100, long(w1)]);
  });

  it('refuses rows Keyspaces cannot take: partition key over 2,048 bytes, row over 1 MB', () => {
    const blobs = table([col('k', dataTypes.text, 'partition'), col('b', dataTypes.blob, 'regular')]);
    const writer = new RowWriter(blobs, blobs, options);
    expect(writer.writes(row(['k'.repeat(2049), Buffer.from('x')])).refused).toMatch(/partition key of 2049 bytes/);
    expect(writer.writes(row(['k', Buffer.alloc(1_100_000)])).refused).toMatch(/over Keyspaces' 1 MB row limit/);
    expect(writer.writes(row(['k', Buffer.alloc(100)])).refused).toBeUndefined();
    const plain = new RowWriter(blobs, blobs, { ...options, keyspacesLimits: false });
    expect(plain.writes(row(['k', Buffer.alloc(1_100_000)])).refused).toBeUndefined();
  });

  it('copies counters as increments and converts columns the target stores differently', () => {
    const counters = table([col('p', dataTypes.text, 'partition'), col('n', dataTypes.counter, 'regular')]);
    const writer = new RowWriter(counters, counters, options);
    expect(writer.fidelity).toBe('counter');
    expect(writer.writes(row(['/a', long(5n)])).statements[0]?.query).toBe('UPDATE "ks"."t" SET "n" = "n" + ? WHERE "p" = ?');
    const origin = table([col('id', dataTypes.int, 'partition'), col('d', dataTypes.duration, 'regular')]);
    const target = table([col('id', dataTypes.int, 'partition'), col('d', dataTypes.text, 'regular')]);
    const converting = new RowWriter(origin, target, options);
    expect(converting.conversions).toEqual(['d: duration → text']);
    expect(converting.writes(row([1, cassandra.types.Duration.fromString('1h30m')])).statements[0]?.params[1]).toEqual(Buffer.from('1h30m'));
  });
});
