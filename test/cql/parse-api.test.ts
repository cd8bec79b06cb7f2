/** The public parse API and the two-stage parse behind it. */
import { describe, expect, it } from 'vitest';
import { parseScript } from '../../src/cql/parse.js';
import { parseTrees } from '../../src/cql/parse-tree.js';

describe('parseScript', () => {
  it('returns the statements that parse and one error per statement that does not', () => {
    const result = parseScript('SELECT a FROM t;\nSELEC b FROM t;\nINSERT INTO t (a) VALUES (1);\nUPDATE t SET;\nUSE ks;');
    expect(result.statements.map((s) => s.kind)).toHaveLength(3);
    expect(result.errors.map((e) => [e.range.start.line, e.range.start.column, e.message])).toEqual([
      [2, 1, "unexpected 'SELEC'; expected a statement"],
      [4, 13, "incomplete statement: expected a column assignment after 'SET'"],
    ]);
  });

  it('puts each error at its token with the statement it belongs to', () => {
    const [error] = parseScript('USE ks;\n  SELECT * FROM t WHERE a = 1 AND;').errors;
    expect(error).toEqual({
      message: "incomplete statement: expected a condition after 'AND'",
      range: { start: { line: 2, column: 34, offset: 41 }, end: { line: 2, column: 34, offset: 41 } },
      statementRange: { start: { line: 2, column: 3, offset: 10 }, end: { line: 2, column: 34, offset: 41 } },
      statementText: 'SELECT * FROM t WHERE a = 1 AND',
    });
  });

  it('counts columns in UTF-16 units after astral characters', () => {
    const [error] = parseScript("INSERT INTO t (a) VALUES ('😀😀') garbage;").errors;
    expect(error?.range.start).toEqual({ line: 1, column: 35, offset: 34 });
    expect(error?.message).toBe("unexpected 'garbage'; expected 'IF', 'USING' or end of statement");
  });

  it('reports lexical errors with their position', () => {
    expect(parseScript("SELECT 'abc FROM t").errors.map((e) => [e.message, e.range.start.column, e.range.end.column])).toEqual([
      ['unterminated string literal', 8, 9],
    ]);
    expect(parseScript('SELECT a FROM t WHERE b = 1 ^ 2;').errors[0]?.message).toBe("unexpected character '^'");
  });

  it('an error inside a batch does not hide the statements after it', () => {
    const result = parseScript('BEGIN BATCH INSERT INTO t (a) VALUES (1) APPLY;\nSELECT * FROM t;\nUSE ks;');
    expect(result.errors).toHaveLength(1);
    expect(result.statements).toHaveLength(2);
  });
});

describe('checks Cassandra makes while parsing', () => {
  const first = (cql: string): string | undefined => parseScript(cql).errors[0]?.message;

  it("a check that stops Cassandra's parse wins over the errors it records and goes on from", () => {
    // frozen<int> is recorded; the second definition of a throws.
    expect(first('CREATE TABLE t (a frozen<int> PRIMARY KEY, a int)')).toBe("column 'a' is defined more than once");
    // A duplicate option is recorded; a column twice in CLUSTERING ORDER BY throws, even later.
    expect(first("CREATE TABLE t (a int, b int, PRIMARY KEY (a, b)) WITH comment = 'x' AND comment = 'y' AND CLUSTERING ORDER BY (b ASC, b DESC)"))
      .toBe("column 'b' appears more than once in CLUSTERING ORDER BY");
    // PASSWORD with HASHED PASSWORD is checked at the end of the statement, after the CIDR builder threw.
    expect(first("CREATE ROLE r WITH PASSWORD = 'a' AND HASHED PASSWORD = 'b' AND ACCESS FROM ALL CIDRS AND ACCESS FROM CIDRS {'x'}"))
      .toBe('ACCESS FROM ALL CIDRS cannot be combined with a list of CIDR groups');
  });

  it('among recorded errors, the first in the statement', () => {
    expect(first("CREATE TABLE t (a frozen<int> PRIMARY KEY) WITH comment = 'x' AND comment = 'y'")).toBe(
      'frozen<> is only allowed on collections, tuples and user-defined types',
    );
  });

  it('the same access form twice is fine, as in Cassandra', () => {
    expect(parseScript("CREATE ROLE r WITH ACCESS FROM CIDRS {'a'} AND ACCESS FROM CIDRS {'b'}").errors).toEqual([]);
    expect(parseScript('ALTER ROLE r WITH ACCESS TO ALL DATACENTERS AND ACCESS TO ALL DATACENTERS').errors).toEqual([]);
  });

  it('checks Cassandra leaves to preparing are not syntax errors', () => {
    for (const cql of ['CREATE TYPE ty (a int, a text)', 'INSERT INTO t (a, a) VALUES (1, 2)', 'SELECT * FROM t WHERE a = :x AND b = :x', 'CREATE TABLE t (a int, PRIMARY KEY (a, a))', 'CREATE TABLE t (a int)']) {
      expect(parseScript(cql).errors, cql).toEqual([]);
    }
  });
});

describe('two-stage parsing', () => {
  it('parses ordinary statements with SLL alone', () => {
    const script = [
      'SELECT json, distinct FROM t WHERE key = 1',
      'INSERT INTO ks.t (a, b) VALUES (?, :b) IF NOT EXISTS USING TTL 1',
      'UPDATE t SET l = [1] + l, c = c + 1, m[?] = 2 WHERE k IN (1, 2) IF EXISTS',
      'GRANT all TO role',
      'DESCRIBE TYPES',
      'CREATE TABLE t (type text, key int, PRIMARY KEY ((key), type)) WITH CLUSTERING ORDER BY (type DESC)',
    ].join(';\n');
    const result = parseTrees(script);
    expect(result.errors).toEqual([]);
    expect(result.trees).toHaveLength(6);
    expect(result.sllFallbacks).toBe(0);
  });

  it('falls back to LL only for statements SLL rejects, and reports them there', () => {
    const result = parseTrees('SELECT * FROM t; SELECT FROM; USE ks;');
    expect(result.sllFallbacks).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.trees).toHaveLength(2);
  });

  it('reads unreserved keywords as names and reserved ones as keywords', () => {
    expect(parseTrees('SELECT ttl, writetime, count, key FROM type').errors).toEqual([]);
    expect(parseTrees('SELECT select FROM t').errors[0]?.message).toMatch(/^unexpected 'SELECT'/);
  });
});
