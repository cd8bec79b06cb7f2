import { describe, expect, it } from 'vitest';
import { parseScript } from '../../src/cql/parse.js';
import { looksLikeCqlScript, stripCqlshNoise } from '../../src/sources/describe.js';

const pasted = [
  'cqlsh:shop> DESCRIBE SCHEMA',
  '',
  "CREATE KEYSPACE shop WITH replication = {'class': 'SimpleStrategy', 'replication_factor': '1'}  AND durable_writes = true;",
  '',
  'CREATE TABLE shop.orders (',
  '    id uuid PRIMARY KEY,',
  '    total decimal',
  ') WITH gc_grace_seconds = 864000;',
  '',
  'Warnings :',
  'cqlsh:shop> SELECT * FROM shop.orders',
  '        ... WHERE total > 10 ALLOW FILTERING;',
  '',
  '(0 rows)',
  'cqlsh:shop> CONSISTENCY QUORUM',
].join('\n');

describe('stripCqlshNoise', () => {
  it('blanks prompts and banners but keeps what was typed at a prompt, at its own columns', () => {
    const out = stripCqlshNoise(pasted);
    const lines = out.split('\n');
    expect(lines).toHaveLength(pasted.split('\n').length);
    expect(lines[0]).toBe('            DESCRIBE SCHEMA');
    expect(lines[9]).toBe('');
    expect(lines[10]).toBe('            SELECT * FROM shop.orders');
    expect(lines[11]).toBe('            WHERE total > 10 ALLOW FILTERING;');
    expect(lines[13]).toBe('');
    const { statements, errors } = parseScript(out);
    expect(errors).toEqual([]);
    expect(statements.map((s) => s.kind)).toEqual(['Describe', 'CreateKeyspace', 'CreateTable', 'Select', 'Consistency']);
    const select = statements[3]!;
    expect(select.range.start).toMatchObject({ line: 11, column: 13 });
  });

  it('leaves text without cqlsh lines untouched, and "..." outside a typed statement alone', () => {
    const text = "INSERT INTO t (k, v) VALUES (1, '...');\n   ... not a prompt\n";
    expect(stripCqlshNoise(text)).toBe(text);
  });
});

describe('looksLikeCqlScript', () => {
  it('recognises DESCRIBE output and multi-line scripts', () => {
    expect(looksLikeCqlScript(pasted)).toBe(true);
    expect(looksLikeCqlScript('CREATE TABLE a.t (\n  k int PRIMARY KEY\n);\n')).toBe(true);
  });

  it('does not take query logs for scripts', () => {
    expect(looksLikeCqlScript("SELECT * FROM a.t WHERE k = 1\nINSERT INTO a.t (k) VALUES (2)\nCREATE TABLE a.u (k int PRIMARY KEY)\n")).toBe(false);
    expect(looksLikeCqlScript('user:app|host:10.0.0.1:7000|source:/10.0.0.2|port:5|timestamp:1|type:SELECT|category:QUERY|operation:SELECT * FROM t\n')).toBe(false);
    expect(looksLikeCqlScript('query,consistency\n"SELECT * FROM t",ONE\n')).toBe(false);
    expect(looksLikeCqlScript('Type: single-query\nQuery start time: 1\nQuery: SELECT 1 FROM t\n')).toBe(false);
  });
});
