/**
 * Issue 13 item 10: the emulator's remembered table settings belong to its backend. A new backend
 * (another cluster identity) starts with none, and a table dropped — or dropped and created again
 * — behind the emulator's back loses the settings of the old one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KeyspacesBehaviour, type BackendSchemaSource, type Decision } from '../../../src/emulator/keyspaces/behaviour.js';
import { Consistency } from '../../../src/emulator/keyspaces/errors.js';
import type { BackendIdentity } from '../../../src/emulator/keyspaces/state.js';

const LQ = Consistency.LOCAL_QUORUM;
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A backend whose schema the test edits: keyspaces and table ids. */
function fakeBackend(hostId: string) {
  const identity: BackendIdentity = { clusterName: 'ksmig-local', hostId };
  const tables = new Map<string, string>();
  const keyspaces = new Set<string>(['system', 'app']);
  const source: BackendSchemaSource = { identity: async () => identity, schema: async () => ({ keyspaces: new Set(keyspaces), tables: new Map(tables) }) };
  return { source, tables, keyspaces };
}

/** Runs a statement as the emulator would, the backend accepting it. */
function run(behaviour: KeyspacesBehaviour, cql: string): Decision {
  const decision = behaviour.decide({ cql, consistency: LQ });
  if (decision.action === 'forward' || decision.action === 'schema-change') decision.commit?.();
  return decision;
}
const ttlInsert = "INSERT INTO app.events (id, v) VALUES (1, 'a') USING TTL 60";
const refused = (d: Decision) => (d.action === 'reject' ? d.error.message : undefined);

describe('settings bound to the backend', () => {
  it('a new Cassandra with a table of the same name does not inherit TTL, capacity mode or tags', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ksmig-binding-'));
    dirs.push(dir);
    const old = fakeBackend('11111111-1111-4111-8111-111111111111');
    const first = new KeyspacesBehaviour({ stateDir: dir });
    await first.attachBackend(old.source);
    // The backend has the table once it answers the CREATE TABLE (the emulator's commit follows that answer).
    old.tables.set('app.events', 'aaaaaaaa-0000-4000-8000-000000000001');
    run(first, "CREATE TABLE app.events (id int PRIMARY KEY, v text) WITH CUSTOM_PROPERTIES = {'ttl': {'status': 'enabled'}, 'capacity_mode': {'throughput_mode': 'PROVISIONED', 'read_capacity_units': 5, 'write_capacity_units': 5}} AND TAGS = {'team': 'core'}");
    await first.syncBackend();
    expect(refused(run(first, ttlInsert))).toBeUndefined();

    const fresh = fakeBackend('22222222-2222-4222-8222-222222222222');
    fresh.tables.set('app.events', 'bbbbbbbb-0000-4000-8000-000000000002');
    const second = new KeyspacesBehaviour({ stateDir: dir });
    await second.attachBackend(fresh.source);
    expect(second.state.table('app', 'events')).toBeUndefined();
    expect(second.state.provisionedCapacity('app.events')).toBeUndefined();
    expect(refused(run(second, ttlInsert))).toBe('TTL is not yet supported.');

    // The old backend, back again, still has its settings.
    const again = new KeyspacesBehaviour({ stateDir: dir });
    await again.attachBackend(old.source);
    expect(again.state.table('app', 'events')).toMatchObject({ id: 'aaaaaaaa-0000-4000-8000-000000000001', tags: { team: 'core' } });
  });

  it('learns the id of a table it created, and forgets its settings when the table is recreated behind its back', async () => {
    const backend = fakeBackend('33333333-3333-4333-8333-333333333333');
    const behaviour = new KeyspacesBehaviour();
    await behaviour.attachBackend(backend.source);
    backend.tables.set('app.events', 'cccccccc-0000-4000-8000-000000000003');
    run(behaviour, "CREATE TABLE app.events (id int PRIMARY KEY, v text) WITH CUSTOM_PROPERTIES = {'ttl': {'status': 'enabled'}}");
    // The commit already asked for a sync; wait for it.
    await behaviour.syncBackend();
    expect(behaviour.state.table('app', 'events')?.id).toBe('cccccccc-0000-4000-8000-000000000003');
    // DROP TABLE + CREATE TABLE on the backend directly: a new id.
    backend.tables.set('app.events', 'dddddddd-0000-4000-8000-000000000004');
    await behaviour.syncBackend();
    expect(behaviour.state.table('app', 'events')).toBeUndefined();
    expect(refused(run(behaviour, ttlInsert))).toBe('TTL is not yet supported.');
  });

  it('keeps a table created while a read of the backend schema was under way', async () => {
    const backend = fakeBackend('55555555-5555-4555-8555-555555555555');
    const behaviour = new KeyspacesBehaviour();
    await behaviour.attachBackend(backend.source);
    const pending = behaviour.syncBackend(); // reads the schema before the table exists
    backend.tables.set('app.events', 'ffffffff-0000-4000-8000-000000000006');
    run(behaviour, "CREATE TABLE app.events (id int PRIMARY KEY, v text) WITH CUSTOM_PROPERTIES = {'ttl': {'status': 'enabled'}}");
    await pending;
    await behaviour.syncBackend();
    expect(behaviour.state.table('app', 'events')?.id).toBe('ffffffff-0000-4000-8000-000000000006');
    expect(refused(run(behaviour, ttlInsert))).toBeUndefined();
  });

  it('forgets a table dropped behind its back, and a keyspace that is gone', async () => {
    const backend = fakeBackend('44444444-4444-4444-8444-444444444444');
    const behaviour = new KeyspacesBehaviour();
    await behaviour.attachBackend(backend.source);
    run(behaviour, "CREATE KEYSPACE app WITH replication = {'class': 'SingleRegionStrategy'}");
    backend.tables.set('app.events', 'eeeeeeee-0000-4000-8000-000000000005');
    run(behaviour, "CREATE TABLE app.events (id int PRIMARY KEY, v text) WITH default_time_to_live = 60");
    await behaviour.syncBackend();
    backend.tables.delete('app.events');
    backend.keyspaces.delete('app');
    await behaviour.syncBackend();
    expect(behaviour.state.tables()).toEqual([]);
    expect(behaviour.state.keyspace('app')).toBeUndefined();
  });
});
