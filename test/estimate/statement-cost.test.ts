// The per-run model against the worked examples quoted in keyspaces-facts.md (§3, §4, §5, §6, §9,
// §10, §16) and the Developer Guide's row-size example.
import { describe, expect, it } from 'vitest';
import { mixedWriteUnits, readUnits, ttlDeleteUnits, writeUnits } from '../../src/keyspaces/metering.js';
import { schema } from './helpers.js';

const DDL = `
CREATE KEYSPACE app WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 3};
CREATE TABLE app.kv (k int PRIMARY KEY, v text);
CREATE TABLE app.big (k int PRIMARY KEY, v text);
CREATE TABLE app.sessions (id text PRIMARY KEY, data text) WITH default_time_to_live = 3600;
CREATE TABLE app.carts (user int, item int, owner text STATIC, note text, PRIMARY KEY (user, item));
CREATE TABLE app.events (pk text, ck int, value text, kind text, PRIMARY KEY (pk, ck));
CREATE TABLE mykeyspace.mytable (pk_col1 int, pk_col2 int, ck_col1 int, ck_col2 int, reg_col1 int, PRIMARY KEY ((pk_col1, pk_col2), ck_col1, ck_col2));
`;

const text = (n: number): string => `'${'x'.repeat(n)}'`;

describe('write units per run', () => {
  it('meters a 3-row logged batch at 6 WCU and the same rows unlogged at 3 (§5)', () => {
    const s = schema(DDL);
    const rows = [1, 2, 3].map((k) => `INSERT INTO app.kv (k, v) VALUES (${k}, ${text(900)});`).join('\n');
    const logged = s.cost(`BEGIN BATCH\n${rows}\nAPPLY BATCH`);
    expect(logged.charges).toEqual([expect.objectContaining({ table: 'app.kv', write: 6 })]);
    expect(logged.write).toMatchObject({ logged: true, unloggedUnits: 3 });
    const unlogged = s.cost(`BEGIN UNLOGGED BATCH\n${rows}\nAPPLY BATCH`);
    expect(unlogged.charges[0]!.write).toBe(3);
  });

  it('meters a 2 KB row at 2 WCU and an INSERT of a 2,500-byte text value at 3 (§16)', () => {
    const s = schema(DDL);
    expect(writeUnits(2048)).toBe(2);
    expect(s.cost(`INSERT INTO app.kv (k, v) VALUES (1, ${text(2000)})`).charges[0]!.write).toBe(2);
    expect(s.cost(`INSERT INTO app.kv (k, v) VALUES (1, ${text(2500)})`).charges[0]!.write).toBe(3);
  });

  it('sizes the Developer Guide example row at 31 bytes metered, 131 stored', () => {
    const s = schema(DDL);
    const c = s.cost('INSERT INTO mykeyspace.mytable (pk_col1, pk_col2, ck_col1, ck_col2, reg_col1) values(1,2,3,4,5)');
    expect(c.write!.bytes).toBe(31);
    // Stored, a row adds 100 bytes of row metadata.
    const stored = schema(DDL, { 'mykeyspace.mytable': { rows: 1, partitions: 1, rowBytes: c.write!.bytes } });
    expect(stored.model('mykeyspace.mytable').storageBytes).toBe(131);
  });

  it('meters a write of static and regular columns as 2 × WCU(non-static) + 2 × WCU(static): 25.5 KB + 1.5 KB → 56 (§10)', () => {
    expect(mixedWriteUnits(25.5 * 1024, 1.5 * 1024)).toBe(56);
    const s = schema(DDL);
    const c = s.cost(`INSERT INTO app.carts (user, item, owner, note) VALUES (1, 2, ${text(1500)}, ${text(26_080)})`);
    expect(c.charges[0]!.write).toBe(2 * 26 + 2 * 2);
    expect(c.write).toMatchObject({ mixedStatic: 1, splitUnits: 26 + 2 });
    // Only one kind of column: a plain write.
    expect(s.cost(`UPDATE app.carts SET owner = ${text(100)} WHERE user = 1`).charges[0]!.write).toBe(1);
  });

  it('charges a failed condition for the row it meets: 2 KB row → 2 WCU, absent row → 1 WCU (§4)', () => {
    const s = schema(DDL, { 'app.big': { rowBytes: 2048 }, 'app.sessions': { rowBytes: 2048 } });
    const ifNotExists = s.cost(`INSERT INTO app.big (k, v) VALUES (1, 'a') IF NOT EXISTS`);
    expect(ifNotExists.charges[0]).toMatchObject({ write: 1, failedWrite: 2, failedRead: 0 });
    expect(ifNotExists.write!.lwt).toBe('if-not-exists');
    const ifExists = s.cost(`UPDATE app.big SET v = 'b' WHERE k = 1 IF EXISTS`);
    expect(ifExists.charges[0]).toMatchObject({ failedWrite: 1, failedRead: 0 });
    // On a TTL table without client-side timestamps a failed IF [NOT] EXISTS also reads: the row's size, or 1 when absent.
    expect(s.cost(`INSERT INTO app.sessions (id, data) VALUES ('a', 'b') IF NOT EXISTS`).charges[0]).toMatchObject({ failedWrite: 2, failedRead: 1 });
    expect(s.cost(`UPDATE app.sessions SET data = 'b' WHERE id = 'a' IF EXISTS`).charges[0]).toMatchObject({ failedWrite: 1, failedRead: 1 });
  });

  it('bills TTL deletes per started KB of the expiring row: 2.5 KB → 3, 3.5 KB → 4 (§9)', () => {
    expect(ttlDeleteUnits(2.5 * 1024)).toBe(3);
    expect(ttlDeleteUnits(3.5 * 1024)).toBe(4);
    const s = schema(DDL);
    // A row of about 2.5 KB written with a TTL, and one written to a table with a default TTL.
    expect(s.cost(`INSERT INTO app.kv (k, v) VALUES (1, ${text(2550)}) USING TTL 600`).charges[0]!.ttlDeletes).toBe(3);
    expect(s.cost(`INSERT INTO app.sessions (id, data) VALUES ('s', ${text(3550)})`).charges[0]!.ttlDeletes).toBe(4);
    expect(s.cost(`INSERT INTO app.kv (k, v) VALUES (1, 'a')`).charges[0]!.ttlDeletes).toBe(0);
    expect(s.cost(`INSERT INTO app.sessions (id, data) VALUES ('s', 'a') USING TTL 0`).charges[0]!.ttlDeletes).toBe(0);
  });
});

describe('read units per run', () => {
  it('meters an 8 KB row at 2 RRU at LOCAL_QUORUM and 1 at LOCAL_ONE (§3, §16)', () => {
    expect(readUnits(8192, 'strong')).toBe(2);
    expect(readUnits(8192, 'eventual')).toBe(1);
    const s = schema(DDL, { 'app.big': { rowBytes: 8192 } });
    const c = s.cost('SELECT * FROM app.big WHERE k = ?');
    expect(c.read).toMatchObject({ path: 'point', subqueries: 1, bytesRead: 8192 });
    expect(c.charges[0]).toMatchObject({ readStrong: 2, readEventual: 1 });
  });

  it('runs one read per IN value on the key (§6)', () => {
    const s = schema(DDL, { 'app.big': { rowBytes: 100 } });
    const c = s.cost('SELECT * FROM app.big WHERE k IN (1, 2, 3)');
    expect(c.read!.subqueries).toBe(3);
    expect(c.charges[0]!.readStrong).toBe(3);
  });

  it('bills a full scan on the data read plus one unit per empty storage partition: 3 rows in one partition → 3 + 3 = 6 RRU (§6)', () => {
    const s = schema(DDL, { 'app.events': { rows: 3, partitions: 1, rowBytes: 4000 } });
    const c = s.cost("SELECT * FROM app.events WHERE kind = 'a' ALLOW FILTERING");
    expect(c.read).toMatchObject({ path: 'scan', bytesRead: 12_000, emptyStoragePartitions: 3, filterColumns: ['kind'] });
    expect(c.charges[0]!.readStrong).toBe(6);
    expect(c.charges[0]!.readEventual).toBe(1.5 + 1.5);
    expect(c.assumptions).toContain('selectivity-unknown');
  });

  it('estimates what a filter returns from the distinct values of the filtered column', () => {
    const s = schema(DDL, { 'app.events': { rows: 100_000, partitions: 1000, rowBytes: 200, columns: { kind: { distinct: 40 } } } });
    const c = s.cost('SELECT * FROM app.events WHERE kind = ? ALLOW FILTERING');
    expect(c.read!.bytesRead).toBe(100_000 * 200);
    expect(c.read!.rowsReturned).toBe(2500);
    expect(c.read!.bytesRead / c.read!.bytesReturned!).toBe(40);
    expect(c.charges[0]!.readStrong).toBe(Math.ceil(20_000_000 / 4096));
  });

  it('reads a whole partition when only the partition key is given, up to LIMIT', () => {
    const s = schema(DDL, { 'app.events': { rows: 1000, partitions: 10, rowBytes: 500 } });
    expect(s.cost('SELECT * FROM app.events WHERE pk = ?').read).toMatchObject({ path: 'partition', bytesRead: 100 * 500 });
    expect(s.cost('SELECT * FROM app.events WHERE pk = ? LIMIT 5').read).toMatchObject({ bytesRead: 5 * 500 });
  });

  it('counts a scan of a table of unknown size as one 1 MB page, and says so', () => {
    const s = schema(DDL);
    const c = s.cost('SELECT * FROM app.events');
    expect(c.read!.bytesRead).toBe(1024 * 1024);
    expect(c.charges[0]!.readStrong).toBe(256);
    expect(c.assumptions).toContain('rows-unknown');
  });
});
