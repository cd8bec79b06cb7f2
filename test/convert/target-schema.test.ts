import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScript } from '../../src/cql/parse.js';
import { convertSchema } from '../../src/convert/target-schema.js';
import { loadRules } from '../../src/rules/load.js';
import { repoRoot } from '../helpers/cli.js';

const rules = loadRules();
const convert = (cql: string, options: Partial<Parameters<typeof convertSchema>[1]> = {}) => {
  const parsed = parseScript(cql);
  expect(parsed.errors).toEqual([]);
  return convertSchema(parsed.statements, { rules, ...options });
};

describe('convertSchema (--emit-target-schema)', () => {
  it('turns replication into SingleRegionStrategy, or NetworkTopologyStrategy over Regions', () => {
    const cql = "CREATE KEYSPACE app WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1} AND durable_writes = false;";
    const single = convert(cql).text;
    expect(single).toContain("CREATE KEYSPACE IF NOT EXISTS app WITH replication = {'class': 'SingleRegionStrategy'};");
    expect(single).toMatch(/-- replication .*SimpleStrategy.* became .*SingleRegionStrategy.* \(KS\d{4} simple-strategy\)/);
    expect(single).toMatch(/durable_writes = false \(KS\d{4} durable-writes-false\)/);
    const multi = convert(cql, { regions: ['us-east-1', 'eu-west-1'] }).text;
    expect(multi).toContain("{'class': 'NetworkTopologyStrategy', 'us-east-1': '3', 'eu-west-1': '3'}");
  });

  it('drops ignored options, enables TTL and client-side timestamps the statements need, sets capacity', () => {
    const out = convert(
      [
        "CREATE KEYSPACE app WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': 3};",
        'USE app;',
        "CREATE TABLE events (id uuid, at timestamp, v text, PRIMARY KEY (id, at)) WITH compaction = {'class': 'TimeWindowCompactionStrategy'} AND gc_grace_seconds = 3600 AND comment = 'events';",
        'CREATE TABLE plain (id uuid PRIMARY KEY, v text) WITH default_time_to_live = 86400;',
        'INSERT INTO events (id, at, v) VALUES (?, ?, ?) USING TTL 60;',
        'SELECT writetime(v) FROM app.events WHERE id = ?;',
      ].join('\n'),
      { capacity: { mode: 'provisioned', readCapacityUnits: 10, writeCapacityUnits: 5 } },
    ).text;
    expect(out).not.toMatch(/compaction = |gc_grace_seconds = /);
    expect(out).toContain("comment = 'events'");
    expect(out).toMatch(/'ttl': \{'status': 'enabled'\}, 'client_side_timestamps': \{'status': 'enabled'\}, 'capacity_mode': \{'throughput_mode': 'PROVISIONED', 'read_capacity_units': 10, 'write_capacity_units': 5\}/);
    // default_time_to_live > 0 turns TTL on for `plain` too.
    expect(out).toMatch(/CREATE TABLE IF NOT EXISTS app\.plain \([^;]*'ttl': \{'status': 'enabled'\}/s);
  });

  it('folds ALTER and DROP into the final state and maps unsupported types', () => {
    const out = convert(
      [
        "CREATE KEYSPACE app WITH replication = {'class': 'SingleRegionStrategy'};",
        'CREATE TABLE app.t (id uuid PRIMARY KEY, a int, d duration, emb vector<float, 3>, c \'org.apache.cassandra.db.marshal.DateType\') WITH COMPACT STORAGE;',
        'ALTER TABLE app.t ADD b text;',
        'ALTER TABLE app.t DROP a;',
        'CREATE TABLE app.gone (id int PRIMARY KEY);',
        'DROP TABLE app.gone;',
        'CREATE TYPE app.addr (street text);',
        'ALTER TYPE app.addr ADD city text;',
      ].join('\n'),
    );
    expect(out.text).toContain('CREATE TABLE IF NOT EXISTS app.t (\n    id uuid PRIMARY KEY,\n    d text,\n    emb frozen<list<float>>,\n    c blob,\n    b text\n)');
    expect(out.text).not.toContain('app.gone');
    expect(out.text).not.toContain('COMPACT STORAGE;');
    expect(out.text).toContain('CREATE TYPE IF NOT EXISTS app.addr (\n    street text,\n    city text\n);');
    expect(out.text).toMatch(/column d was duration, stored as text \(KS\d{4} duration-type\)/);
    expect(out.text).toMatch(/column emb was vector<float, 3>, stored as frozen<list<float>> \(KS\d{4} vector-type\)/);
    expect(out).toMatchObject({ keyspaces: 1, tables: 1, types: 1 });
  });

  it('leaves out objects Keyspaces cannot have, saying why and what to do instead', () => {
    const out = convert(
      [
        "CREATE KEYSPACE app WITH replication = {'class': 'SingleRegionStrategy'};",
        'CREATE TABLE app.users (id uuid PRIMARY KEY, email text);',
        'CREATE INDEX users_by_email ON app.users (email);',
        'CREATE MATERIALIZED VIEW app.by_email AS SELECT * FROM app.users WHERE email IS NOT NULL AND id IS NOT NULL PRIMARY KEY (email, id);',
        "CREATE ROLE analyst WITH PASSWORD = 'secret-pass' AND LOGIN = true;",
      ].join('\n'),
    );
    expect(out.omitted).toBe(3);
    const help = rules.find((r) => r.name === 'secondary-index')!.help.trim();
    expect(out.text).toContain(`-- omitted CREATE INDEX users_by_email ON app.users (email) (KS1001 secondary-index): ${help}`);
    expect(out.text).toMatch(/-- omitted CREATE MATERIALIZED VIEW app\.by_email/);
    expect(out.text).not.toContain('secret-pass');
    expect(out.text).not.toMatch(/^CREATE (INDEX|MATERIALIZED|ROLE)/m);
  });

  it('converts the demo schema into CQL that parses cleanly', () => {
    const parsed = parseScript(readFileSync(`${repoRoot}fixtures/demo/schema.cql`, 'utf8'));
    const out = convertSchema(parsed.statements, { rules });
    const again = parseScript(out.text);
    expect(again.errors).toEqual([]);
    expect(again.statements.map((s) => s.kind)).toEqual(['CreateKeyspace', 'CreateType', 'CreateTable', 'CreateTable', 'CreateTable', 'CreateTable']);
  });
});
