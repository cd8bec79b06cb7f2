// The emulator's remembered table settings belong to its backend (issue 13): they are kept per
// backend (system.local cluster_name + host_id) and per table id (system_schema.tables.id), so a
// table dropped and created again behind the emulator's back — between runs or while it runs —
// does not keep the old table's TTL feature, and another backend's or an older global state file
// is never inherited. Against the integration run's shared Cassandra.
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type cassandra from 'cassandra-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient } from './helpers/cassandra.js';
import { keyspacesClient, startEmulator } from './helpers/emulator.js';

const KS = `emu_state_${Date.now().toString(36)}`;
const TTL_REFUSED = 'TTL is not yet supported.';

let backend: cassandra.Client;
const dirs: string[] = [];

beforeAll(async () => {
  backend = connectClient();
  await backend.connect();
  await backend.execute(`CREATE KEYSPACE IF NOT EXISTS ${KS} WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}`);
});

afterAll(async () => {
  await backend.execute(`DROP KEYSPACE IF EXISTS ${KS}`).catch(() => undefined);
  await backend?.shutdown();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

async function stateDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ksmig-emulator-state-'));
  dirs.push(dir);
  return dir;
}

/** The error text a statement gets through the emulator, or undefined when it succeeds. */
async function refusal(client: cassandra.Client, cql: string): Promise<string | undefined> {
  try {
    await client.execute(cql);
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

/** Recreates a table directly on the backend, behind the emulator's back (a new table id, no Keyspaces settings). */
async function recreateBehindItsBack(table: string): Promise<void> {
  await backend.execute(`DROP TABLE ${KS}.${table}`);
  await backend.execute(`CREATE TABLE ${KS}.${table} (k int PRIMARY KEY, v text)`);
}

describe('emulator state bound to the backend', () => {
  it('a table recreated behind the emulator between runs does not keep the old TTL feature', async () => {
    const dir = await stateDir();
    const first = await startEmulator({ stateDir: dir });
    const c1 = keyspacesClient(first);
    try {
      await c1.execute(`CREATE TABLE ${KS}.between (k int PRIMARY KEY, v text) WITH CUSTOM_PROPERTIES = {'ttl': {'status': 'enabled'}}`);
      expect(await refusal(c1, `INSERT INTO ${KS}.between (k, v) VALUES (1, 'a') USING TTL 60`)).toBeUndefined();
    } finally {
      await c1.shutdown();
      await first.stop();
    }
    // The state is kept in a file of this backend's own.
    const files = await readdir(join(dir, 'backends'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/-[0-9a-f-]{36}\.json$/);

    await recreateBehindItsBack('between');
    const second = await startEmulator({ stateDir: dir });
    const c2 = keyspacesClient(second);
    try {
      expect(await refusal(c2, `INSERT INTO ${KS}.between (k, v) VALUES (1, 'a') USING TTL 60`)).toBe(TTL_REFUSED);
      // A table created through the emulator and left alone keeps its settings across the restart.
      await c2.execute(`CREATE TABLE ${KS}.kept (k int PRIMARY KEY, v text) WITH CUSTOM_PROPERTIES = {'ttl': {'status': 'enabled'}}`);
    } finally {
      await c2.shutdown();
      await second.stop();
    }
    const third = await startEmulator({ stateDir: dir });
    const c3 = keyspacesClient(third);
    try {
      expect(await refusal(c3, `INSERT INTO ${KS}.kept (k, v) VALUES (1, 'a') USING TTL 60`)).toBeUndefined();
    } finally {
      await c3.shutdown();
      await third.stop();
    }
  });

  it('notices a table recreated behind its back while it runs (the backend announces schema changes)', async () => {
    const emu = await startEmulator({ stateDir: await stateDir() });
    const client = keyspacesClient(emu);
    try {
      await client.execute(`CREATE TABLE ${KS}.running (k int PRIMARY KEY, v text) WITH CUSTOM_PROPERTIES = {'ttl': {'status': 'enabled'}}`);
      expect(await refusal(client, `INSERT INTO ${KS}.running (k, v) VALUES (1, 'a') USING TTL 60`)).toBeUndefined();
      await recreateBehindItsBack('running');
      let answer: string | undefined;
      for (let i = 0; i < 100 && answer !== TTL_REFUSED; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        answer = await refusal(client, `INSERT INTO ${KS}.running (k, v) VALUES (2, 'b') USING TTL 60`);
      }
      expect(answer).toBe(TTL_REFUSED);
    } finally {
      await client.shutdown();
      await emu.stop();
    }
  });

  it("never inherits another backend's settings, nor the global state file of earlier versions", async () => {
    const dir = await stateDir();
    await backend.execute(`CREATE TABLE IF NOT EXISTS ${KS}.fresh (k int PRIMARY KEY, v text)`);
    const settings = {
      [`${KS}.fresh`]: { keyspace: KS, table: 'fresh', createdAt: 0, customProperties: { ttl: { status: 'enabled' } }, tags: { owner: 'old-cluster' }, defaultTimeToLive: 0 },
    };
    // An older, unrelated cluster's table of the same name, in both places a state could have come from.
    await writeFile(join(dir, 'keyspaces-state.json'), JSON.stringify({ version: 1, keyspaces: {}, tables: settings }));
    await mkdir(join(dir, 'backends'));
    await writeFile(join(dir, 'backends', 'Old_Cluster-00000000-0000-4000-8000-000000000000.json'), JSON.stringify({ version: 2, backend: { clusterName: 'Old Cluster', hostId: '00000000-0000-4000-8000-000000000000' }, keyspaces: {}, tables: settings }));
    const emu = await startEmulator({ stateDir: dir });
    const client = keyspacesClient(emu);
    try {
      expect(await refusal(client, `INSERT INTO ${KS}.fresh (k, v) VALUES (1, 'a') USING TTL 60`)).toBe(TTL_REFUSED);
      const row = (await client.execute(`SELECT tags FROM system_schema_mcs.tables WHERE keyspace_name = '${KS}' AND table_name = 'fresh'`)).first();
      expect(row?.get('tags') ?? null).not.toEqual({ owner: 'old-cluster' });
    } finally {
      await client.shutdown();
      await emu.stop();
    }
  });
});
