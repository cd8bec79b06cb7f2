/**
 * An unterminated string, quoted name, `$$` string or block comment is reported once, at its
 * opening delimiter, and never hides the statements after it: the lexer cuts it where the script
 * plausibly goes on (a `;` ending a line, for strings and quoted names; the next line that begins
 * a statement, for all four) and lexing resumes there.
 */
import { describe, expect, it } from 'vitest';
import { parseScript } from '../../src/cql/parse.js';
import { parseTrees } from '../../src/cql/parse-tree.js';
import { splitScript } from '../../src/cql/split.js';

/** Statement texts that parsed, and the errors as `line:column message`. */
function outcome(script: string): { parsed: string[]; errors: string[] } {
  const result = parseTrees(script);
  return {
    parsed: result.trees.map((t) => t.text),
    errors: result.errors.map((e) => `${e.range.start.line}:${e.range.start.column} ${e.message}`),
  };
}

const BEFORE = 'SELECT a FROM t;';
const AFTER = 'SELECT b FROM u;\nUSE ks;';
const ALL_GOOD = ['SELECT a FROM t', 'SELECT b FROM u', 'USE ks'];

describe('an unterminated token in the middle of a script', () => {
  it('a string: the statements after it still parse', () => {
    expect(outcome(`${BEFORE}\nINSERT INTO t (a) VALUES ('abc);\n${AFTER}`)).toEqual({
      parsed: ALL_GOOD,
      errors: ['2:27 unterminated string literal'],
    });
  });

  it('a quoted name', () => {
    expect(outcome(`${BEFORE}\nSELECT "abc FROM t;\n${AFTER}`)).toEqual({
      parsed: ALL_GOOD,
      errors: ['2:8 unterminated quoted name'],
    });
  });

  it('a $$ string: its `;`s at line ends do not end it, the next statement line does', () => {
    const fn = 'CREATE FUNCTION f (a int) CALLED ON NULL INPUT RETURNS int LANGUAGE java AS $$\n  int b = a + 1;\n  return b;\n$;';
    expect(outcome(`${BEFORE}\n${fn}\n${AFTER}`)).toEqual({
      parsed: ALL_GOOD,
      errors: ['2:77 unterminated $$ string literal'],
    });
  });

  it('a block comment: prose in it does not end it, the next statement line does', () => {
    const comment = '/* a comment that is never closed\n   Update the docs. Select the rows; drop them.\n   Clear\n   -- CREATE TABLE x';
    expect(outcome(`${BEFORE}\n${comment}\n${AFTER}`)).toEqual({
      parsed: ALL_GOOD,
      errors: ['2:1 unterminated comment'],
    });
  });

  it('all four in one script, each reported once', () => {
    const script = [
      BEFORE,
      "INSERT INTO t (a) VALUES ('abc);",
      'SELECT c FROM v;',
      'SELECT "abc FROM t;',
      'SELECT d FROM w;',
      'CREATE FUNCTION f () CALLED ON NULL INPUT RETURNS int LANGUAGE java AS $$ return 1;',
      'SELECT e FROM x;',
      'SELECT a /* comment FROM t;',
      AFTER,
    ].join('\n');
    const result = outcome(script);
    expect(result.errors).toEqual([
      '2:27 unterminated string literal',
      '4:8 unterminated quoted name',
      '6:72 unterminated $$ string literal',
      '8:10 unterminated comment',
    ]);
    expect(result.parsed).toEqual(['SELECT a FROM t', 'SELECT c FROM v', 'SELECT d FROM w', 'SELECT e FROM x', 'SELECT b FROM u', 'USE ks']);
  });

  it('a string continued on the next line ends at the `;` that ends a line', () => {
    expect(outcome("SELECT * FROM t WHERE a = 'abc\n  AND b = 1;\nSELECT 2 FROM t;")).toEqual({
      parsed: ['SELECT 2 FROM t'],
      errors: ['1:27 unterminated string literal'],
    });
    // A comment may follow the `;`.
    expect(outcome("INSERT INTO t (a) VALUES ('abc); -- one value\nSELECT b FROM u;")).toEqual({
      parsed: ['SELECT b FROM u'],
      errors: ['1:27 unterminated string literal'],
    });
  });

  it('inside a batch, the batch is one statement with one error', () => {
    const batch = "BEGIN BATCH\n  INSERT INTO t (a) VALUES (1);\n  UPDATE t SET b = 'x WHERE a = 2;\n  DELETE FROM t WHERE a = 3;\nAPPLY BATCH;";
    expect(outcome(`${batch}\n${AFTER}`)).toEqual({
      parsed: ['SELECT b FROM u', 'USE ks'],
      errors: ['3:20 unterminated string literal'],
    });
  });

  it('keeps positions right after astral characters', () => {
    const result = parseScript("INSERT INTO t (a) VALUES ('😀abc);\nSELECT b FROM u;\n/* 😀 never closed\n  SELECT c FROM v;");
    expect(result.errors.map((e) => [e.message, e.range.start, e.range.end])).toEqual([
      ['unterminated string literal', { line: 1, column: 27, offset: 26 }, { line: 1, column: 28, offset: 27 }],
      ['unterminated comment', { line: 3, column: 1, offset: 52 }, { line: 3, column: 3, offset: 54 }],
    ]);
    expect(result.statements.map((s) => [s.kind, s.range.start, s.range.end])).toEqual([
      ['Select', { line: 2, column: 1, offset: 35 }, { line: 2, column: 16, offset: 50 }],
      ['Select', { line: 4, column: 3, offset: 73 }, { line: 4, column: 18, offset: 88 }],
    ]);
  });

  it('with nothing sensible after it, it still runs to the end', () => {
    expect(outcome("SELECT 'abc FROM t\n  where it goes on\n and on")).toEqual({ parsed: [], errors: ['1:8 unterminated string literal'] });
    expect(outcome('/* never closed\nnot a statement\n')).toEqual({ parsed: [], errors: ['1:1 unterminated comment'] });
  });
});

describe('splitting around an unterminated token', () => {
  it('ends the statement at the token, which stays in it', () => {
    const texts = splitScript("SELECT 'abc\nSELECT b FROM u").statements.map((s) => s.text);
    expect(texts).toEqual(["SELECT 'abc", 'SELECT b FROM u']);
  });

  it('a statement of its own when it comes first', () => {
    const texts = splitScript('/* never closed\nUSE ks').statements.map((s) => s.text);
    expect(texts).toEqual(['/* never closed', 'USE ks']);
  });
});
