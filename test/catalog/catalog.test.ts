import { describe, expect, it } from 'vitest';
import { parseScript } from '../../src/cql/parse.js';
import { buildCatalog } from '../../src/catalog/build.js';
import type { TargetTableState } from '../../src/catalog/catalog.js';

function catalogOf(scripts: string[], targetTables?: Record<string, TargetTableState>) {
  const sources = scripts.map((text, i) => {
    const { statements, errors } = parseScript(text);
    expect(errors).toEqual([]);
    return { file: `s${i}.cql`, statements };
  });
  return buildCatalog(sources, targetTables);
}

describe('catalog', () => {
  it('records keyspaces, tables, columns with roles, and types, resolving names through USE', () => {
    const c = catalogOf([
      `CREATE KEYSPACE shop WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1};
       USE shop;
       CREATE TYPE address (street text, city text);
       CREATE TABLE orders (customer uuid, day date, id timeuuid, owner text STATIC, total decimal, ship frozen<address>,
                            PRIMARY KEY ((customer), day, id));`,
    ]);
    expect([...c.keyspaces.keys()]).toEqual(['shop']);
    const t = c.tables.get('shop.orders')!;
    expect(t.partitionKey).toEqual(['customer']);
    expect(t.clustering).toEqual(['day', 'id']);
    expect(Object.fromEntries([...t.columns.values()].map((col) => [col.name, col.role]))).toEqual({
      customer: 'partition', day: 'clustering', id: 'clustering', owner: 'static', total: 'regular', ship: 'regular',
    });
    expect(t.definedIn).toEqual({ file: 's0.cql', line: 4 });
    expect(c.findType('shop', 'address')?.fields.has('city')).toBe(true);
  });

  it('USE holds only until the end of its source; a unique unqualified name is still found', () => {
    const c = catalogOf(['USE a; CREATE TABLE t1 (k int PRIMARY KEY);', 'CREATE TABLE b.t2 (k int PRIMARY KEY); CREATE TABLE t3 (k int PRIMARY KEY);']);
    expect([...c.tables.keys()].sort()).toEqual(['a.t1', 'b.t2', 't3']);
    const ref = parseScript('SELECT * FROM t2;').statements[0]!;
    expect(ref.kind === 'Select' && c.findTable(ref.table, undefined)?.id).toBe('b.t2');
  });

  it('turns the TTL feature on from default_time_to_live > 0 or custom_properties, and never off again', () => {
    const c = catalogOf([
      `CREATE TABLE k.a (id int PRIMARY KEY) WITH default_time_to_live = 60;
       CREATE TABLE k.b (id int PRIMARY KEY) WITH default_time_to_live = 0;
       CREATE TABLE k.c (id int PRIMARY KEY) WITH CUSTOM_PROPERTIES = {'ttl': {'status': 'ENABLED'}};
       CREATE TABLE k.d (id int PRIMARY KEY);
       ALTER TABLE k.d WITH CUSTOM_PROPERTIES = {'ttl': {'status': 'enabled'}};
       ALTER TABLE k.a WITH default_time_to_live = 0;`,
    ]);
    expect(['k.a', 'k.b', 'k.c', 'k.d'].map((id) => c.ttlEnabled(id))).toEqual([true, false, true, true]);
  });

  it('client-side timestamps come from custom_properties, the keyspace option, or a multi-Region keyspace', () => {
    const c = catalogOf([
      `CREATE KEYSPACE multi WITH replication = {'class': 'NetworkTopologyStrategy', 'us-east-1': 3, 'eu-west-1': 3};
       CREATE KEYSPACE dcs WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': 3, 'dc2': 3};
       CREATE TABLE multi.t (id int PRIMARY KEY);
       CREATE TABLE dcs.t (id int PRIMARY KEY);
       CREATE TABLE dcs.u (id int PRIMARY KEY) WITH CUSTOM_PROPERTIES = {'client_side_timestamps': {'status': 'enabled'}};`,
    ]);
    expect(['multi.t', 'dcs.t', 'dcs.u'].map((id) => c.clientSideTimestampsEnabled(id))).toEqual([true, false, true]);
  });

  it('follows ALTER TABLE ADD/DROP/RENAME and DROP TABLE/KEYSPACE in order', () => {
    const c = catalogOf([
      `CREATE TABLE k.t (id int PRIMARY KEY, a text, b text);
       ALTER TABLE k.t ADD c int;
       ALTER TABLE k.t DROP a;
       ALTER TABLE k.t RENAME id TO key;
       CREATE TABLE k.gone (id int PRIMARY KEY);
       DROP TABLE k.gone;
       CREATE TABLE other.x (id int PRIMARY KEY);
       CREATE KEYSPACE other WITH replication = {'class': 'SingleRegionStrategy'};
       DROP KEYSPACE other;`,
    ]);
    const t = c.tables.get('k.t')!;
    expect([...t.columns.keys()].sort()).toEqual(['b', 'c', 'key']);
    expect(t.partitionKey).toEqual(['key']);
    expect([...c.tables.keys()]).toEqual(['k.t']);
  });

  it('marks counter tables and counts tables as they are created', () => {
    const script = `CREATE TABLE k.a (id int PRIMARY KEY, n counter); CREATE TABLE k.b (id int PRIMARY KEY, n int);`;
    const { statements } = parseScript(script);
    const c = buildCatalog([{ file: 'x.cql', statements }]);
    expect(c.tables.get('k.a')!.counter).toBe(true);
    expect(c.tables.get('k.b')!.counter).toBe(false);
    expect(statements.map((s) => c.creationCounts.get(s))).toEqual([1, 2]);
  });

  it('user declarations of the target state win and match case-insensitively', () => {
    const c = catalogOf(['CREATE TABLE k.t (id int PRIMARY KEY);'], { 'K.T': { ttl: true, clientSideTimestamps: true } });
    expect(c.ttlEnabled('k.t')).toBe(true);
    expect(c.clientSideTimestampsEnabled('k.t')).toBe(true);
    expect(c.ttlEnabled('k.other')).toBe(false);
  });
});
