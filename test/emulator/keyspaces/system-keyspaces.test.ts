import { describe, expect, it } from 'vitest';
import { KeyspacesBehaviour } from '../../../src/emulator/keyspaces/behaviour.js';
import type { Decision } from '../../../src/emulator/keyspaces/behaviour.js';
import { Consistency } from '../../../src/emulator/keyspaces/errors.js';
import { cassandraOnlyKeyspaces, checkBatch, checkStatement } from '../../../src/emulator/keyspaces/policy.js';
import type { PolicyContext } from '../../../src/emulator/keyspaces/policy.js';
import { parse, sampleState } from './helpers.js';

const now = Date.UTC(2026, 10, 24, 8, 0, 0);

function context(overrides: Partial<PolicyContext> = {}): PolicyContext {
  return { keyspace: 'app', state: sampleState(), now, ddlDelayMs: 0, ...overrides };
}

const check = (cql: string, overrides: Partial<PolicyContext> = {}) => checkStatement(parse(cql), context(overrides));
const missing = (keyspace: string) => `Keyspace ${keyspace} does not exist`;

describe("Cassandra's system keyspaces that Keyspaces does not have", () => {
  it('lists exactly the five of keyspaces-facts §14', () => {
    expect([...cassandraOnlyKeyspaces].sort()).toEqual(['system_auth', 'system_distributed', 'system_traces', 'system_views', 'system_virtual_schema']);
  });

  const refused: [string, string][] = [
    ['SELECT session_id, request, started_at FROM system_traces.sessions', 'system_traces'],
    ["SELECT * FROM system_traces.events WHERE session_id = 6f1ff3d0-0f5a-11ee-be56-0242ac120002", 'system_traces'],
    ['SELECT * FROM system_views.clients', 'system_views'],
    ['SELECT * FROM system_virtual_schema.tables', 'system_virtual_schema'],
    ["SELECT * FROM system_auth.roles WHERE role = 'cassandra'", 'system_auth'],
    ['SELECT * FROM system_distributed.repair_history', 'system_distributed'],
    ['SELECT * FROM "system_traces".sessions', 'system_traces'],
    ["INSERT INTO system_distributed.view_build_status (keyspace_name, view_name, host_id, status) VALUES ('a', 'b', uuid(), 'x')", 'system_distributed'],
    ["UPDATE system_auth.roles SET can_login = false WHERE role = 'r'", 'system_auth'],
    ["DELETE FROM system_auth.roles WHERE role = 'r'", 'system_auth'],
    ['USE system_traces', 'system_traces'],
    ["ALTER KEYSPACE system_auth WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': 3}", 'system_auth'],
    ["ALTER KEYSPACE system_distributed WITH replication = {'class': 'SingleRegionStrategy'}", 'system_distributed'],
    ['DROP KEYSPACE system_traces', 'system_traces'],
    ['CREATE TABLE system_auth.extra (k int PRIMARY KEY)', 'system_auth'],
    ["ALTER TABLE system_distributed.repair_history WITH comment = 'x'", 'system_distributed'],
    ['DROP TABLE system_traces.events', 'system_traces'],
    ['CREATE TYPE system_views.t (a int)', 'system_views'],
    ['DROP TYPE system_views.t', 'system_views'],
    ['CREATE TABLE app.x (k int PRIMARY KEY, a frozen<system_auth.address>)', 'system_auth'],
    ["BEGIN BATCH INSERT INTO app.plain (id, ck, v) VALUES ('a', 'b', 'c'); DELETE FROM system_auth.roles WHERE role = 'r'; APPLY BATCH", 'system_auth'],
  ];
  it.each(refused)('refuses %s', (cql, keyspace) => {
    const rejection = check(cql);
    expect(rejection).toEqual({ code: 0x2200, message: missing(keyspace), rule: 'keyspace-does-not-exist', inferred: true });
  });

  it('resolves unqualified table names through a connection keyspace that does not exist on Keyspaces', () => {
    expect(check('SELECT * FROM sessions', { keyspace: 'system_traces' })?.message).toBe(missing('system_traces'));
    expect(check("INSERT INTO roles (role) VALUES ('r')", { keyspace: 'system_auth' })?.message).toBe(missing('system_auth'));
    expect(check('CREATE TABLE t (k int PRIMARY KEY)', { keyspace: 'system_views' })?.message).toBe(missing('system_views'));
    // Qualified names and function calls do not depend on the connection keyspace.
    expect(check("SELECT now() FROM system.local WHERE key = 'local'", { keyspace: 'system_traces' })).toBeUndefined();
  });

  const accepted = [
    "SELECT * FROM system.local WHERE key = 'local'",
    'SELECT peer, data_center, rpc_address FROM system.peers',
    'SELECT * FROM system.peers_v2',
    "SELECT partitioner FROM system.local WHERE key = 'local'",
    "UPDATE system.local SET partitioner = 'org.apache.cassandra.dht.RandomPartitioner' WHERE key = 'local'",
    'SELECT * FROM system.size_estimates',
    'SELECT keyspace_name, replication FROM system_schema.keyspaces',
    "SELECT * FROM system_schema.tables WHERE keyspace_name = 'app'",
    "SELECT * FROM system_schema.columns WHERE keyspace_name = 'app' AND table_name = 'plain'",
    'SELECT * FROM system_schema.types',
    "SELECT status FROM system_schema_mcs.tables WHERE keyspace_name = 'app' AND table_name = 'plain'",
    'SELECT * FROM system_multiregion_info.tables',
    'USE system',
    'USE system_schema_mcs',
    'DROP KEYSPACE IF EXISTS system_traces',
    'DROP TABLE IF EXISTS system_traces.events',
    'DROP TYPE IF EXISTS system_views.t',
    // Keyspace names are case-sensitive when quoted: this is a user keyspace.
    'SELECT * FROM "System_Traces".sessions',
    "SELECT * FROM app.plain WHERE id = 'system_traces'",
    'SELECT * FROM app.system_traces',
    "SELECT toTimestamp(system.now()) FROM app.plain WHERE id = 'a'",
  ];
  it.each(accepted)('lets %s through', (cql) => {
    expect(check(cql)).toBeUndefined();
  });

  it('refuses BATCH frames with a statement on one of them', () => {
    const items = [
      { stmt: parse("INSERT INTO app.plain (id, ck, v) VALUES ('a', 'b', 'c')") },
      { stmt: parse("INSERT INTO system_traces.sessions (session_id, request) VALUES (uuid(), 'x')") },
    ];
    expect(checkBatch(0, items, context())?.message).toBe(missing('system_traces'));
    expect(checkBatch(1, items, context())?.message).toBe(missing('system_traces'));
    expect(checkBatch(1, [{ stmt: parse("INSERT INTO sessions (session_id) VALUES (uuid())") }], context({ keyspace: 'system_traces' }))?.message).toBe(
      missing('system_traces'),
    );
    expect(checkBatch(0, [items[0]!], context())).toBeUndefined();
  });
});

describe('system keyspaces through KeyspacesBehaviour', () => {
  const errorOf = (decision: Decision) => (decision.action === 'reject' ? decision.error.message : undefined);

  it('refuses them at any consistency and at PREPARE, and keeps the driver tables working', () => {
    const behaviour = new KeyspacesBehaviour({ now: () => now });
    for (const level of [Consistency.ONE, Consistency.LOCAL_QUORUM, Consistency.ALL]) {
      expect(errorOf(behaviour.decide({ cql: 'SELECT * FROM system_traces.sessions', consistency: level }))).toBe(missing('system_traces'));
      expect(behaviour.decide({ cql: "SELECT * FROM system.local WHERE key = 'local'", consistency: level }).action).toBe('forward');
      expect(behaviour.decide({ cql: 'SELECT * FROM system.peers', consistency: level }).action).toBe('forward');
      expect(behaviour.decide({ cql: 'SELECT * FROM system.peers_v2', consistency: level }).action).toBe('forward');
      expect(behaviour.decide({ cql: 'SELECT * FROM system_schema.keyspaces', consistency: level }).action).toBe('forward');
    }
    expect(errorOf(behaviour.decide({ cql: 'SELECT * FROM system_virtual_schema.keyspaces', prepare: true }))).toBe(missing('system_virtual_schema'));
    expect(behaviour.decide({ cql: 'SELECT * FROM system_schema.columns WHERE keyspace_name = ?', prepare: true }).action).toBe('forward');
    expect(errorOf(behaviour.decide({ cql: 'USE system_auth', consistency: Consistency.ONE }))).toBe(missing('system_auth'));
    expect(
      errorOf(behaviour.decide({ cql: "ALTER KEYSPACE system_auth WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': 3}", consistency: Consistency.ONE })),
    ).toBe(missing('system_auth'));
    expect(
      errorOf(
        behaviour.decideBatch({
          batchType: 1,
          consistency: Consistency.LOCAL_QUORUM,
          statements: [{ cql: "DELETE FROM system_distributed.repair_history WHERE keyspace_name = 'a' AND columnfamily_name = 'b'" }],
        }),
      ),
    ).toBe(missing('system_distributed'));
  });
});

describe('multi-Region replication in GovCloud (US) and China Regions', () => {
  const text = (region: string) =>
    `Multi-Region replication is not supported in ${region}: multi-Region keyspaces are not available in the AWS GovCloud (US) and China Regions.`;

  it('refuses NetworkTopologyStrategy naming them, on CREATE and ALTER KEYSPACE', () => {
    const gov = check("CREATE KEYSPACE k WITH replication = {'class': 'NetworkTopologyStrategy', 'us-gov-west-1': '3', 'us-gov-east-1': '3'}");
    expect(gov).toEqual({ code: 0x2200, message: text('us-gov-west-1'), rule: 'multi-region-unsupported-region', inferred: true });
    expect(check("CREATE KEYSPACE k WITH replication = {'class': 'NetworkTopologyStrategy', 'cn-north-1': '3', 'cn-northwest-1': '3'}")?.message).toBe(
      text('cn-north-1'),
    );
    expect(check("CREATE KEYSPACE k WITH replication = {'class': 'NetworkTopologyStrategy', 'us-east-1': '3', 'cn-northwest-1': '3'}")?.message).toBe(
      text('cn-northwest-1'),
    );
    expect(check("CREATE KEYSPACE k WITH replication = {'class': 'NetworkTopologyStrategy', 'us-gov-west-1': '3'}")?.message).toBe(text('us-gov-west-1'));
    expect(check("ALTER KEYSPACE app WITH replication = {'class': 'NetworkTopologyStrategy', 'us-east-1': '3', 'us-gov-east-1': '3'}")?.message).toBe(
      text('us-gov-east-1'),
    );
  });

  it('accepts multi-Region keyspaces in other Regions and single-Region keyspaces anywhere', () => {
    expect(check("CREATE KEYSPACE k WITH replication = {'class': 'NetworkTopologyStrategy', 'us-east-1': '3', 'us-west-2': '3'}")).toBeUndefined();
    expect(check("CREATE KEYSPACE k WITH replication = {'class': 'NetworkTopologyStrategy', 'eu-west-1': '3', 'ap-southeast-2': '3'}")).toBeUndefined();
    expect(check("CREATE KEYSPACE k WITH replication = {'class': 'SingleRegionStrategy'}")).toBeUndefined();
  });

  it('still refuses data-centre names that are not Regions with the replication error', () => {
    expect(check("CREATE KEYSPACE k WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': '3', 'us-gov-west-1': '3'}")?.rule).toBe('replication');
  });
});

describe("the system keyspaces Keyspaces has are read-only (KS1802, issue 13)", () => {
  it.each([
    ["CREATE KEYSPACE system WITH replication = {'class': 'LocalStrategy'}", 'system'],
    ['CREATE TABLE system.available_ranges (keyspace_name text PRIMARY KEY, ranges set<blob>)', 'system'],
    ['CREATE TABLE system_schema.dropped_columns (k text PRIMARY KEY)', 'system_schema'],
    ["ALTER TABLE system.local WITH comment = 'node'", 'system'],
    ['DROP TABLE system_schema_mcs.tables', 'system_schema_mcs'],
    ['DROP KEYSPACE system_multiregion_info', 'system_multiregion_info'],
  ])('%s is refused as not user-modifiable', (cql, keyspace) => {
    expect(check(cql)).toMatchObject({ code: 0x2100, rule: 'system-keyspace-read-only', message: `${keyspace} keyspace is not user-modifiable.` });
  });

  it('an unqualified name resolves through the connection keyspace; reads and the partitioner update pass', () => {
    expect(check('CREATE TABLE extra (k int PRIMARY KEY)', { keyspace: 'system' })?.rule).toBe('system-keyspace-read-only');
    expect(check("SELECT partitioner FROM system.local WHERE key = 'local'")).toBeUndefined();
    expect(check("UPDATE system.local SET partitioner = 'org.apache.cassandra.dht.Murmur3Partitioner' WHERE key = 'local'")).toBeUndefined();
  });
});
