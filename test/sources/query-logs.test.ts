import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/sources/query-logs/detect.js';
import { statementShape } from '../../src/sources/query-logs/shape-scanner.js';
import { summarizeQueryLog } from '../../src/sources/query-logs/summary.js';
import { repoRoot } from '../helpers/cli.js';
import { queryLogLines } from '../../bench/generate.js';
import { parseScript } from '../../src/cql/parse.js';

const fixture = (p: string): string => `${repoRoot}fixtures/query-logs/${p}`;

describe('statementShape', () => {
  it.each([
    ["SELECT * FROM ks.t WHERE id = 5b6962dd-3f90-4c93-8f61-eabfa4a803e2 AND x IN (1, -2, 3.5e10) LIMIT 10;", 'select * from ks.t where id = ? and x in (?, ?, ?) limit ?'],
    ["select * from KS.T where id=abcdef01-3f90-4c93-8f61-eabfa4a803e2 and x in (1,2,3) limit 10", 'select * from ks.t where id = ? and x in (?, ?, ?) limit ?'],
    ["INSERT INTO t (a, \"B\", c) VALUES ('it''s; here', 0xCAFE, true) USING TTL 3600 AND TIMESTAMP 1700000000000000 -- note", 'insert into t (a, "B", c) values (?, ?, ?) using ttl ? and timestamp ?'],
    ['UPDATE t SET d = 1h30m, e = e - 1, f = :val WHERE k = :key /* c */', 'update t set d = ?, e = e - ?, f = ? where k = ?'],
    ['SELECT a - 1, b FROM t WHERE k = ? AND t1 > -5 AND f = NaN', 'select a - ?, b from t where k = ? and t1 > ? and f = ?'],
    ["INSERT INTO t (k, m, l) VALUES (1, {'a': 1.5, 'b': -2}, [0x01, 0x02])", 'insert into t (k, m, l) values (?, {? : ?, ? : ?}, [?, ?])'],
    ["CREATE FUNCTION f (a int) RETURNS NULL ON NULL INPUT RETURNS int LANGUAGE java AS $$ return a; $$", 'create function f (a int) returns null on null input returns int language java as ?'],
  ])('%s', (input, shape) => {
    expect(statementShape(input)).toBe(shape);
  });

  it('keeps distinct statements distinct', () => {
    expect(statementShape('SELECT a FROM t WHERE k = 1')).not.toBe(statementShape('SELECT b FROM t WHERE k = 1'));
    expect(statementShape('SELECT a FROM t WHERE k IN (1, 2)')).not.toBe(statementShape('SELECT a FROM t WHERE k IN (1, 2, 3)'));
    expect(statementShape('SELECT "A" FROM t')).not.toBe(statementShape('SELECT a FROM t'));
  });
});

describe('detectFormat', () => {
  it('recognises each format', () => {
    expect(detectFormat('user:cassandra|host:127.0.0.1:7000|source:/127.0.0.1|port:5|timestamp:1|type:SELECT|category:QUERY|operation:SELECT 1')).toBe('audit');
    expect(detectFormat('INFO  [n] 2026 user:app|host:h|source:/1|port:1|timestamp:1|type:USE_KEYSPACE|category:OTHER|operation:USE ks')).toBe('audit');
    expect(detectFormat('Type: single-query\nQuery start time: 1\n')).toBe('fql');
    expect(detectFormat('{"query":"SELECT 1"}\n')).toBe('jsonl');
    expect(detectFormat('time,consistency,query\n1,ONE,"SELECT"\n')).toBe('csv');
    expect(detectFormat('SELECT * FROM t;\nSELECT 1;\n')).toBe('lines');
    expect(detectFormat('{ not json at all\n')).toBe('lines');
  });
});

describe('summarizeQueryLog', () => {
  it('folds a plain log into shapes with counts and first lines', async () => {
    const s = await summarizeQueryLog(fixture('lines/app.log'));
    expect(s.format).toBe('lines');
    expect(s.records).toBe(7);
    expect(s.shapes.map((x) => [x.shape, x.count, x.firstLine])).toEqual([
      ['select * from shop.orders where customer_id = ?', 3, 2],
      ['insert into shop.sessions (session_id, customer_id) values (?, ?) using ttl ?', 2, 7],
      ['update shop.orders set status = ? where customer_id = ? and order_id in (?, ?)', 1, 4],
      ['select count (*) from shop.orders where status = ? allow filtering', 1, 9],
    ]);
    expect(s.shapes[1]!.example).toBe("INSERT INTO shop.sessions (session_id, customer_id) VALUES ('t-1', 5b6962dd-3f90-4c93-8f61-eabfa4a803e2) USING TTL 600;");
  });

  it('reads fqltool dump output, rebuilding batches and multi-line queries', async () => {
    const s = await summarizeQueryLog(fixture('fql/dump.txt'));
    expect(s.format).toBe('fql');
    expect(s.records).toBe(4);
    expect(s.shapes.map((x) => [x.count, x.firstLine])).toEqual([[2, 1], [1, 19], [1, 33]]);
    expect(s.shapes[1]!.example).toBe(
      'BEGIN UNLOGGED BATCH\n  INSERT INTO shop.orders (customer_id, order_id, status) VALUES (?, ?, ?) IF NOT EXISTS;\n  UPDATE shop.page_views SET views = views + 1 WHERE page = ? AND day = ?;\nAPPLY BATCH',
    );
    expect(s.shapes[2]!.shape).toBe('select name, email from shop.customers where id = ?');
    expect(s.skippedCount).toBe(0);
  });

  it('reads CSV exports with keyspace and consistency columns', async () => {
    const s = await summarizeQueryLog(fixture('csv/export.csv'));
    expect(s.format).toBe('csv');
    expect(s.records).toBe(4);
    const update = s.shapes.find((x) => x.shape.startsWith('update'))!;
    expect(update).toMatchObject({ count: 2, keyspace: 'shop', consistencies: { QUORUM: 1, ONE: 1 } });
    const multiLine = s.shapes.find((x) => x.shape.startsWith('select name'))!;
    expect(multiLine.consistencies).toEqual({ LOCAL_ONE: 1 });
  });

  it('reads JSON lines, reporting lines it cannot use', async () => {
    const s = await summarizeQueryLog(fixture('jsonl/export.jsonl'));
    expect(s.format).toBe('jsonl');
    expect(s.records).toBe(3);
    expect(s.shapes.find((x) => x.shape.startsWith('select'))!.consistencies).toEqual({ LOCAL_QUORUM: 1, SERIAL: 1 });
    expect(s.skippedCount).toBe(2);
    expect(s.skipped.map((x) => x.line)).toEqual([4, 5]);
  });

  it('reads audit log entries, multi-line operations and keyspaces; skips auth and prepare records', async () => {
    const log = [
      'INFO  [Native-Transport-Requests-1] 2026-11-24 07:00:00,000 FileAuditLogger.java:51 - user:anonymous|host:127.0.0.1:7000|source:/127.0.0.1|port:40000|timestamp:1763967600000|type:LOGIN_SUCCESS|category:AUTH|operation:LOGIN SUCCESSFUL',
      'user:app|host:127.0.0.1:7000|source:/127.0.0.1|port:40000|timestamp:1763967600001|type:PREPARE_STATEMENT|category:PREPARE|ks:shop|operation:SELECT * FROM orders WHERE customer_id = ?',
      'user:app|host:127.0.0.1:7000|source:/127.0.0.1|port:40000|timestamp:1763967600002|type:SELECT|category:QUERY|ks:shop|scope:orders|operation:SELECT * FROM orders WHERE customer_id = ?',
      'user:app|host:127.0.0.1:7000|source:/127.0.0.1|port:40000|timestamp:1763967600003|type:SELECT|category:QUERY|ks:shop|scope:orders|operation:SELECT *',
      '  FROM orders WHERE customer_id = ?',
      'user:app|host:127.0.0.1:7000|source:/127.0.0.1|port:40000|timestamp:1763967600004|type:TRUNCATE|category:DDL|ks:shop|scope:sessions|operation:TRUNCATE sessions;',
    ].join('\n');
    const s = await summarizeQueryLog(Readable.from([log]));
    expect(s.format).toBe('audit');
    expect(s.records).toBe(3);
    expect(s.shapes.map((x) => [x.shape, x.count, x.firstLine, x.keyspace])).toEqual([
      ['select * from orders where customer_id = ?', 2, 3, 'shop'],
      ['truncate sessions', 1, 6, 'shop'],
    ]);
  });

  it.each(['file-audit-logger.log', 'auditlogviewer.txt'])(
    'reads a real Cassandra 5.0 audit log (%s, regenerated by scripts/generate-audit-log-samples.ts)',
    async (name) => {
      const s = await summarizeQueryLog(fixture(`audit/${name}`));
      expect(s.format).toBe('audit');
      expect(s.skippedCount).toBe(0);
      // 4 inserts (2 plain, 2 in an unlogged batch), 2 executions of a prepared select, a multi-line select, an LWT, a TRUNCATE;
      // PREPARE records and the node's other log lines are passed over.
      expect(s.records).toBe(9);
      expect(s.shapes.map((x) => [x.shape, x.count, x.keyspace])).toEqual([
        ['insert into shop.orders (customer_id, order_id, status) values (?, now (), ?)', 4, 'shop'],
        ['select * from shop.orders where customer_id = ?', 2, 'shop'],
        ['select status from shop.orders where customer_id = ?', 1, 'shop'],
        ['update shop.orders set status = ? where customer_id = ? and order_id = ? if exists', 1, 'shop'],
        ['truncate shop.orders', 1, 'shop'],
      ]);
      expect(s.shapes[2]!.example).toBe('SELECT status\n  FROM shop.orders\n  WHERE customer_id = 5b6962dd-3f90-4c93-8f61-eabfa4a803e2');
    },
  );

  it('folds a large generated log (50,000 lines) into its templates, each shape one parseable statement', async () => {
    const lines = [...queryLogLines(50_000, 120, 20, 7)].join('\n');
    const s = await summarizeQueryLog(Readable.from([lines]), { format: 'lines' });
    expect(s.records).toBe(50_000);
    expect(s.shapes.reduce((n, x) => n + x.count, 0)).toBe(50_000);
    // Every template is one shape whatever its literals; a few rare templates may not occur at all.
    expect(s.shapes.length).toBeGreaterThan(100);
    expect(s.shapes.length).toBeLessThanOrEqual(120);
    for (const shape of s.shapes) expect(parseScript(shape.example).errors).toEqual([]);
  });

  it('stays within the shape limit, counting what it could not fold', async () => {
    const lines = Array.from({ length: 50 }, (_, i) => `SELECT c${i} FROM t WHERE k = ${i}`).join('\n');
    const s = await summarizeQueryLog(Readable.from([lines]), { format: 'lines', maxShapes: 10 });
    expect(s.shapes).toHaveLength(10);
    expect(s.overflow).toBe(40);
  });
});
