// Keyspaces behaviour end to end (Node.js driver → emulator → real Cassandra): consistency rules,
// statement rejections, throttling answered as WriteTimeout/ReadTimeout, Keyspaces-only DDL with
// CREATING → ACTIVE, system_schema_mcs answers for QUERY and PREPARE/EXECUTE, state kept across a
// restart, IN results in IN-list order, pages ended at 1 MB.
import cassandra from 'cassandra-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rejectionEntry } from '../../src/emulator/keyspaces/rejections.js';
import { keyspacesClient, startEmulator, type TestEmulator } from './helpers/emulator.js';

const { consistencies } = cassandra.types;
const noRetry = new cassandra.policies.retry.FallthroughRetryPolicy();
const KS = `emu_ks_${Date.now().toString(36)}`;

let emu: TestEmulator;
let client: cassandra.Client;

beforeAll(async () => {
  emu = await startEmulator({ region: 'us-east-2' });
  client = keyspacesClient(emu);
  await client.execute(`CREATE KEYSPACE ${KS} WITH replication = {'class': 'SingleRegionStrategy'}`);
  await client.execute(`CREATE TABLE ${KS}.kv (k int PRIMARY KEY, v text)`);
});

afterAll(async () => {
  await client?.shutdown();
  await emu?.stop();
});

/** The server error a statement gets (code and message), or undefined if it succeeds. */
async function refusal(run: () => Promise<unknown>): Promise<{ code: number; message: string; info?: unknown } | undefined> {
  try {
    await run();
    return undefined;
  } catch (err) {
    const e = err as { code?: number; message: string; info?: unknown; consistencies?: number; received?: number; blockFor?: number; writeType?: string };
    return { code: e.code ?? -1, message: e.message };
  }
}

describe('consistency levels (DML only)', () => {
  const writeText = (level: string): string =>
    `Consistency level ${level} is not supported for this operation. Supported consistency levels are: LOCAL_QUORUM`;
  const readText = (level: string): string =>
    `Consistency level ${level} is not supported for this operation. Supported consistency levels are: ONE, LOCAL_QUORUM, LOCAL_ONE`;

  it('refuses a write at ONE in a QUERY, an EXECUTE and a BATCH', async () => {
    const insert = `INSERT INTO ${KS}.kv (k, v) VALUES (1, 'a')`;
    expect(await refusal(() => client.execute(insert, [], { consistency: consistencies.one }))).toEqual({ code: 0x2200, message: writeText('ONE') });
    expect(await refusal(() => client.execute(`INSERT INTO ${KS}.kv (k, v) VALUES (?, ?)`, [1, 'a'], { prepare: true, consistency: consistencies.one }))).toEqual({
      code: 0x2200,
      message: writeText('ONE'),
    });
    expect(await refusal(() => client.batch([insert], { consistency: consistencies.quorum }))).toEqual({ code: 0x2200, message: writeText('QUORUM') });
  });

  it('refuses a read at QUORUM and ALL, accepts ONE, LOCAL_ONE and LOCAL_QUORUM', async () => {
    const select = `SELECT * FROM ${KS}.kv WHERE k = 1`;
    expect(await refusal(() => client.execute(select, [], { consistency: consistencies.quorum }))).toEqual({ code: 0x2200, message: readText('QUORUM') });
    expect(await refusal(() => client.execute(select, [], { consistency: consistencies.all, prepare: true }))).toEqual({ code: 0x2200, message: readText('ALL') });
    for (const consistency of [consistencies.one, consistencies.localOne, consistencies.localQuorum]) {
      expect(await refusal(() => client.execute(select, [], { consistency }))).toBeUndefined();
    }
  });

  it('lets DDL, USE and system-table reads through at any level, and never rejects serial consistency', async () => {
    expect(await refusal(() => client.execute(`CREATE TABLE IF NOT EXISTS ${KS}.other (k int PRIMARY KEY)`, [], { consistency: consistencies.all }))).toBeUndefined();
    expect(await refusal(() => client.execute("SELECT * FROM system.local WHERE key = 'local'", [], { consistency: consistencies.all }))).toBeUndefined();
    const lwt = await client.execute(`INSERT INTO ${KS}.kv (k, v) VALUES (2, 'b') IF NOT EXISTS`, [], {
      consistency: consistencies.localQuorum,
      serialConsistency: consistencies.serial,
    });
    expect(lwt.wasApplied()).toBe(true);
  });
});

describe('statement policy', () => {
  it('refuses statements Keyspaces does not support, with the catalog’s code and text', async () => {
    const cases: [string, Parameters<typeof rejectionEntry>[0]][] = [
      [`CREATE INDEX kv_v ON ${KS}.kv (v)`, 'secondary-index'],
      [`CREATE MATERIALIZED VIEW ${KS}.mv AS SELECT * FROM ${KS}.kv WHERE v IS NOT NULL AND k IS NOT NULL PRIMARY KEY (v, k)`, 'materialized-view'],
      [`CREATE TRIGGER trg ON ${KS}.kv USING 'org.example.Trigger'`, 'trigger'],
    ];
    for (const [cql, rule] of cases) {
      const entry = rejectionEntry(rule);
      expect(await refusal(() => client.execute(cql)), cql).toEqual({ code: entry.code, message: entry.template });
    }
    const truncate = await refusal(() => client.execute(`TRUNCATE ${KS}.kv`));
    expect(truncate?.code).toBe(rejectionEntry('truncate').code);
  });

  it('allows USING TTL only once the table’s TTL feature is on', async () => {
    const ttl = `INSERT INTO ${KS}.kv (k, v) VALUES (3, 'c') USING TTL 60`;
    expect(await refusal(() => client.execute(ttl))).toEqual({ code: 0x2200, message: 'TTL is not yet supported.' });
    await client.execute(`ALTER TABLE ${KS}.kv WITH custom_properties = {'ttl': {'status': 'enabled'}}`);
    expect(await refusal(() => client.execute(ttl))).toBeUndefined();
  });

  it('refuses an unlogged batch of more than 30 statements', async () => {
    const queries = Array.from({ length: 31 }, (_, i) => ({ query: `INSERT INTO ${KS}.kv (k, v) VALUES (?, ?)`, params: [100 + i, 'x'] }));
    const r = await refusal(() => client.batch(queries, { prepare: true, logged: false }));
    expect(r?.code).toBe(rejectionEntry('unlogged-batch-size').code);
    expect(await refusal(() => client.batch(queries.slice(0, 30), { prepare: true, logged: false }))).toBeUndefined();
  });

  it('returns IN results in IN-list order', async () => {
    for (const k of [10, 11, 12]) await client.execute(`INSERT INTO ${KS}.kv (k, v) VALUES (?, ?)`, [k, `v${k}`], { prepare: true });
    const rows = (await client.execute(`SELECT k FROM ${KS}.kv WHERE k IN (12, 10, 11)`)).rows.map((r) => r.get('k') as number);
    expect(rows).toEqual([12, 10, 11]);
    const bound = (await client.execute(`SELECT k FROM ${KS}.kv WHERE k IN (?, ?, ?)`, [11, 12, 10], { prepare: true })).rows.map((r) => r.get('k') as number);
    expect(bound).toEqual([11, 12, 10]);
  });
});

describe('1 MB pages', () => {
  it('ends a page at 1 MB of rows, and the paging state resumes right after the cut (QUERY and EXECUTE)', async () => {
    await client.execute(`CREATE TABLE ${KS}.big (k int, c int, v blob, PRIMARY KEY (k, c))`);
    const blob = Buffer.alloc(300 * 1024, 7);
    for (let c = 0; c < 10; c++) await client.execute(`INSERT INTO ${KS}.big (k, c, v) VALUES (?, ?, ?)`, [1, c, blob], { prepare: true });
    for (const prepare of [true, false]) {
      const pages: number[] = [];
      const seen: number[] = [];
      let pageState: string | undefined;
      do {
        // Unprepared, a JS number would be sent as a double: give the key as a literal there.
        const [query, params] = prepare ? [`SELECT c, v FROM ${KS}.big WHERE k = ?`, [1]] : [`SELECT c, v FROM ${KS}.big WHERE k = 1`, []];
        const rs = await client.execute(query, params, { prepare, fetchSize: 100, ...(pageState ? { pageState } : {}) });
        pages.push(rs.rowLength);
        seen.push(...rs.rows.map((r) => r.get('c') as number));
        pageState = rs.pageState ?? undefined;
      } while (pageState);
      // 3 rows of 300 KB fit in 1 MB; every row comes back once, in order.
      expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(pages.slice(0, 3)).toEqual([3, 3, 3]);
      expect(pages.reduce((a, b) => a + b, 0)).toBe(10);
    }
    // Small rows keep the client's page size.
    const small = await client.execute(`SELECT k FROM ${KS}.kv`, [], { fetchSize: 2 });
    expect(small.rowLength).toBeLessThanOrEqual(2);
  });
});

describe('Keyspaces-only DDL and system_schema_mcs', () => {
  it('accepts CUSTOM_PROPERTIES and TAGS and reports the table ACTIVE with its properties (QUERY and EXECUTE)', async () => {
    await client.execute(
      `CREATE TABLE ${KS}.prov (k int PRIMARY KEY, v text) WITH CUSTOM_PROPERTIES = {'capacity_mode': {'throughput_mode': 'PROVISIONED', 'read_capacity_units': 10, 'write_capacity_units': 20}} AND TAGS = {'team': 'data'}`,
    );
    const query = `SELECT status, custom_properties FROM system_schema_mcs.tables WHERE keyspace_name = '${KS}' AND table_name = 'prov'`;
    const row = (await client.execute(query)).first();
    expect(row.get('status')).toBe('ACTIVE');
    const capacity = (row.get('custom_properties') as Record<string, Record<string, string>>).capacity_mode;
    expect(capacity).toMatchObject({ throughput_mode: 'PROVISIONED', read_capacity_units: '10', write_capacity_units: '20' });
    const prepared = await client.execute('SELECT status FROM system_schema_mcs.tables WHERE keyspace_name = ? AND table_name = ?', [KS, 'prov'], { prepare: true });
    expect(prepared.first().get('status')).toBe('ACTIVE');
  });

  it('shows the replication the client asked for in system_schema.keyspaces', async () => {
    const row = (await client.execute('SELECT keyspace_name, replication FROM system_schema.keyspaces WHERE keyspace_name = ?', [KS])).first();
    expect((row.get('replication') as Record<string, string>).class).toContain('SingleRegionStrategy');
  });
});

describe('throttling and DDL delay (own emulators)', () => {
  it('answers over-capacity writes with WriteTimeout (LOCAL_QUORUM, 0 of 2, SIMPLE) and succeeds after backoff', async () => {
    const limited = await startEmulator({ writeCapacity: 1, readCapacity: 1 });
    const c = keyspacesClient(limited);
    try {
      await c.execute(`CREATE KEYSPACE ${KS}_t WITH replication = {'class': 'SingleRegionStrategy'}`);
      await c.execute(`CREATE TABLE ${KS}_t.kv (k int PRIMARY KEY, v text)`);
      const insert = `INSERT INTO ${KS}_t.kv (k, v) VALUES (?, ?)`;
      await c.execute(insert, [1, 'x'.repeat(100)], { prepare: true, retry: noRetry });
      let error: (Error & { code?: number; consistencies?: number; received?: number; blockFor?: number; writeType?: string }) | undefined;
      try {
        await c.execute(insert, [2, 'x'.repeat(100)], { prepare: true, retry: noRetry });
      } catch (err) {
        error = err as typeof error;
      }
      // The driver words the message itself; the server's fields are what Keyspaces sends.
      expect(error?.code).toBe(0x1100);
      expect([error?.consistencies, error?.received, error?.blockFor, error?.writeType]).toEqual([consistencies.localQuorum, 0, 2, 'SIMPLE']);
      await new Promise((r) => setTimeout(r, 1200));
      expect(await refusal(() => c.execute(insert, [2, 'x'.repeat(100)], { prepare: true, retry: noRetry }))).toBeUndefined();

      // Reads: a 6 KB row costs 2 units at LOCAL_QUORUM, so the next read is over a 1 unit/s budget.
      await new Promise((r) => setTimeout(r, 1200));
      await c.execute(insert, [3, 'y'.repeat(6000)], { prepare: true, retry: noRetry });
      await c.execute(`SELECT v FROM ${KS}_t.kv WHERE k = 3`, [], { retry: noRetry });
      const read = await refusal(() => c.execute(`SELECT v FROM ${KS}_t.kv WHERE k = 3`, [], { retry: noRetry }));
      expect(read?.code).toBe(0x1200);
    } finally {
      await c.shutdown();
      await limited.stop();
    }
  });

  it('keeps a new table CREATING for --ddl-delay and refuses its use until ACTIVE', async () => {
    const slow = await startEmulator({ ddlDelaySeconds: 2 });
    const c = keyspacesClient(slow);
    try {
      await c.execute(`CREATE KEYSPACE ${KS}_d WITH replication = {'class': 'SingleRegionStrategy'}`);
      await new Promise((r) => setTimeout(r, 2100));
      await c.execute(`CREATE TABLE ${KS}_d.t (k int PRIMARY KEY)`);
      const status = async (): Promise<string> =>
        (await c.execute('SELECT status FROM system_schema_mcs.tables WHERE keyspace_name = ? AND table_name = ?', [`${KS}_d`, 't'], { prepare: true })).first().get(
          'status',
        ) as string;
      expect(await status()).toBe('CREATING');
      expect(await refusal(() => c.execute(`INSERT INTO ${KS}_d.t (k) VALUES (1)`))).toEqual({ code: 0x2200, message: `unconfigured table ${KS}_d.t` });
      await new Promise((r) => setTimeout(r, 2100));
      expect(await status()).toBe('ACTIVE');
      expect(await refusal(() => c.execute(`INSERT INTO ${KS}_d.t (k) VALUES (1)`))).toBeUndefined();
    } finally {
      await c.shutdown();
      await slow.stop();
    }
  });

  it('remembers custom properties across an emulator restart (--state-dir)', async () => {
    const stateDir = await mkdtemp(join(tmpdir(), 'ksmig-emulator-state-'));
    try {
      const first = await startEmulator({ stateDir });
      const c1 = keyspacesClient(first);
      await c1.execute(`CREATE KEYSPACE IF NOT EXISTS ${KS}_r WITH replication = {'class': 'SingleRegionStrategy'}`);
      await c1.execute(`CREATE TABLE ${KS}_r.t (k int PRIMARY KEY, v text) WITH CUSTOM_PROPERTIES = {'ttl': {'status': 'enabled'}}`);
      await c1.shutdown();
      await first.stop();
      const second = await startEmulator({ stateDir });
      const c2 = keyspacesClient(second);
      try {
        expect(await refusal(() => c2.execute(`INSERT INTO ${KS}_r.t (k, v) VALUES (1, 'a') USING TTL 60`))).toBeUndefined();
        const row = (await c2.execute(`SELECT custom_properties FROM system_schema_mcs.tables WHERE keyspace_name = '${KS}_r' AND table_name = 't'`)).first();
        expect((row.get('custom_properties') as Record<string, Record<string, string>>).ttl).toEqual({ status: 'enabled' });
      } finally {
        await c2.shutdown();
        await second.stop();
      }
    } finally {
      await rm(stateDir, { recursive: true, force: true });
    }
  });
});
