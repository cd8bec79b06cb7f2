/**
 * Which expected words a syntax error lists: all of them when there are few (a list cut short hid
 * exactly the word the user needed), the ones the offending word looks like a typo of first.
 */
import { describe, expect, it } from 'vitest';
import { joinAlternatives, rankAlternatives } from '../../src/cql/expected.js';
import { parseTrees } from '../../src/cql/parse-tree.js';
import { splitScript } from '../../src/cql/split.js';

const message = (cql: string): string | undefined => parseTrees(cql).errors[0]?.message;

describe('expected words in syntax errors', () => {
  it('lists every relation operator, IN and CONTAINS included', () => {
    expect(message('SELECT * FROM t WHERE a NOT IN (1,2)')).toBe(
      "unexpected 'NOT'; expected '=', '!=', '<', '<=', '>', '>=', 'LIKE', 'IS', 'IN' or 'CONTAINS'",
    );
    expect(message('UPDATE t SET a = 1 WHERE k = 1 IF c NOT IN (1)')).toBe(
      "unexpected 'NOT'; expected '=', '!=', '<', '<=', '>', '>=', 'CONTAINS' or 'IN'",
    );
  });

  it('lists every object kind after CREATE, the misspelt one first', () => {
    expect(message('CREATE TABEL t (a int PRIMARY KEY)')).toBe(
      "unexpected 'TABEL'; expected 'TABLE', 'KEYSPACE', 'TYPE', 'CUSTOM', 'INDEX', 'MATERIALIZED', 'OR', 'FUNCTION', 'AGGREGATE', 'TRIGGER', 'ROLE' or 'USER'",
    );
    expect(message('SELECT * FROM t ORDE BY a')).toBe(
      "unexpected 'ORDE'; expected 'ORDER', 'WHERE', 'GROUP', 'PER', 'LIMIT', 'ALLOW' or end of statement",
    );
    expect(message('CREATE TABLE t (a int, b int, PRIMARY KEY (a, b)) WITH CLUSTERING ORDER BY (b DEC)')).toBe(
      "unexpected 'DEC'; expected 'DESC' or 'ASC'",
    );
  });

  it('moves only literal words, never nouns, and keeps the grammar order otherwise', () => {
    const [stmt] = splitScript('SELECT * FROM t WHERE a LIMT 1').statements;
    const offending = stmt!.tokens[6];
    expect(offending?.text).toBe('LIMT');
    expect(rankAlternatives(["'='", 'a value', "'LIMIT'", "'LIKE'"], offending)).toEqual(["'LIMIT'", "'='", 'a value', "'LIKE'"]);
    expect(rankAlternatives(["'='", "'<'"], undefined)).toEqual(["'='", "'<'"]);
  });

  it('cuts a long list only beyond a dozen words', () => {
    const words = Array.from({ length: 12 }, (_, i) => `'W${i}'`);
    expect(joinAlternatives(words)).toBe(`${words.slice(0, 11).join(', ')} or 'W11'`);
    expect(joinAlternatives([...words, "'W12'"])).toBe(`${words.slice(0, 10).join(', ')} or 3 other words`);
    expect(joinAlternatives(["'A'"])).toBe("'A'");
    expect(joinAlternatives([])).toBe('');
  });
});
