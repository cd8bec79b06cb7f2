/**
 * Issue 13 item 5: Cassandra's own keyspaces and tables, as `DESCRIBE FULL SCHEMA` dumps include
 * them, are flagged — one finding per statement — and never written into the Keyspaces schema.
 */
import { describe, expect, it } from 'vitest';
import { auditSources } from '../../src/audit/audit.js';
import { parseScript } from '../../src/cql/parse.js';
import { convertSchema } from '../../src/convert/target-schema.js';
import { EXAMPLE_NOW } from '../../src/rules/examples.js';
import { loadRules } from '../../src/rules/load.js';

/** What DESCRIBE FULL SCHEMA prints, in short: an application keyspace, then Cassandra's own. */
const dump = [
  "CREATE KEYSPACE shop WITH replication = {'class': 'SingleRegionStrategy'};",
  'CREATE TABLE shop.orders (id int PRIMARY KEY, status text);',
  "CREATE KEYSPACE system WITH replication = {'class': 'LocalStrategy'} AND durable_writes = true;",
  "CREATE TABLE system.available_ranges (keyspace_name text PRIMARY KEY, ranges set<blob>) WITH compaction = {'class': 'SizeTieredCompactionStrategy'} AND gc_grace_seconds = 0;",
  "CREATE KEYSPACE system_schema WITH replication = {'class': 'LocalStrategy'} AND durable_writes = true;",
  "CREATE TABLE system_schema.dropped_columns (keyspace_name text, table_name text, column_name text, dropped_time timestamp, PRIMARY KEY (keyspace_name, table_name, column_name)) WITH caching = {'keys': 'ALL'};",
  "CREATE KEYSPACE system_auth WITH replication = {'class': 'SimpleStrategy', 'replication_factor': '1'} AND durable_writes = true;",
  "CREATE TABLE system_auth.roles (role text PRIMARY KEY, can_login boolean, salted_hash text) WITH gc_grace_seconds = 7776000 AND compression = {'chunk_length_in_kb': '16'};",
  "CREATE KEYSPACE system_distributed WITH replication = {'class': 'SimpleStrategy', 'replication_factor': '3'};",
  "CREATE KEYSPACE system_traces WITH replication = {'class': 'SimpleStrategy', 'replication_factor': '2'};",
  'CREATE TABLE system_traces.sessions (session_id uuid PRIMARY KEY, duration int);',
].join('\n');

const rules = loadRules();

describe('Cassandra system keyspaces in a schema dump', () => {
  it('each system statement gets exactly one finding: KS1802 for system/system_schema, KS1801 for the keyspaces Keyspaces lacks', () => {
    const findings = auditSources([{ file: 'full.cql', text: dump }], { now: EXAMPLE_NOW, suppressions: false }).findings;
    const byLine = new Map<number, string[]>();
    for (const f of findings) byLine.set(f.line, [...(byLine.get(f.line) ?? []), f.ruleId]);
    expect(Object.fromEntries([...byLine].filter(([line]) => line >= 3))).toEqual({
      3: ['KS1802'],
      4: ['KS1802'],
      5: ['KS1802'],
      6: ['KS1802'],
      7: ['KS1801'],
      8: ['KS1801'],
      9: ['KS1801'],
      10: ['KS1801'],
      11: ['KS1801'],
    });
    const system = findings.find((f) => f.line === 3)!;
    expect(system.message).toMatch(/^system is a system keyspace; Amazon Keyspaces keeps its system keyspaces .* read-only/);
    expect(findings.find((f) => f.line === 7)!.message).toMatch(/^Keyspace system_auth does not exist in Amazon Keyspaces/);
  });

  it('reads of the system keyspaces Keyspaces has, and the partitioner update, stay unflagged', () => {
    const text = "SELECT partitioner FROM system.local WHERE key = 'local';\nSELECT * FROM system_schema.tables;\nUPDATE system.local SET partitioner = 'org.apache.cassandra.dht.Murmur3Partitioner' WHERE key = 'local';";
    const findings = auditSources([{ file: 'q.cql', text }], { now: EXAMPLE_NOW, suppressions: false }).findings;
    expect(findings.filter((f) => f.rule === 'read-only-system-keyspace' || f.rule === 'cassandra-system-keyspace')).toEqual([]);
  });

  it('--emit-target-schema writes none of them, saying why once per keyspace', () => {
    const out = convertSchema(parseScript(dump).statements, { rules });
    expect(out.text).toContain('CREATE KEYSPACE IF NOT EXISTS shop');
    expect(out.text).toContain('CREATE TABLE IF NOT EXISTS shop.orders');
    const written = out.text.split('\n').filter((l) => !l.startsWith('--'));
    expect(written.filter((l) => /\bsystem\w*[.\s]/.test(l))).toEqual([]);
    const notes = out.text.split('\n').filter((l) => l.startsWith('-- omitted keyspace system'));
    expect(notes.map((l) => l.split(' (')[0])).toEqual([
      '-- omitted keyspace system with its table available_ranges',
      '-- omitted keyspace system_schema with its table dropped_columns',
      '-- omitted keyspace system_auth with its table roles',
      '-- omitted keyspace system_distributed',
      '-- omitted keyspace system_traces with its table sessions',
    ]);
    expect(notes[0]).toContain('(KS1802 read-only-system-keyspace)');
    expect(notes[2]).toContain('(KS1801 cassandra-system-keyspace)');
    expect(out.keyspaces).toBe(1);
    expect(out.tables).toBe(1);
  });
});
