import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReplayInput, ReplayInputCollector, scriptStatements } from '../../src/verify/replay-input.js';

describe('replay input: shapes and their statements', () => {
  it('folds statements into SELECT shapes, keeping distinct statements up to the cap, and counts the rest', () => {
    const c = new ReplayInputCollector(2);
    const add = (text: string, line: number, keyspace?: string, values?: Buffer[]): string => c.add({ text, line, keyspace, values });
    expect(add("SELECT * FROM ks.t WHERE k = 'a'", 1)).toBe('kept');
    expect(add("select *   from ks.t where k = 'a'", 2)).toBe('kept'); // same shape, different text
    expect(add("SELECT * FROM ks.t WHERE k = 'a'", 3)).toBe('counted'); // same statement again
    expect(add("SELECT * FROM ks.t WHERE k = 'b'", 4)).toBe('counted'); // over the cap
    expect(add('SELECT * FROM t WHERE k = ?', 5, 'ks', [Buffer.from('a')])).toBe('kept');
    expect(add('SELECT * FROM t WHERE k = ?', 6, 'ks', [Buffer.from('b')])).toBe('kept'); // other values
    expect(add('SELECT * FROM t WHERE k = ?', 7, 'ks', [Buffer.from('a')])).toBe('counted');
    expect(add('SELECT * FROM t WHERE k = ?', 8, 'other')).toBe('kept'); // another keyspace, another shape
    expect(add("INSERT INTO ks.t (k) VALUES ('a')", 9)).toBe('skipped');
    expect(add("INSERT INTO ks.t (k) VALUES ('b')", 10)).toBe('skipped');
    expect(add('UPDATE ks.t SET v = 1 WHERE k = 2', 11)).toBe('skipped');
    expect(add('  ', 12)).toBe('empty');
    const r = c.result();
    expect(r.shapes.map((s) => [s.shape, s.keyspace, s.count, s.firstLine, s.statements.map((x) => x.line)])).toEqual([
      ['select * from ks.t where k = ?', undefined, 4, 1, [1, 2]],
      ['select * from t where k = ?', 'ks', 3, 5, [5, 6]],
      ['select * from t where k = ?', 'other', 1, 8, [8]],
    ]);
    expect(r.skipped).toEqual({ statements: 3, shapes: 2, byKind: { insert: 1, update: 1 } });
  });

  it('counts new shapes past the limit as overflow', () => {
    const c = new ReplayInputCollector(5, 1);
    c.add({ text: 'SELECT a FROM ks.t', line: 1 });
    expect(c.add({ text: 'SELECT b FROM ks.t', line: 2 })).toBe('overflow');
    expect(c.result().overflow).toBe(1);
  });

  it('reads a script with USE, cqlsh prompts and statements that do not parse', () => {
    const { statements, unparsable } = scriptStatements(
      ['USE shop;', "SELECT * FROM orders WHERE id = 1;", 'SELEC oops;', 'cqlsh:shop> SELECT * FROM other.t', '   ... WHERE k = ?;', 'USE "Other";', 'SELECT 1 FROM t;'].join('\n'),
    );
    expect(statements.map((s) => [s.text, s.keyspace, s.line])).toEqual([
      ['SELECT * FROM orders WHERE id = 1', 'shop', 2],
      ['SELECT * FROM other.t\n       WHERE k = ?', 'shop', 4],
      ['SELECT 1 FROM t', 'Other', 7],
    ]);
    expect(unparsable).toBe(1);
  });
});

describe('readReplayInput', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ksmig-replay-input-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads .cql files as scripts and other files as query logs of any format', async () => {
    const cql = join(dir, 'q.cql');
    await writeFile(cql, 'USE ks;\nSELECT * FROM t WHERE k = 1;\nINSERT INTO t (k) VALUES (2);\n');
    const fromScript = await readReplayInput(cql);
    expect(fromScript.format).toBe('cql');
    expect(fromScript.shapes.map((s) => [s.shape, s.keyspace])).toEqual([['select * from t where k = ?', 'ks']]);
    expect(fromScript.skipped.statements).toBe(1);

    const audit = join(dir, 'audit.log');
    await writeFile(
      audit,
      [
        'user:app|host:10.0.0.1:7000|source:/10.0.0.9|port:50000|timestamp:1700000000000|type:SELECT|category:QUERY|ks:ks|scope:t|operation:SELECT * FROM t WHERE k = 1',
        'user:app|host:10.0.0.1:7000|source:/10.0.0.9|port:50000|timestamp:1700000000001|type:SELECT|category:QUERY|ks:ks|scope:t|operation:SELECT * FROM t WHERE k = 2',
        'user:app|host:10.0.0.1:7000|source:/10.0.0.9|port:50000|timestamp:1700000000002|type:UPDATE|category:DML|ks:ks|scope:t|operation:UPDATE t SET v = 1 WHERE k = 1',
      ].join('\n'),
    );
    const fromLog = await readReplayInput(audit);
    expect(fromLog.format).toBe('audit');
    expect(fromLog.shapes).toHaveLength(1);
    expect(fromLog.shapes[0]).toMatchObject({ shape: 'select * from t where k = ?', keyspace: 'ks', count: 2 });
    expect(fromLog.shapes[0]!.statements.map((s) => s.text)).toEqual(['SELECT * FROM t WHERE k = 1', 'SELECT * FROM t WHERE k = 2']);
    expect(fromLog.skipped).toMatchObject({ statements: 1, byKind: { update: 1 } });

    const jsonl = join(dir, 'export.jsonl');
    await writeFile(jsonl, '{"query": "SELECT * FROM ks.t WHERE k = 3", "consistency": "LOCAL_ONE"}\nnot json\n');
    const fromJson = await readReplayInput(jsonl);
    expect(fromJson.format).toBe('jsonl');
    expect(fromJson.shapes[0]!.statements[0]!.text).toBe('SELECT * FROM ks.t WHERE k = 3');
    expect(fromJson.unreadable).toBe(1);
  });
});
