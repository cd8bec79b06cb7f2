/** Statement splitting over the token stream. */
import { describe, expect, it } from 'vitest';
import { splitScript } from '../../src/cql/split.js';

const texts = (script: string): string[] => splitScript(script).statements.map((s) => s.text);

describe('splitScript', () => {
  it('ends statements at top-level semicolons and drops empty ones', () => {
    expect(texts('SELECT a FROM t; SELECT b FROM u;;; ;\n')).toEqual(['SELECT a FROM t', 'SELECT b FROM u']);
    expect(texts(';;')).toEqual([]);
    expect(texts('')).toEqual([]);
    expect(texts('SELECT a FROM t')).toEqual(['SELECT a FROM t']);
  });

  it('keeps semicolons inside strings, $$ bodies and quoted names', () => {
    expect(texts("INSERT INTO t (a) VALUES ('x;y'); SELECT \"a;b\" FROM t;")).toEqual([
      "INSERT INTO t (a) VALUES ('x;y')",
      'SELECT "a;b" FROM t',
    ]);
    const fn = 'CREATE FUNCTION f () CALLED ON NULL INPUT RETURNS int LANGUAGE java AS $$ int a = 1; return a; $$';
    expect(texts(`${fn}; DROP FUNCTION f;`)).toEqual([fn, 'DROP FUNCTION f']);
    expect(texts("SELECT 'it''s; fine' FROM t; USE ks")).toEqual(["SELECT 'it''s; fine' FROM t", 'USE ks']);
  });

  it('ignores semicolons in comments of all three kinds and leaves comments out of the text', () => {
    const script = [
      '-- first; comment',
      'SELECT a FROM t; // trailing; comment',
      '/* block; comment */ SELECT b /* inner; */ FROM u;',
    ].join('\n');
    expect(texts(script)).toEqual(['SELECT a FROM t', 'SELECT b /* inner; */ FROM u']);
  });

  it('keeps a BATCH with its inner semicolons as one statement', () => {
    const batch = "BEGIN BATCH\n  INSERT INTO t (a) VALUES (1);\n  UPDATE t SET b = 'x;' WHERE a = 2;\n  DELETE FROM t WHERE a = 3;\nAPPLY BATCH";
    expect(texts(`${batch};\nSELECT * FROM t;`)).toEqual([batch, 'SELECT * FROM t']);
    expect(texts('BEGIN UNLOGGED BATCH INSERT INTO t (a) VALUES (1); APPLY BATCH; USE ks;')).toEqual([
      'BEGIN UNLOGGED BATCH INSERT INTO t (a) VALUES (1); APPLY BATCH',
      'USE ks',
    ]);
  });

  it('ends an unfinished batch where something other than a batch statement follows', () => {
    expect(texts('BEGIN BATCH INSERT INTO t (a) VALUES (1); SELECT * FROM t;')).toEqual([
      'BEGIN BATCH INSERT INTO t (a) VALUES (1)',
      'SELECT * FROM t',
    ]);
  });

  it('ends cqlsh commands at the end of the line, with or without a semicolon', () => {
    const script = 'CONSISTENCY QUORUM\nSERIAL CONSISTENCY LOCAL_SERIAL\nTRACING ON;\nPAGING 50\nSELECT * FROM t;\nCOPY t TO \'x.csv\'\n  WITH HEADER = true;\nDESCRIBE KEYSPACES\nCLS';
    expect(texts(script)).toEqual([
      'CONSISTENCY QUORUM',
      'SERIAL CONSISTENCY LOCAL_SERIAL',
      'TRACING ON',
      'PAGING 50',
      'SELECT * FROM t',
      "COPY t TO 'x.csv'\n  WITH HEADER = true",
      'DESCRIBE KEYSPACES',
      'CLS',
    ]);
  });

  it('gives 1-based line/column ranges in UTF-16 units, end exclusive', () => {
    const { statements } = splitScript('-- 😀 emoji\nSELECT \'😀\' FROM t;\n  USE ks;');
    expect(statements.map((s) => s.range)).toEqual([
      { start: { line: 2, column: 1, offset: 12 }, end: { line: 2, column: 19, offset: 30 } },
      { start: { line: 3, column: 3, offset: 34 }, end: { line: 3, column: 9, offset: 40 } },
    ]);
    expect(statements[0]!.text).toBe("SELECT '😀' FROM t");
  });

  it('splits a slice range 1..3 into an integer and a range token', () => {
    const { statements } = splitScript('SELECT l[1..3] FROM t');
    expect(statements[0]!.tokens.map((t) => t.text)).toEqual(['SELECT', 'l', '[', '1', '..', '3', ']', 'FROM', 't']);
  });
});
