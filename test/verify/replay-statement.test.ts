import { describe, expect, it } from 'vitest';
import { parseSelect, planSelect, printForKeyspace, type TableKeys } from '../../src/verify/replay-statement.js';

const keys: TableKeys = { partitionKey: ['pk'], clustering: ['ck', 'ck2'] };
const plan = (text: string, k: TableKeys | null = keys, session?: string) => planSelect(parseSelect(text)!, session, k ?? undefined);

describe('reading a SELECT for replay', () => {
  it('parses only SELECTs', () => {
    expect(parseSelect('SELECT * FROM ks.t')?.kind).toBe('Select');
    expect(parseSelect("INSERT INTO ks.t (k) VALUES (1)")).toBeUndefined();
    expect(parseSelect('SELEC oops')).toBeUndefined();
  });

  it('names the table and keyspace (the statement’s own, else the session’s)', () => {
    expect(plan('SELECT * FROM ks.t WHERE pk = 1', keys, 'other')).toMatchObject({ keyspace: 'ks', table: 't' });
    expect(plan('SELECT * FROM "T" WHERE pk = 1', keys, 'sess')).toMatchObject({ keyspace: 'sess', table: 'T' });
    expect(plan('SELECT * FROM t', keys).keyspace).toBeUndefined();
  });

  it('defines the order: one partition or ORDER BY is ordered; IN on a key column is IN-list; several partitions follow tokens', () => {
    expect(plan('SELECT * FROM ks.t WHERE pk = 1').order).toBe('ordered');
    expect(plan('SELECT * FROM ks.t WHERE pk = 1 AND ck > 3').order).toBe('ordered');
    expect(plan('SELECT * FROM ks.t WHERE pk = 1 ORDER BY ck DESC').order).toBe('ordered');
    expect(plan('SELECT * FROM ks.t WHERE pk IN (1, 2, 3)').order).toBe('in-list');
    expect(plan('SELECT * FROM ks.t WHERE pk IN ?').order).toBe('in-list');
    expect(plan('SELECT * FROM ks.t WHERE pk = 1 AND ck IN (3, 1)').order).toBe('in-list');
    expect(plan('SELECT * FROM ks.t WHERE pk = 1 AND (ck, ck2) IN ((1, 2), (0, 1))').order).toBe('in-list');
    expect(plan('SELECT * FROM ks.t WHERE v IN (1, 2) ALLOW FILTERING').order).toBe('token'); // v is not a key column
    expect(plan('SELECT * FROM ks.t').order).toBe('token');
    expect(plan('SELECT * FROM ks.t WHERE token(pk) > 0 LIMIT 5')).toMatchObject({ order: 'token', limited: true });
    expect(plan('SELECT * FROM ks.t WHERE v = 1 ALLOW FILTERING')).toMatchObject({ order: 'token', allowFiltering: true });
    // Without the table's key, one partition cannot be told: only IN and ORDER BY decide.
    expect(plan('SELECT * FROM ks.t WHERE pk = 1', null).order).toBe('token');
    expect(plan('SELECT * FROM ks.t WHERE anything IN (1, 2)', null).order).toBe('in-list');
    // A composite partition key is one partition only when every part is fixed.
    const composite: TableKeys = { partitionKey: ['a', 'b'], clustering: [] };
    expect(plan('SELECT * FROM ks.t WHERE a = 1 AND b = 2', composite).order).toBe('ordered');
    expect(plan('SELECT * FROM ks.t WHERE a = 1 ALLOW FILTERING', composite).order).toBe('token');
  });

  it('says what every bind marker stands for, in bind order', () => {
    const p = plan(
      'SELECT * FROM ks.t WHERE pk IN (?, :second) AND ck = ? AND (ck2, v) > (?, ?) AND s CONTAINS ? AND m CONTAINS KEY ? AND token(pk) > ? PER PARTITION LIMIT ? LIMIT ? ALLOW FILTERING',
    );
    expect(p.markers).toEqual([
      { kind: 'column', column: 'pk', occurrence: 0 },
      { kind: 'column', column: 'pk', occurrence: 1 },
      { kind: 'column', column: 'ck', occurrence: 0 },
      { kind: 'column', column: 'ck2', occurrence: 0 },
      { kind: 'column', column: 'v', occurrence: 0 },
      { kind: 'element', column: 's' },
      { kind: 'key', column: 'm' },
      { kind: 'token' },
      { kind: 'limit', clause: 'per-partition-limit' },
      { kind: 'limit', clause: 'limit' },
    ]);
    expect(p.boundColumns).toEqual(['pk', 'ck', 'ck2', 'v', 's', 'm']);
    expect(p.bindsToken).toBe(true);
    expect(plan('SELECT * FROM ks.t WHERE pk IN ? AND (ck, ck2) IN ?').markers).toEqual([
      { kind: 'column-list', column: 'pk' },
      { kind: 'tuple-list', columns: ['ck', 'ck2'] },
    ]);
    expect(plan('SELECT * FROM ks.t WHERE pk = 1 AND (ck, ck2) IN (?, ?)').markers).toEqual([
      { kind: 'tuple', columns: ['ck', 'ck2'], occurrence: 0 },
      { kind: 'tuple', columns: ['ck', 'ck2'], occurrence: 1 },
    ]);
    expect(plan('SELECT * FROM ks.t WHERE pk = 1 AND (ck, ck2) IN ((?, 3), (1, ?))').markers).toEqual([
      { kind: 'column', column: 'ck', occurrence: 0 },
      { kind: 'column', column: 'ck2', occurrence: 1 },
    ]);
    expect(plan('SELECT blobAsText(?) FROM ks.t WHERE pk = 1').markers).toEqual([{ kind: 'unknown', where: 'the select list' }]);
    expect(plan("SELECT * FROM ks.t WHERE m[?] = 'x' ALLOW FILTERING").markers).toEqual([{ kind: 'unknown', where: "the WHERE relation `m[?] = 'x'`" }]);
  });

  it('qualifies the table with the keyspace of each side on the tree, never in the text', () => {
    const stmt = parseSelect("SELECT ks, \"ks\".x FROM ks.t WHERE k = 'ks.t' AND ks = ?")!;
    expect(printForKeyspace(stmt, 'ks')).toBe('SELECT ks, "ks".x FROM ks.t WHERE k = \'ks.t\' AND ks = ?');
    expect(printForKeyspace(stmt, 'ks_target')).toBe('SELECT ks, "ks".x FROM ks_target.t WHERE k = \'ks.t\' AND ks = ?');
    const unqualified = parseSelect('SELECT * FROM "Orders" WHERE id = 1')!;
    expect(printForKeyspace(unqualified, 'Shop')).toBe('SELECT * FROM "Shop"."Orders" WHERE id = 1');
    // The parsed tree is left as it was.
    expect(unqualified.table.keyspace).toBeUndefined();
  });
});
