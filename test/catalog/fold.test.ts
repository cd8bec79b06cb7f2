import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/build.js';
import { sessionStatements } from '../../src/catalog/session.js';
import { printStatement } from '../../src/cql/ast/print.js';
import { parseScript } from '../../src/cql/parse.js';

function sourcesOf(scripts: string[]) {
  return scripts.map((text, i) => {
    const { statements, errors } = parseScript(text);
    expect(errors).toEqual([]);
    return { file: `s${i}.cql`, statements };
  });
}
const catalogOf = (scripts: string[]) => buildCatalog(sourcesOf(scripts));

describe('catalog: each object as one CREATE statement after every ALTER (ddl)', () => {
  it('folds ALTER TABLE into the definition, keeping column order, key and clustering order', () => {
    const c = catalogOf([
      `CREATE TABLE k.t (id int, c int, a text, m text MASKED WITH DEFAULT, PRIMARY KEY (id, c)) WITH CLUSTERING ORDER BY (c DESC) AND comment = 'x' AND COMPACT STORAGE;
       ALTER TABLE k.t ADD (b int, s text static);
       ALTER TABLE k.t ADD a int;
       ALTER TABLE k.t DROP b;
       ALTER TABLE k.t RENAME c TO cc;
       ALTER TABLE k.t WITH gc_grace_seconds = 10 AND comment = 'y';
       ALTER TABLE k.t ALTER m DROP MASKED;
       ALTER TABLE k.t DROP COMPACT STORAGE;`,
    ]);
    const t = c.tables.get('k.t')!;
    expect(printStatement(t.ddl)).toBe(
      'CREATE TABLE k.t (\n    id int,\n    cc int,\n    a text,\n    m text,\n    s text STATIC,\n    PRIMARY KEY (id, cc)\n) WITH CLUSTERING ORDER BY (cc DESC)\n    AND comment = \'y\'\n    AND gc_grace_seconds = 10',
    );
    // The rules' view is read from the same definition: the renamed column keeps its place and role.
    expect([...t.columns.values()].map((col) => `${col.name}:${col.role}:${col.type.kind === 'NativeType' ? col.type.name : col.type.kind}`)).toEqual([
      'id:partition:int',
      'cc:clustering:int',
      'a:regular:text',
      'm:regular:text',
      's:static:text',
    ]);
    expect(t.clustering).toEqual(['cc']);
    // Fixes edit the statement as written.
    expect(t.definition?.statement.columns.map((col) => col.name.text)).toEqual(['id', 'c', 'a', 'm']);
  });

  it('folds ALTER KEYSPACE properties and ALTER TYPE into their definitions', () => {
    const c = catalogOf([
      `CREATE KEYSPACE k WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1} AND durable_writes = false;
       ALTER KEYSPACE k WITH replication = {'class': 'NetworkTopologyStrategy', 'us-east-1': 3, 'eu-west-1': 3};
       CREATE TYPE k.addr (street text, zip int);
       ALTER TYPE k.addr ADD city text;
       ALTER TYPE k.addr RENAME zip TO postcode;
       ALTER TYPE k.addr ADD street int;`,
    ]);
    expect(printStatement(c.keyspaces.get('k')!.ddl)).toBe(
      "CREATE KEYSPACE k WITH replication = {'class': 'NetworkTopologyStrategy', 'us-east-1': 3, 'eu-west-1': 3} AND durable_writes = false",
    );
    expect(c.multiRegion('k')).toBe(true);
    const type = c.findType('k', 'addr')!;
    expect(type.ddl.fields.map((f) => f.name.text)).toEqual(['street', 'postcode', 'city']);
    expect([...type.fields.keys()]).toEqual(['street', 'postcode', 'city']);
    expect(type.fields.get('street')).toMatchObject({ kind: 'NativeType', name: 'text' });
  });

  it('keeps the first definition when an object is created again (Cassandra refuses the second CREATE)', () => {
    const c = catalogOf([
      `CREATE KEYSPACE k WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1};
       CREATE TABLE k.t (id int PRIMARY KEY, a text);
       CREATE TYPE k.u (a int);`,
      `CREATE KEYSPACE k WITH replication = {'class': 'NetworkTopologyStrategy', 'us-east-1': 3, 'eu-west-1': 3};
       CREATE TABLE k.t (id int PRIMARY KEY, b text);
       CREATE TABLE IF NOT EXISTS k.t (id int PRIMARY KEY, c text);
       CREATE TYPE k.u (b int);`,
    ]);
    expect(c.multiRegion('k')).toBe(false);
    expect([...c.tables.get('k.t')!.columns.keys()]).toEqual(['id', 'a']);
    expect(c.tables.get('k.t')!.definedIn).toEqual({ file: 's0.cql', line: 2 });
    expect([...c.findType('k', 'u')!.fields.keys()]).toEqual(['a']);
  });

  it('drops the types of a dropped keyspace, and types the input names no keyspace for', () => {
    const c = catalogOf([
      `CREATE TYPE k.a (f int);
       CREATE TYPE other.b (f int);
       DROP KEYSPACE k;
       CREATE TYPE lone (f int);
       CREATE TYPE kept (f int);
       DROP TYPE lone;`,
    ]);
    expect([...c.types.values()].map((t) => `${t.keyspace}.${t.name}`)).toEqual(['other.b', '.kept']);
  });

  it('numbers the statements that created each object across sources (ordinal)', () => {
    const c = catalogOf(['CREATE TABLE k.t (id int PRIMARY KEY);\nCREATE TYPE k.u (f int);', "CREATE KEYSPACE k WITH replication = {'class': 'SingleRegionStrategy'};"]);
    expect([c.tables.get('k.t')!.ordinal, c.findType('k', 'u')!.ordinal, c.keyspaces.get('k')!.ordinal]).toEqual([0, 1, 2]);
  });
});

describe('sessionStatements', () => {
  it('gives each statement the keyspace of the last USE in its own source, and its ordinal across sources', () => {
    const out = [...sessionStatements(sourcesOf(['USE a;\nSELECT * FROM t;\nUSE b;\nSELECT * FROM t;', 'SELECT * FROM t;']))];
    expect(out.map((s) => [s.statement.kind, s.keyspace, s.at.file, s.at.statementIndex, s.ordinal])).toEqual([
      ['Use', 'a', 's0.cql', 0, 0],
      ['Select', 'a', 's0.cql', 1, 1],
      ['Use', 'b', 's0.cql', 2, 2],
      ['Select', 'b', 's0.cql', 3, 3],
      ['Select', undefined, 's1.cql', 0, 4],
    ]);
  });
});
