import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EmulatorState, stateFileName } from '../../../src/emulator/keyspaces/state.js';
import type { TableState } from '../../../src/emulator/keyspaces/state.js';

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
    const state = EmulatorState.open(dir);
    state.putKeyspace({ keyspace: 'app', createdAt: 500, replication: { class: 'SingleRegionStrategy' }, tags: {} });
    state.putTable(table({ columns: { partitionKey: ['id'], clustering: ['at'], types: { id: 'uuid', at: 'timestamp' } } }));
    const reopened = EmulatorState.open(dir);
    expect(reopened.keyspace('app')?.replication).toEqual({ class: 'SingleRegionStrategy' });
    expect(reopened.table('app', 'events')).toEqual(state.table('app', 'events'));
    expect(reopened.features('app', 'events')).toEqual({ ttl: true, clientSideTimestamps: false });
    // Atomic writes leave no temp files behind.
    expect(readdirSync(dir)).toEqual([stateFileName]);
    expect(JSON.parse(readFileSync(join(dir, stateFileName), 'utf8')).version).toBe(1);
  });

  it('forgets dropped tables and keyspaces (with their tables)', () => {
    const dir = tempDir();
    const state = EmulatorState.open(dir);
    state.putKeyspace({ keyspace: 'app', createdAt: 0, replication: { class: 'SingleRegionStrategy' }, tags: {} });
    state.putTable(table());
    state.putTable(table({ table: 'other' }));
    state.putTable(table({ keyspace: 'else', table: 'kept' }));
    state.dropTable('app', 'other');
    expect(EmulatorState.open(dir).tables('app').map((t) => t.table)).toEqual(['events']);
    state.dropKeyspace('app');
    const reopened = EmulatorState.open(dir);
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
    writeFileSync(join(dir, stateFileName), '{not json');
    expect(() => EmulatorState.open(dir)).toThrow(/keyspaces-state\.json is not valid JSON/);
    writeFileSync(join(dir, stateFileName), '{"version":2}');
    expect(() => EmulatorState.open(dir)).toThrow(/not a version 1 ksmig state/);
  });
});
