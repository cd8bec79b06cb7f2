import { describe, expect, it } from 'vitest';
import { CqlLexer } from '../../src/cql/generated/CqlLexer.js';
import type { Statement } from '../../src/cql/ast/nodes.js';
import { needsQuoting, printStatement } from '../../src/cql/ast/print.js';
import { withoutRanges } from '../../src/cql/ast/ranges.js';
import { parseScript } from '../../src/cql/parse.js';

/** Every keyword of the lexer that is a plain word (`'SELECT'` → `select`). */
const keywords = CqlLexer.literalNames
  .map((n) => (n ?? '').replaceAll("'", '').toLowerCase())
  .filter((w) => /^[a-z][a-z_]*$/.test(w));

const parseOne = (cql: string): Statement | undefined => {
  const { statements, errors } = parseScript(cql);
  return errors.length === 0 && statements.length === 1 ? statements[0] : undefined;
};

describe('needsQuoting agrees with the grammar', () => {
  it('covers the lexer keywords', () => {
    expect(keywords.length).toBeGreaterThan(150);
    expect(keywords).toContain('select');
    expect(keywords).toContain('ttl');
  });

  it.each(keywords)('%s as a column name', (word) => {
    const bare = parseOne(`CREATE TABLE t (k int PRIMARY KEY, ${word} int)`);
    expect(bare === undefined, `bare ${word} ${bare === undefined ? 'fails' : 'parses'}`).toBe(needsQuoting(word));
  });

  it.each(['true', 'false'])('%s (a literal) must be quoted', (word) => {
    expect(parseOne(`CREATE TABLE t (k int PRIMARY KEY, ${word} int)`)).toBeUndefined();
    expect(needsQuoting(word)).toBe(true);
  });
});

describe('printing names', () => {
  it.each([
    ['"Select"', 'CREATE TABLE "Select" (\n    "Key" int PRIMARY KEY\n)'],
    ['"a""b"', 'CREATE TABLE "a""b" (\n    "Key" int PRIMARY KEY\n)'],
    ['"x y"', 'CREATE TABLE "x y" (\n    "Key" int PRIMARY KEY\n)'],
    ['"lower"', 'CREATE TABLE "lower" (\n    "Key" int PRIMARY KEY\n)'],
    ['MixedCase', 'CREATE TABLE mixedcase (\n    "Key" int PRIMARY KEY\n)'],
  ])('table %s', (name, expected) => {
    const stmt = parseOne(`create table ${name} ("Key" int primary key)`);
    expect(stmt && printStatement(stmt)).toBe(expected);
  });

  it('quotes a hand-built user type named like a native type, so it still reads as a user type', () => {
    const stmt = parseOne('CREATE TABLE t (k int PRIMARY KEY, v frozen<"text">)');
    expect(stmt && printStatement(stmt)).toContain('v frozen<"text">');
  });

  it('keeps the keyword function names token() and count(*) bare', () => {
    const stmt = parseOne('select count(*), token(k) from t where token(k) > token(?)');
    expect(stmt && printStatement(stmt)).toBe('SELECT count(*), token(k) FROM t WHERE token(k) > token(?)');
  });

  it('writes quoted role and user names as strings', () => {
    const stmt = parseOne(`create user 'Bob' with password 'x'`);
    expect(stmt && printStatement(stmt)).toBe(`CREATE USER 'Bob' WITH PASSWORD 'x'`);
    const role = parseOne(`grant "Admins" to 'Bob'`);
    expect(role && printStatement(role)).toBe(`GRANT 'Admins' TO 'Bob'`);
  });
});

describe('printing literals faithfully', () => {
  it.each([
    `SELECT * FROM t WHERE a = 'it''s' AND b = $$it's$$`,
    'SELECT * FROM t WHERE a = -12 AND b = 1.5e-3 AND c = NaN AND d = -Infinity AND e = 0xcafe',
    'SELECT * FROM t WHERE a = 123e4567-e89b-12d3-a456-426614174000 AND b = 1h30m AND c = P1Y2M AND d = true AND e = null',
  ])('%s', (cql) => {
    const stmt = parseOne(cql);
    expect(stmt && printStatement(stmt)).toBe(cql);
  });

  it('keeps a negated number and a negative literal apart', () => {
    const stmt = parseOne('SELECT * FROM t WHERE a = - 1 AND b = -1');
    expect(stmt && printStatement(stmt)).toBe('SELECT * FROM t WHERE a = - 1 AND b = -1');
    const where = stmt?.kind === 'Select' ? stmt.where : [];
    expect(where.map((r) => (r.kind === 'Relation' ? r.right?.kind : r.kind))).toEqual(['Negation', 'Literal']);
  });

  it('prints `c = c -1` (one negative integer token) as the subtraction Cassandra reads', () => {
    const stmt = parseOne('UPDATE t SET c = c -1 WHERE k = 1');
    expect(stmt && printStatement(stmt)).toBe('UPDATE t SET c = c - 1 WHERE k = 1');
    const again = parseOne('UPDATE t SET c = c - 1 WHERE k = 1');
    expect(withoutRanges(again)).toEqual(withoutRanges(stmt));
  });
});

describe('stable option order', () => {
  it('prints replication and durable_writes first, then the rest alphabetically, whatever the source order', () => {
    const a = parseOne(
      "CREATE KEYSPACE k WITH durable_writes = true AND replication = {'class': 'SimpleStrategy', 'replication_factor': 1}",
    );
    expect(a && printStatement(a)).toBe(
      "CREATE KEYSPACE k WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1} AND durable_writes = true",
    );
    const t = parseOne("CREATE TABLE t (k int PRIMARY KEY) WITH gc_grace_seconds = 0 AND comment = 'c' AND CLUSTERING ORDER BY (k ASC)");
    expect(t && printStatement(t)).toBe(
      "CREATE TABLE t (\n    k int PRIMARY KEY\n) WITH CLUSTERING ORDER BY (k ASC)\n    AND comment = 'c'\n    AND gc_grace_seconds = 0",
    );
  });
});
