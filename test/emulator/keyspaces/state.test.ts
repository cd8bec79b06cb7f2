import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EmulatorState, stateFileName } from '../../../src/emulator/keyspaces/state.js';
import type { BackendIdentity, BackendSchema, TableState } from '../../../src/emulator/keyspaces/state.js';

const backendA: BackendIdentity = { clusterName: 'Test Cluster', hostId: 'd0b5d8cc-96ef-4a47-acc8-07fb375f37c6' };
const backendB: BackendIdentity = { clusterName: 'Test Cluster', hostId: '1f0e2d3c-4b5a-4697-8877-66a5b4c3d2e1' };
const fileOf = (dir: string, backend: BackendIdentity) => join(dir, 'backends', stateFileName(backend));
const schema = (keyspaces: string[], tables: Record<string, string>): BackendSchema => ({ keyspaces: new Set(keyspaces), tables: new Map(Object.entries(tables)) });

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ksmig-state-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function table(overrides: Partial<TableState> = {}): TableState {
  return {
    keyspace: 'app',
    table: 'events',
    createdAt: 1_000,
    customProperties: { ttl: { status: 'enabled' } },
    tags: { team: 'core' },
    defaultTimeToLive: 0,
    ...overrides,
  };
}

describe('EmulatorState', () => {
  it('survives a restart (round trip through the state file)', () => {
    const dir = tempDir();
    const state = EmulatorState.open(dir, backendA);
    state.putKeyspace({ keyspace: 'app', createdAt: 500, replication: { class: 'SingleRegionStrategy' }, tags: {} });
    state.putTable(table({ columns: { partitionKey: ['id'], clustering: ['at'], types: { id: 'uuid', at: 'timestamp' } } }));
    const reopened = EmulatorState.open(dir, backendA);
    expect(reopened.keyspace('app')?.replication).toEqual({ class: 'SingleRegionStrategy' });
    expect(reopened.table('app', 'events')).toEqual(state.table('app', 'events'));
    expect(reopened.features('app', 'events')).toEqual({ ttl: true, clientSideTimestamps: false });
    // Atomic writes leave no temp files behind.
    expect(readdirSync(join(dir, 'backends'))).toEqual([stateFileName(backendA)]);
    expect(JSON.parse(readFileSync(fileOf(dir, backendA), 'utf8'))).toMatchObject({ version: 2, backend: backendA });
  });

  it('forgets dropped tables and keyspaces (with their tables)', () => {
    const dir = tempDir();
    const state = EmulatorState.open(dir, backendA);
    state.putKeyspace({ keyspace: 'app', createdAt: 0, replication: { class: 'SingleRegionStrategy' }, tags: {} });
    state.putTable(table());
    state.putTable(table({ table: 'other' }));
    state.putTable(table({ keyspace: 'else', table: 'kept' }));
    state.dropTable('app', 'other');
    expect(EmulatorState.open(dir, backendA).tables('app').map((t) => t.table)).toEqual(['events']);
    state.dropKeyspace('app');
    const reopened = EmulatorState.open(dir, backendA);
    expect(reopened.keyspace('app')).toBeUndefined();
    expect(reopened.tables().map((t) => `${t.keyspace}.${t.table}`)).toEqual(['else.kept']);
  });

  it('reports CREATING until the DDL delay has passed', () => {
    const state = EmulatorState.open(undefined);
    state.putKeyspace({ keyspace: 'app', createdAt: 1_000, replication: {}, tags: {} });
    state.putTable(table({ createdAt: 1_000 }));
    expect(state.tableStatus('app', 'events', 1_999, 1_000)).toBe('CREATING');
    expect(state.tableStatus('app', 'events', 2_000, 1_000)).toBe('ACTIVE');
    expect(state.tableStatus('app', 'unknown', 0, 1_000)).toBe('ACTIVE');
    expect(state.path).toBeUndefined();
  });

  it('treats unknown tables as having neither TTL nor client-side timestamps', () => {
    expect(EmulatorState.open(undefined).features('x', 'y')).toEqual({ ttl: false, clientSideTimestamps: false });
  });

  it('refuses a corrupt state file with a message naming it', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'backends'));
    writeFileSync(fileOf(dir, backendA), '{not json');
    expect(() => EmulatorState.open(dir, backendA)).toThrow(/Test_Cluster-d0b5d8cc-96ef-4a47-acc8-07fb375f37c6\.json is not valid JSON/);
    writeFileSync(fileOf(dir, backendA), '{"version":1}');
    expect(() => EmulatorState.open(dir, backendA)).toThrow(/not a version 2 ksmig emulator state/);
  });

  it('keeps settings per backend: another Cassandra never inherits them (issue 13)', () => {
    const dir = tempDir();
    EmulatorState.open(dir, backendA).putTable(table({ customProperties: { ttl: { status: 'enabled' }, capacity_mode: { throughput_mode: 'PROVISIONED', read_capacity_units: '5', write_capacity_units: '5' } } }));
    const fresh = EmulatorState.open(dir, backendB);
    expect(fresh.table('app', 'events')).toBeUndefined();
    expect(fresh.features('app', 'events')).toEqual({ ttl: false, clientSideTimestamps: false });
    expect(fresh.provisionedCapacity('app.events')).toBeUndefined();
    // The first backend's settings are still its own.
    expect(EmulatorState.open(dir, backendA).features('app', 'events').ttl).toBe(true);
    // Without a backend (or a directory) nothing is read or written.
    expect(EmulatorState.open(dir).table('app', 'events')).toBeUndefined();
  });

  it('does not read the global state file of earlier versions, which named no backend', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'keyspaces-state.json'), JSON.stringify({ version: 1, keyspaces: {}, tables: { 'app.events': table() } }));
    expect(EmulatorState.open(dir, backendA).table('app', 'events')).toBeUndefined();
  });

  it('removes the state files of backends not seen for 30 days', () => {
    const dir = tempDir();
    EmulatorState.open(dir, backendB).putTable(table());
    const old = new Date(Date.now() - 31 * 24 * 3600 * 1000);
    utimesSync(fileOf(dir, backendB), old, old);
    EmulatorState.open(dir, backendA).putTable(table());
    expect(readdirSync(join(dir, 'backends'))).toEqual([stateFileName(backendA)]);
  });

  it('learns table ids, and forgets tables dropped or recreated behind its back, and keyspaces that are gone', () => {
    const dir = tempDir();
    const state = EmulatorState.open(dir, backendA);
    state.putKeyspace({ keyspace: 'app', createdAt: 0, replication: { class: 'SingleRegionStrategy' }, tags: {} });
    state.putKeyspace({ keyspace: 'gone', createdAt: 0, replication: { class: 'SingleRegionStrategy' }, tags: {} });
    state.putTable(table());
    state.putTable(table({ table: 'dropped' }));
    state.putTable(table({ table: 'recreated' }));
    const since = state.revision;
    state.reconcile(schema(['app'], { 'app.events': 'id-1', 'app.recreated': 'id-2' }), since);
    expect(state.table('app', 'events')?.id).toBe('id-1');
    expect(state.table('app', 'dropped')).toBeUndefined();
    expect(state.keyspace('gone')).toBeUndefined();
    // Dropped and created again directly on the backend: a new id, so the old settings (TTL) are not its own.
    const forgotten = state.reconcile(schema(['app'], { 'app.events': 'id-1', 'app.recreated': 'id-3' }), state.revision);
    expect(forgotten).toEqual(['app.recreated']);
    expect(state.features('app', 'recreated')).toEqual({ ttl: false, clientSideTimestamps: false });
    expect(EmulatorState.open(dir, backendA).tables().map((t) => [t.table, t.id])).toEqual([['events', 'id-1']]);
  });

  it('leaves alone what was written after the schema it reconciles with was read', () => {
    const state = EmulatorState.open(undefined);
    const since = state.revision;
    // CREATE TABLE committed while the backend's schema was being read: the read may predate it.
    state.putTable(table({ table: 'new' }));
    expect(state.reconcile(schema([], {}), since)).toEqual([]);
    expect(state.table('app', 'new')).toBeDefined();
    // An ALTER passes the learnt id on, so the table stays itself.
    state.reconcile(schema(['app'], { 'app.new': 'id-9' }), state.revision);
    state.putTable({ ...state.table('app', 'new')!, tags: { team: 'b' } });
    expect(state.reconcile(schema(['app'], { 'app.new': 'id-9' }), state.revision)).toEqual([]);
    expect(state.table('app', 'new')?.tags).toEqual({ team: 'b' });
  });
});
