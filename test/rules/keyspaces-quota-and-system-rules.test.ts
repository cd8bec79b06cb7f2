// KS1801 (Cassandra-only system keyspaces), KS4017 (multi-Region in GovCloud/China Regions),
// KS5005 (tables per Region, reported once) and KS5009 (concurrent DDL per script), through the
// whole audit as `ksmig audit` runs it.
import { describe, expect, it } from 'vitest';
import { auditSources, type AuditLogShape, type AuditSource } from '../../src/audit/audit.js';
import { loadRules } from '../../src/rules/load.js';

const rules = loadRules();
const NOW = new Date('2026-12-02T00:00:00.000Z');

function findings(ruleId: string, sources: AuditSource[], options: { logShapes?: AuditLogShape[]; ruleOptions?: Record<string, unknown> } = {}) {
  return auditSources(sources, {
    rules,
    now: NOW,
    suppressions: false,
    ...(options.logShapes ? { logShapes: options.logShapes } : {}),
    ...(options.ruleOptions ? { selection: { options: { [ruleId]: options.ruleOptions } } } : {}),
  }).findings.filter((f) => f.ruleId === ruleId);
}

const script = (text: string, file = 'schema.cql'): AuditSource[] => [{ file, text }];
const log = (shape: string, keyspace?: string): AuditLogShape => ({ file: 'queries.log', shape, count: 3, firstLine: 7, ...(keyspace ? { keyspace } : {}) });
const tables = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `CREATE TABLE app.t${from + i} (k int PRIMARY KEY);`).join('\n');

describe('KS5005 too-many-tables', () => {
  it('reports once, at the 257th table, with the number of tables the audit defines', () => {
    const found = findings('KS5005', script(`CREATE KEYSPACE app WITH replication = {'class': 'SingleRegionStrategy'};\n${tables(260)}`));
    expect(found).toHaveLength(1);
    expect(found[0]!.line).toBe(258); // line 1 is the keyspace
    expect(found[0]!.message).toBe(
      'This audit defines 260 tables, more than the 256 tables Amazon Keyspaces allows per Region by default; this CREATE TABLE is table 257, the first past the quota.',
    );
  });

  it('does not report 256 tables', () => {
    expect(findings('KS5005', script(tables(256)))).toEqual([]);
  });

  it('reports once across files, and not again when a table is dropped and another created', () => {
    const found = findings('KS5005', [
      { file: 'a.cql', text: tables(3) },
      { file: 'b.cql', text: `${tables(2, 4)}\nDROP TABLE app.t1;\n${tables(2, 6)}` },
    ], { ruleOptions: { maxTables: 3 } });
    expect(found.map((f) => [f.file, f.line])).toEqual([['b.cql', 1]]);
    expect(found[0]!.message).toContain('defines 6 tables');
    expect(found[0]!.message).toContain('table 4,');
  });

  it('does not count CREATE TABLE IF NOT EXISTS of a table that exists', () => {
    const text = `${tables(2)}\nCREATE TABLE IF NOT EXISTS app.t1 (k int PRIMARY KEY);\nCREATE TABLE IF NOT EXISTS app.t2 (k int PRIMARY KEY);`;
    expect(findings('KS5005', script(text), { ruleOptions: { maxTables: 2 } })).toEqual([]);
  });
});

describe('KS5006 too-many-keyspaces', () => {
  it('reports once, at the first keyspace past the quota, with the number the audit defines', () => {
    const keyspaces = Array.from({ length: 5 }, (_, i) => `CREATE KEYSPACE k${i} WITH replication = {'class': 'SingleRegionStrategy'};`).join('\n');
    const found = findings('KS5006', script(keyspaces), { ruleOptions: { maxKeyspaces: 3 } });
    expect(found.map((f) => f.line)).toEqual([4]);
    expect(found[0]!.message).toContain('defines 5 keyspaces');
    expect(found[0]!.message).toContain('keyspace 4,');
  });
});

describe('KS5009 too-many-concurrent-ddl', () => {
  const ddl = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      ['CREATE TABLE app.t%d (k int PRIMARY KEY);', 'ALTER TABLE app.t%d ADD v text;', 'CREATE TYPE app.u%d (a int);', 'DROP TABLE app.t%d;'][i % 4]!.replace('%d', String(i)),
    ).join('\n');

  it('reports once per script, at the 51st DDL statement', () => {
    const text = `CREATE KEYSPACE app WITH replication = {'class': 'SingleRegionStrategy'};\nINSERT INTO app.x (k) VALUES (1);\n${ddl(59)}`;
    const found = findings('KS5009', script(text));
    expect(found).toHaveLength(1);
    // The keyspace is DDL statement 1, the INSERT on line 2 does not count: the 51st DDL is on line 52.
    expect(found[0]!.line).toBe(52);
    expect(found[0]!.severity).toBe('warning');
    expect(found[0]!.topics).toEqual(['ddl-async', 'limits']);
    expect(found[0]!.message).toContain('This is DDL statement 51 of this script');
    expect(found[0]!.message).toContain('at most 50 DDL operations');
  });

  it('does not report 50 DDL statements, nor two scripts of 30 each', () => {
    expect(findings('KS5009', script(ddl(50)))).toEqual([]);
    expect(findings('KS5009', [{ file: 'a.cql', text: ddl(30) }, { file: 'b.cql', text: ddl(30) }])).toEqual([]);
  });

  it('counts keyspace, table and type DDL only, and takes the threshold from its option', () => {
    const text = [
      "CREATE KEYSPACE k WITH replication = {'class': 'SingleRegionStrategy'};",
      "ALTER KEYSPACE k WITH replication = {'class': 'SingleRegionStrategy'};",
      'SELECT * FROM k.t;',
      'CREATE TABLE k.t (a int PRIMARY KEY);',
      'DROP TYPE IF EXISTS k.u;',
      'DROP KEYSPACE k;',
    ].join('\n');
    expect(findings('KS5009', script(text), { ruleOptions: { maxConcurrentDdl: 5 } })).toEqual([]);
    expect(findings('KS5009', script(text), { ruleOptions: { maxConcurrentDdl: 4 } }).map((f) => f.line)).toEqual([6]);
  });

  it('ignores query logs and prepared statements', () => {
    const shapes = Array.from({ length: 5 }, (_, i) => log(`CREATE TABLE app.l${i} (k int PRIMARY KEY)`));
    expect(findings('KS5009', [], { logShapes: shapes, ruleOptions: { maxConcurrentDdl: 1 } })).toEqual([]);
  });
});

describe('KS1801 cassandra-system-keyspace', () => {
  it.each(['system_traces', 'system_views', 'system_virtual_schema', 'system_auth', 'system_distributed'])('reports %s', (ks) => {
    const found = findings('KS1801', script(`SELECT * FROM ${ks}.t;`));
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('error');
    expect(found[0]!.column).toBe(15);
    expect(found[0]!.message).toBe(
      `Keyspace ${ks} does not exist in Amazon Keyspaces, which has only the system keyspaces system, system_schema, system_schema_mcs and system_multiregion_info.`,
    );
  });

  it('does not report the four system keyspaces Keyspaces has, nor changing the partitioner', () => {
    const text = [
      "SELECT * FROM system.local WHERE key = 'local';",
      'SELECT * FROM system.peers;',
      'SELECT * FROM system.peers_v2;',
      'SELECT * FROM system.size_estimates;',
      'SELECT * FROM system_schema.tables;',
      'SELECT * FROM system_schema_mcs.tables;',
      'SELECT * FROM system_multiregion_info.keyspaces;',
      'USE system_schema;',
      "UPDATE system.local SET partitioner = 'org.apache.cassandra.dht.RandomPartitioner' WHERE key = 'local';",
      'SELECT * FROM "System_Traces".sessions;',
    ].join('\n');
    expect(findings('KS1801', script(text))).toEqual([]);
  });

  it('reports reads, writes, USE, keyspace and table DDL, once per statement and keyspace', () => {
    const text = [
      "ALTER KEYSPACE system_auth WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': 3};",
      "ALTER KEYSPACE system_distributed WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': 3};",
      'USE system_traces;',
      'SELECT * FROM sessions;',
      "INSERT INTO system_distributed.repair_history (keyspace_name) VALUES ('a');",
      "BEGIN BATCH DELETE FROM system_auth.roles WHERE role = 'a'; DELETE FROM system_auth.roles WHERE role = 'b'; DELETE FROM system_views.x WHERE k = 1; APPLY BATCH;",
      'DROP TABLE system_traces.events;',
      'DROP KEYSPACE system_traces;',
      'CREATE TABLE system_auth.extra (k int PRIMARY KEY);',
    ].join('\n');
    expect(findings('KS1801', script(text)).map((f) => [f.line, f.message.split(' ')[1]])).toEqual([
      [1, 'system_auth'],
      [2, 'system_distributed'],
      [3, 'system_traces'],
      [5, 'system_distributed'],
      [6, 'system_auth'],
      [6, 'system_views'],
      [7, 'system_traces'],
      [8, 'system_traces'],
      [9, 'system_auth'],
    ]);
  });

  it('leaves DROP … IF EXISTS, CREATE KEYSPACE and security statements alone', () => {
    const text = [
      'DROP KEYSPACE IF EXISTS system_traces;',
      'DROP TABLE IF EXISTS system_traces.events;',
      'GRANT SELECT ON KEYSPACE system_auth TO app;',
      'GRANT SELECT ON TABLE system_auth.roles TO app;',
    ].join('\n');
    expect(findings('KS1801', script(text))).toEqual([]);
    expect(findings('KS1601', script(text))).toHaveLength(2);
  });

  it('reports query-log shapes, including one run in such a session keyspace', () => {
    const found = findings('KS1801', [], { logShapes: [log('SELECT * FROM system_traces.events WHERE session_id = ?'), log('SELECT * FROM sessions', 'system_traces')] });
    expect(found.map((f) => [f.file, f.line, f.count])).toEqual([
      ['queries.log', 7, 3],
      ['queries.log', 7, 3],
    ]);
  });

  it("skips Cassandra 4.0+ drivers' own metadata reads in query logs, not in scripts", () => {
    const reads = ['SELECT * FROM system_virtual_schema.keyspaces', "SELECT * FROM system_virtual_schema.tables WHERE keyspace_name = 'system_views'", 'SELECT * FROM system_virtual_schema.columns'];
    expect(findings('KS1801', [], { logShapes: reads.map((r) => log(r)) })).toEqual([]);
    expect(findings('KS1801', [], { logShapes: [log('SELECT * FROM system_views.settings')] })).toHaveLength(1);
    expect(findings('KS1801', script(reads.map((r) => `${r};`).join('\n')))).toHaveLength(3);
  });
});

describe('KS4017 multi-region-unsupported-region', () => {
  it('reports every GovCloud or China Region of a NetworkTopologyStrategy map, on CREATE and ALTER', () => {
    const text = [
      "CREATE KEYSPACE a WITH replication = {'class': 'NetworkTopologyStrategy', 'us-gov-west-1': '3', 'us-gov-east-1': '3'};",
      "CREATE KEYSPACE b WITH replication = {'class': 'NetworkTopologyStrategy', 'us-east-1': '3', 'cn-northwest-1': '3'};",
      "ALTER KEYSPACE c WITH replication = {'class': 'NetworkTopologyStrategy', 'cn-north-1': '3', 'cn-northwest-1': '3'};",
    ].join('\n');
    const found = findings('KS4017', script(text));
    // One finding per map, naming every such Region of it.
    expect(found.map((f) => [f.line, f.message.split(':')[0]])).toEqual([
      [1, "'us-gov-west-1', 'us-gov-east-1'"],
      [2, "'cn-northwest-1'"],
      [3, "'cn-north-1', 'cn-northwest-1'"],
    ]);
    expect(found[0]!.help).toBe("In a GovCloud (US) or China Region use {'class': 'SingleRegionStrategy'}, and replicate to other Regions outside Keyspaces if you need to.");
    // They are Region names, so the data-centre rule stays quiet.
    expect(findings('KS4007', script(text))).toEqual([]);
  });

  it('does not report other Regions, other classes or Cassandra data-centre names', () => {
    const text = [
      "CREATE KEYSPACE a WITH replication = {'class': 'NetworkTopologyStrategy', 'us-east-1': '3', 'eu-west-1': '3'};",
      "CREATE KEYSPACE b WITH replication = {'class': 'SingleRegionStrategy'};",
      "CREATE KEYSPACE c WITH replication = {'class': 'NetworkTopologyStrategy', 'cn_dc': '3', 'us-gov': '3'};",
    ].join('\n');
    expect(findings('KS4017', script(text))).toEqual([]);
  });
});
