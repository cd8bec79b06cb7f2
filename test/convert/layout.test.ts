import { describe, expect, it } from 'vitest';
import { parseScript } from '../../src/cql/parse.js';
import { convertSchema } from '../../src/convert/target-schema.js';
import { loadRules } from '../../src/rules/load.js';

const rules = loadRules();
/** Each block of the output after the header: its first line of DDL, or its comment when it is left out. */
const blocksOf = (cql: string): string[] =>
  convertSchema(parseScript(cql).statements, { rules })
    .text.trim()
    .split('\n\n')
    .slice(1)
    .map((b) => b.split('\n').find((l) => !l.startsWith('-- ')) ?? b.slice(0, b.indexOf(' (')));

describe('the order of the target schema', () => {
  it('follows the input: each keyspace where it is first created or used, with its types, tables, then what is left out of it', () => {
    const blocks = blocksOf(
      [
        'CREATE TABLE b.t (id int PRIMARY KEY);',
        'CREATE INDEX ON a.t (v);',
        "CREATE KEYSPACE a WITH replication = {'class': 'SingleRegionStrategy'};",
        'CREATE TABLE a.t (id int PRIMARY KEY, v text);',
        'CREATE TYPE a.u (f int);',
        'CREATE TABLE lonely (id int PRIMARY KEY);',
        'CREATE INDEX ON elsewhere.t (v);',
        "CREATE KEYSPACE b WITH replication = {'class': 'SingleRegionStrategy'};",
      ].join('\n'),
    );
    expect(blocks).toEqual([
      'CREATE KEYSPACE IF NOT EXISTS b WITH replication = {\'class\': \'SingleRegionStrategy\'};',
      'CREATE TABLE IF NOT EXISTS b.t (',
      'CREATE KEYSPACE IF NOT EXISTS a WITH replication = {\'class\': \'SingleRegionStrategy\'};',
      'CREATE TYPE IF NOT EXISTS a.u (',
      'CREATE TABLE IF NOT EXISTS a.t (',
      '-- omitted CREATE INDEX ON a.t',
      '-- omitted table lonely: the input names no keyspace for it',
      '-- omitted CREATE INDEX ON elsewhere.t',
    ]);
  });

  it('writes nothing for a keyspace whose objects were all dropped', () => {
    expect(blocksOf('CREATE TABLE app.sessions (id uuid PRIMARY KEY);\nDROP TABLE app.sessions;')).toEqual([]);
  });
});
