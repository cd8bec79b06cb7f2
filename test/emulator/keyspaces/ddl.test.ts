import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { planDdl } from '../../../src/emulator/keyspaces/ddl.js';
import type { DdlContext, DdlPlan } from '../../../src/emulator/keyspaces/ddl.js';
import { checkStatement } from '../../../src/emulator/keyspaces/policy.js';
import { EmulatorState } from '../../../src/emulator/keyspaces/state.js';
import { parse } from './helpers.js';

const now = Date.UTC(2026, 10, 24, 8, 0, 0);
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function plan(cql: string, ctx: DdlContext): DdlPlan {
  const result = planDdl(parse(cql), ctx);
  if (result === undefined) throw new Error(`no plan for ${cql}`);
  return result;
}

function forwarded(result: DdlPlan): string {
  if (result.action !== 'forward') throw new Error(`expected forward, got ${result.action}`);
  return result.cql;
}

describe('planDdl: keyspaces', () => {
  it('gives the backend a replication one node accepts and remembers what the client asked for', () => {
    const state = EmulatorState.open(undefined);
    const result = plan("CREATE KEYSPACE IF NOT EXISTS app WITH replication = {'class': 'SingleRegionStrategy'} AND TAGS = {'env': 'dev'}", {
      state,
      now,
    });
    expect(forwarded(result)).toBe(
      "CREATE KEYSPACE IF NOT EXISTS app WITH replication = {'class': 'SimpleStrategy', 'replication_factor': '1'}",
    );
    expect(state.keyspace('app')).toBeUndefined();
    result.commit();
    expect(state.keyspace('app')).toEqual({
      keyspace: 'app',
      createdAt: now,
      replication: { class: 'SingleRegionStrategy' },
      tags: { env: 'dev' },
    });
  });

  it('maps NTS with Regions, keeps durable_writes, and honours a configured backend replication', () => {
    const state = EmulatorState.open(undefined);
    const result = plan(
      "CREATE KEYSPACE multi WITH replication = {'class': 'NetworkTopologyStrategy', 'us-east-1': '3', 'eu-west-1': '3'} AND durable_writes = true",
      { state, now, backendReplication: { class: 'NetworkTopologyStrategy', datacenter1: '1' } },
    );
    expect(forwarded(result)).toBe(
      "CREATE KEYSPACE multi WITH replication = {'class': 'NetworkTopologyStrategy', 'datacenter1': '1'} AND durable_writes = true",
    );
    result.commit();
    expect(state.keyspace('multi')?.replication).toEqual({ class: 'NetworkTopologyStrategy', 'us-east-1': '3', 'eu-west-1': '3' });
  });

  it('answers ALTER KEYSPACE replication and tags locally', () => {
    const state = EmulatorState.open(undefined);
    plan("CREATE KEYSPACE app WITH replication = {'class': 'SingleRegionStrategy'}", { state, now }).commit();
    const alter = plan("ALTER KEYSPACE app WITH replication = {'class': 'NetworkTopologyStrategy', 'us-east-1': '3', 'us-west-2': '3'}", {
      state,
      now,
    });
    expect(alter.action).toBe('local');
    if (alter.action === 'local') expect(alter.change).toEqual({ change: 'UPDATED', target: 'KEYSPACE', keyspace: 'app' });
    alter.commit();
    plan("ALTER KEYSPACE app ADD TAGS {'team': 'core'}", { state, now }).commit();
    expect(state.keyspace('app')).toMatchObject({
      replication: { class: 'NetworkTopologyStrategy', 'us-east-1': '3', 'us-west-2': '3' },
      tags: { team: 'core' },
    });
    const drop = plan('DROP KEYSPACE app', { state, now });
    expect(forwarded(drop)).toBe('DROP KEYSPACE app');
    drop.commit();
    expect(state.keyspace('app')).toBeUndefined();
  });
});

describe('planDdl: tables', () => {
  const create = `CREATE TABLE app.events (id uuid, at timestamp, body text, PRIMARY KEY (id, at))
    WITH CLUSTERING ORDER BY (at DESC)
    AND CUSTOM_PROPERTIES = {'capacity_mode': {'throughput_mode': 'PROVISIONED', 'read_capacity_units': 10, 'write_capacity_units': 20},
                             'client_side_timestamps': {'status': 'ENABLED'}}
    AND AUTOSCALING_SETTINGS = {'provisioned_write_capacity_autoscaling_update': {'autoscaling_disabled': false}}
    AND TAGS = {'team': 'core'}
    AND compaction = {'class': 'com.amazonaws.cassandra.DefaultCompaction'}
    AND gc_grace_seconds = 7776000 AND comment = 'events' AND cdc = true`;

  it('strips Keyspaces-only and ignored options from the backend DDL and remembers them', () => {
    const state = EmulatorState.open(undefined);
    const result = plan(create, { state, now });
    expect(forwarded(result)).toBe(
      'CREATE TABLE app.events (\n    id uuid,\n    at timestamp,\n    body text,\n    PRIMARY KEY (id, at)\n)' +
        " WITH CLUSTERING ORDER BY (at DESC)\n    AND comment = 'events'",
    );
    result.commit();
    expect(state.table('app', 'events')).toEqual({
      keyspace: 'app',
      table: 'events',
      createdAt: now,
      customProperties: {
        capacity_mode: { throughput_mode: 'PROVISIONED', read_capacity_units: '10', write_capacity_units: '20' },
        encryption_specification: { encryption_type: 'AWS_OWNED_KMS_KEY' },
        point_in_time_recovery: { status: 'disabled' },
        client_side_timestamps: { status: 'enabled' },
      },
      autoscaling: { provisioned_write_capacity_autoscaling_update: { autoscaling_disabled: 'false' } },
      tags: { team: 'core' },
      defaultTimeToLive: 0,
      columns: { partitionKey: ['id'], clustering: ['at'], types: { id: 'uuid', at: 'timestamp', body: 'text' } },
    });
    expect(state.features('app', 'events')).toEqual({ ttl: false, clientSideTimestamps: true });
  });

  it('drops COMPACT STORAGE, which Cassandra 4.0+ refuses', () => {
    const state = EmulatorState.open(undefined);
    expect(forwarded(plan('CREATE TABLE app.c (id int PRIMARY KEY, v int) WITH COMPACT STORAGE', { state, now }))).toBe(
      'CREATE TABLE app.c (\n    id int PRIMARY KEY,\n    v int\n)',
    );
  });

  it('turns TTL on for default_time_to_live > 0 and passes the option to the backend', () => {
    const state = EmulatorState.open(undefined);
    const result = plan('CREATE TABLE app.t (id int PRIMARY KEY) WITH default_time_to_live = 3600', { state, now });
    expect(forwarded(result)).toContain('default_time_to_live = 3600');
    result.commit();
    expect(state.features('app', 't').ttl).toBe(true);
  });

  it('keeps CREATING for --ddl-delay, answering unconfigured table meanwhile', () => {
    const state = EmulatorState.open(undefined);
    plan('CREATE TABLE app.t (id int PRIMARY KEY)', { state, now }).commit();
    const ctx = { state, keyspace: 'app', ddlDelayMs: 2000 };
    expect(checkStatement(parse('SELECT * FROM t'), { ...ctx, now: now + 1999 })?.message).toBe('unconfigured table app.t');
    expect(checkStatement(parse('SELECT * FROM t'), { ...ctx, now: now + 2000 })).toBeUndefined();
  });

  it('handles tags and custom properties with ALTER TABLE locally, irreversibly', () => {
    const state = EmulatorState.open(undefined);
    plan("CREATE TABLE app.t (id int PRIMARY KEY) WITH TAGS = {'a': '1', 'b': '2'}", { keyspace: 'app', state, now }).commit();
    const tags = plan("ALTER TABLE t ADD TAGS {'c': '3'}", { keyspace: 'app', state, now });
    expect(tags).toMatchObject({ action: 'local', change: { change: 'UPDATED', target: 'TABLE', keyspace: 'app', name: 't' } });
    tags.commit();
    plan("ALTER TABLE app.t DROP TAGS {'a': '1'}", { state, now }).commit();
    expect(state.table('app', 't')?.tags).toEqual({ b: '2', c: '3' });

    const enable = "ALTER TABLE app.t WITH CUSTOM_PROPERTIES = {'ttl': {'status': 'enabled'}}";
    expect(checkStatement(parse(enable), { state, now, ddlDelayMs: 0 })).toBeUndefined();
    const ttl = plan(enable, { state, now });
    expect(ttl.action).toBe('local');
    ttl.commit();
    expect(state.features('app', 't').ttl).toBe(true);
    expect(
      checkStatement(parse("ALTER TABLE app.t WITH CUSTOM_PROPERTIES = {'ttl': {'status': 'disabled'}}"), { state, now, ddlDelayMs: 0 })
        ?.message,
    ).toBe('TTL cannot be disabled once it is enabled.');
  });

  it('forwards backend options of ALTER TABLE WITH and remembers default_time_to_live', () => {
    const state = EmulatorState.open(undefined);
    plan('CREATE TABLE app.t (id int PRIMARY KEY)', { state, now }).commit();
    const result = plan("ALTER TABLE app.t WITH default_time_to_live = 60 AND compaction = {'class': 'LeveledCompactionStrategy'}", {
      state,
      now,
    });
    expect(forwarded(result)).toBe('ALTER TABLE app.t WITH default_time_to_live = 60');
    result.commit();
    expect(state.table('app', 't')?.defaultTimeToLive).toBe(60);
    expect(state.features('app', 't').ttl).toBe(true);
  });

  it('records added columns and forgets dropped tables', () => {
    const state = EmulatorState.open(undefined);
    plan('CREATE TABLE app.t (id int PRIMARY KEY)', { state, now }).commit();
    const add = plan('ALTER TABLE app.t ADD note text', { state, now });
    expect(forwarded(add)).toBe('ALTER TABLE app.t ADD note text');
    add.commit();
    expect(state.table('app', 't')?.columns?.types).toEqual({ id: 'int', note: 'text' });
    const drop = plan('DROP TABLE IF EXISTS app.t', { state, now });
    expect(forwarded(drop)).toBe('DROP TABLE IF EXISTS app.t');
    drop.commit();
    expect(state.table('app', 't')).toBeUndefined();
  });

  it('leaves other statements to the backend unchanged', () => {
    const state = EmulatorState.open(undefined);
    expect(planDdl(parse('CREATE TYPE app.address (street text)'), { state, now })).toBeUndefined();
    expect(planDdl(parse('SELECT * FROM app.t'), { state, now })).toBeUndefined();
    expect(planDdl(parse('CREATE TABLE t (id int PRIMARY KEY)'), { state, now })).toBeUndefined();
  });

  it('survives a restart with the state directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ksmig-ddl-'));
    dirs.push(dir);
    const backend = { clusterName: 'ksmig-local', hostId: '0f1e2d3c-4b5a-4697-8877-66a5b4c3d2e1' };
    const first = EmulatorState.open(dir, backend);
    plan("CREATE KEYSPACE app WITH replication = {'class': 'SingleRegionStrategy'}", { state: first, now }).commit();
    plan(create, { state: first, now }).commit();
    const second = EmulatorState.open(dir, backend);
    expect(second.keyspace('app')?.replication).toEqual({ class: 'SingleRegionStrategy' });
    expect(second.table('app', 'events')).toEqual(first.table('app', 'events'));
    expect(
      checkStatement(
        parse("ALTER TABLE app.events WITH CUSTOM_PROPERTIES = {'client_side_timestamps': {'status': 'disabled'}}"),
        { state: second, now, ddlDelayMs: 0 },
      )?.rule,
    ).toBe('feature-irreversible');
  });
});
