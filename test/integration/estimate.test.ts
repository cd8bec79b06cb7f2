// ksmig estimate end to end: tables seeded on the run's shared Cassandra (created through the
// Keyspaces emulator), a generated three-hour query log with timestamps, consistency levels and a
// traffic spike, and `ksmig estimate --origin … --query-log … --json`. The origin sample sizes the
// tables, the log gives per-second rates, and the units the estimate gives each shape are checked
// against what the emulator itself charges for the same statements (an in-process emulator with a
// known capacity, read through its charges accessor).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cassandra from 'cassandra-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyspacesBehaviour } from '../../src/emulator/keyspaces/behaviour.js';
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js';
import { ensureTlsMaterial } from '../../src/emulator/tls.js';
import type { EstimateReport, ShapeEstimate } from '../../src/estimate/report.js';
import { readUnits } from '../../src/keyspaces/metering.js';
import { integerDataBytes } from '../../src/keyspaces/row-size.js';
import { runCli } from '../helpers/cli.js';
import { cassandraAddress, connectClient } from './helpers/cassandra.js';
import { keyspacesClient, type TestEmulator } from './helpers/emulator.js';

const KS = `est_e2e_${Date.now().toString(36)}`;
const REGION = 'us-east-1';
const ACCESS_KEY = 'AKIAESTIMATETEST0001';
const SECRET = `estimate-${Math.random().toString(36).slice(2)}`;
/** The emulator's capacity: known, and far above what the cross-check sends, so nothing is throttled. */
const CAPACITY = 100_000;
const EVENT_TYPES = 10;
const USERS = 50;
const EVENTS_PER_USER = 40;

let dir: string;
let behaviour: KeyspacesBehaviour;
let emulator: RunningEmulator;
let emu: TestEmulator;
let client: cassandra.Client;
let origin: cassandra.Client;
let report: EstimateReport;

interface LogEvent {
  name: ShapeName;
  ms: number;
  consistency: 'LOCAL_QUORUM' | 'LOCAL_ONE';
  query: string;
}

/** The statement shapes of the generated workload: how to write one execution, and how often it runs. */
const SHAPES = {
  profileRead: { every: 2, consistency: 'LOCAL_QUORUM', query: (n: number) => `SELECT * FROM ${KS}.profiles WHERE id = ${n % 200}` },
  nameRead: { every: 4, consistency: 'LOCAL_ONE', query: (n: number) => `SELECT name FROM ${KS}.profiles WHERE id = ${n % 200}` },
  bigInsert: { every: 10, consistency: 'LOCAL_QUORUM', query: (n: number) => `INSERT INTO ${KS}.kv (k, v) VALUES (${1000 + n}, '${'v'.repeat(2500)}')` },
  batch: {
    every: 20,
    consistency: 'LOCAL_QUORUM',
    query: (n: number) => `BEGIN BATCH INSERT INTO ${KS}.kv (k, v) VALUES (${3 * n}, 'a'); INSERT INTO ${KS}.kv (k, v) VALUES (${3 * n + 1}, 'b'); INSERT INTO ${KS}.kv (k, v) VALUES (${3 * n + 2}, 'c'); APPLY BATCH`,
  },
  scan: { every: 60, consistency: 'LOCAL_QUORUM', query: () => `SELECT * FROM ${KS}.events WHERE event_type = 'type3' ALLOW FILTERING` },
  partition: { every: 5, consistency: 'LOCAL_QUORUM', query: (n: number) => `SELECT * FROM ${KS}.events WHERE user_id = ${n % USERS}` },
  lwt: { every: 30, consistency: 'LOCAL_QUORUM', query: (n: number) => `UPDATE ${KS}.kv SET v = 'z' WHERE k = ${n % 100} IF EXISTS` },
  session: { every: 10, consistency: 'LOCAL_QUORUM', query: (n: number) => `INSERT INTO ${KS}.sessions (id, data) VALUES (${n}, '${'s'.repeat(1500)}')` },
} as const;
type ShapeName = keyof typeof SHAPES;

const T0 = Date.UTC(2026, 0, 5, 0, 0, 0);
const SPAN_SECONDS = 3 * 3600;
/** In the middle hour profile reads run every second, and at 01:30:00 fifty run at once. */
const SPIKE_SECOND = 5400;
const SPIKE = 50;

function generateLog(): LogEvent[] {
  const events: LogEvent[] = [];
  const counters = new Map<ShapeName, number>();
  for (let s = 0; s < SPAN_SECONDS; s++) {
    for (const [name, shape] of Object.entries(SHAPES) as [ShapeName, (typeof SHAPES)[ShapeName]][]) {
      const every = name === 'profileRead' && s >= 3600 && s < 7200 ? 1 : shape.every;
      const times = name === 'profileRead' && s === SPIKE_SECOND ? SPIKE : s % every === 0 ? 1 : 0;
      for (let i = 0; i < times; i++) {
        const n = counters.get(name) ?? 0;
        counters.set(name, n + 1);
        events.push({ name, ms: T0 + s * 1000 + i, consistency: shape.consistency, query: shape.query(n) });
      }
    }
  }
  return events;
}

/** Seconds from the log's first to its last timestamp. */
function spanOf(events: readonly LogEvent[]): number {
  return Math.floor((events[events.length - 1]!.ms - T0) / 1000) + 1;
}

/** Per-second totals of `weight(event)`, over the whole span (empty seconds included). */
function perSecond(events: readonly LogEvent[], weight: (e: LogEvent) => number): number[] {
  const totals = new Array<number>(spanOf(events)).fill(0);
  for (const e of events) totals[Math.floor((e.ms - T0) / 1000)]! += weight(e);
  return totals;
}

function p95(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(0.95 * sorted.length) - 1]!;
}

let log: LogEvent[];
const first = new Map<ShapeName, string>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ksmig-estimate-it-'));
  behaviour = new KeyspacesBehaviour({ readCapacity: CAPACITY, writeCapacity: CAPACITY, ddlDelaySeconds: 0 });
  const tls = await ensureTlsMaterial(join(dir, 'tls'));
  emulator = await startEmulator({
    backend: cassandraAddress(),
    listen: { host: '127.0.0.1', port: 0 },
    region: REGION,
    keys: new Map([[ACCESS_KEY, SECRET]]),
    tls,
    behaviour,
  });
  emu = { host: emulator.host, port: emulator.port, caPath: emulator.caPath, region: REGION, accessKeyId: ACCESS_KEY, secret: SECRET } as TestEmulator;
  client = keyspacesClient(emu);
  // The schema is created through the emulator (it then knows the tables, as Keyspaces would).
  await client.execute(`CREATE KEYSPACE ${KS} WITH replication = {'class': 'SingleRegionStrategy'}`);
  await client.execute(`CREATE TABLE ${KS}.profiles (id int PRIMARY KEY, name text, bio text)`);
  await client.execute(`CREATE TABLE ${KS}.events (user_id int, seq int, event_type text, payload text, PRIMARY KEY (user_id, seq))`);
  await client.execute(`CREATE TABLE ${KS}.kv (k int PRIMARY KEY, v text)`);
  await client.execute(`CREATE TABLE ${KS}.sessions (id int PRIMARY KEY, data text) WITH default_time_to_live = 3600`);

  // Seeded directly on the origin (the shared Cassandra behind the emulator).
  origin = connectClient(KS);
  const insertProfile = 'INSERT INTO profiles (id, name, bio) VALUES (?, ?, ?)';
  const insertEvent = 'INSERT INTO events (user_id, seq, event_type, payload) VALUES (?, ?, ?, ?)';
  const writes: [string, unknown[]][] = [];
  for (let id = 0; id < 200; id++) writes.push([insertProfile, [id, `user-${String(id).padStart(4, '0')}`, 'b'.repeat(300)]]);
  for (let u = 0; u < USERS; u++) {
    for (let s = 0; s < EVENTS_PER_USER; s++) writes.push([insertEvent, [u, s, `type${(u * EVENTS_PER_USER + s) % EVENT_TYPES}`, 'p'.repeat(100)]]);
  }
  for (let k = 0; k < 100; k++) writes.push(['INSERT INTO kv (k, v) VALUES (?, ?)', [k, 'v']]);
  for (let i = 0; i < writes.length; i += 100) {
    await Promise.all(writes.slice(i, i + 100).map(([q, params]) => origin.execute(q, params, { prepare: true })));
  }

  log = generateLog();
  for (const [name, shape] of Object.entries(SHAPES) as [ShapeName, (typeof SHAPES)[ShapeName]][]) first.set(name, shape.query(0));
  const lines = log.map((e) => JSON.stringify({ ts: new Date(e.ms).toISOString(), keyspace: KS, consistency: e.consistency, query: e.query }));
  await writeFile(join(dir, 'queries.jsonl'), `${lines.join('\n')}\n`);

  const { host, port } = cassandraAddress();
  const r = await runCli(
    ['estimate', '--origin', `${host}:${port}`, '--origin-dc', 'datacenter1', '--keyspace', KS, '--sample-rows', '5000', '--query-log', join(dir, 'queries.jsonl'), '--region', REGION, '--json'],
    { cwd: dir },
  );
  if (r.code !== 0) throw new Error(`ksmig estimate exited ${r.code}: ${r.stderr}`);
  report = JSON.parse(r.stdout) as EstimateReport;
}, 180_000);

afterAll(async () => {
  await client?.execute(`DROP KEYSPACE IF EXISTS ${KS}`).catch(() => undefined);
  await client?.shutdown();
  await origin?.shutdown();
  await emulator?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

function shapeOf(name: ShapeName): ShapeEstimate {
  const text = first.get(name)!;
  const found = report.shapes.find((s) => s.sources.some((src) => src.endsWith(`:${log.findIndex((e) => e.query === text) + 1}`)));
  if (found === undefined) throw new Error(`no shape for ${name}`);
  return found;
}

describe('ksmig estimate on a seeded origin and a timestamped query log', () => {
  it('sizes every table from a complete sample of the origin', () => {
    const byName = new Map(report.tables.map((t) => [t.table, t]));
    expect(byName.get(`${KS}.events`)).toMatchObject({ rows: USERS * EVENTS_PER_USER, partitions: USERS, sizes: ['complete-sample'] });
    expect(byName.get(`${KS}.profiles`)).toMatchObject({ rows: 200, partitions: 200 });
    // The key stored twice with 3 B of metadata and a 1 B id (ids 0–199: 2 or 3 bytes each, DG integer sizes),
    // a 9-byte name and a 300-byte bio, each with its 1 B id.
    const ids = Array.from({ length: 200 }, (_, id) => 2 * integerDataBytes(id) + 3 + 1);
    const rowBytes = ids.reduce((a, b) => a + b, 0) / ids.length + 10 + 301;
    expect(byName.get(`${KS}.profiles`)!.rowBytes).toBeCloseTo(rowBytes, 1);
    expect(byName.get(`${KS}.profiles`)!.storageBytes).toBe(Math.round(200 * (rowBytes + 100)));
  });

  it('with a sample smaller than the table, takes the rows from system.size_estimates, or says they are unknown', async () => {
    const { host, port } = cassandraAddress();
    const r = await runCli(['estimate', '--origin', `${host}:${port}`, '--origin-dc', 'datacenter1', '--keyspace', KS, '--sample-rows', '500', '--reads', `${KS}.events=10`, '--region', REGION, '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const partial = JSON.parse(r.stdout) as EstimateReport;
    const events = partial.tables.find((t) => t.table === `${KS}.events`)!;
    expect(events.sizes).toContain('sample');
    if (events.sizes.includes('size_estimates')) {
      // Cassandra's estimate (partitions) times the sample's rows per partition.
      expect(events.partitions).toBeGreaterThan(0);
      expect(events.rows).toBeCloseTo(events.partitions! * EVENTS_PER_USER, 0);
    } else {
      // Fresh data not yet flushed has no estimate: rows stay unknown, and a scan would say so.
      expect(events.rows).toBeUndefined();
    }
    // The sample still measures the columns.
    expect(events.rowBytes).toBeGreaterThan(100);
  });

  it('takes per-second rates from the timestamps: average, p95 and peak of each shape', () => {
    const seconds = spanOf(log);
    expect(report.rates).toMatchObject({ basis: 'log', seconds, statements: log.length });
    for (const name of Object.keys(SHAPES) as ShapeName[]) {
      const series = perSecond(log, (e) => (e.name === name ? 1 : 0));
      const shape = shapeOf(name);
      const count = series.reduce((a, b) => a + b, 0);
      expect(shape.count, name).toBe(count);
      expect(shape.perSecond, name).toBeCloseTo(count / seconds, 4);
      expect(shape.rate.peak, name).toBe(Math.max(...series));
      expect(shape.rate.p95, name).toBe(p95(series));
    }
    expect(shapeOf('profileRead').rate.peak).toBe(SPIKE);
  });

  it('sizes provisioned capacity for the peak second of each table at 70% and follows the hourly profile', () => {
    const profiles = report.tables.find((t) => t.table === `${KS}.profiles`)!;
    // Reads of profiles: 1 unit at LOCAL_QUORUM (SELECT *), half a unit at LOCAL_ONE (SELECT name).
    const units = perSecond(log, (e) => (e.name === 'profileRead' ? 1 : e.name === 'nameRead' ? 0.5 : 0));
    expect(profiles.reads.peak).toBe(Math.max(...units));
    expect(profiles.autoScaling.read.max).toBe(Math.ceil(Math.max(...units) / 0.7));
    // The quietest hour: a read every 2 s and one every 4 s at half a unit.
    expect(profiles.autoScaling.read.min).toBe(Math.ceil((0.5 + 0.125) / 0.7));
    expect(profiles.autoScaling.read.targetUtilization).toBe(70);
    expect(report.recommendation).toBe(report.monthly.provisioned < report.monthly.onDemand ? 'provisioned' : 'on-demand');
  });

  it('explains the ALLOW FILTERING scan with its finding, what it reads against what it returns, and prices a table keyed by event_type', () => {
    const scan = shapeOf('scan');
    expect(scan.findings.map((f) => f.ruleId)).toContain('KS3003');
    expect(scan.read).toMatchObject({ path: 'scan' });
    // Ten event types, evenly spread: it reads every row and returns a tenth of them.
    expect(scan.read!.readPerReturned).toBeCloseTo(EVENT_TYPES, 0);
    expect(scan.fix).toMatchObject({ ruleId: 'KS3003', kind: 'keyed-table', keyedBy: ['event_type'] });
    const batch = shapeOf('batch');
    expect(batch.findings.map((f) => f.ruleId)).toContain('KS6008');
    expect(batch.fix).toMatchObject({ kind: 'unlogged-batch' });
    const lwt = shapeOf('lwt');
    expect(lwt.findings.map((f) => f.ruleId)).toContain('KS3001');
    expect(lwt.failedCondition).toEqual({ rru: 0, wcu: 1 });
    expect(shapeOf('session').ttlDeletesPerRun).toBe(2);
  });

  it('gives each shape the units the emulator charges for the same statement', async () => {
    const charged = (table: string) => behaviour.capacityCharged(`${KS}.${table}`);
    const run = async (name: ShapeName, table: string): Promise<{ read: number; write: number }> => {
      const before = charged(table);
      const consistency = SHAPES[name].consistency === 'LOCAL_ONE' ? cassandra.types.consistencies.localOne : cassandra.types.consistencies.localQuorum;
      await client.execute(first.get(name)!, [], { consistency, prepare: false });
      const after = charged(table);
      return { read: after.read - before.read, write: after.write - before.write };
    };
    // Point reads, writes, a logged batch, an LWT that applies and a partition read: the same units.
    const exact: [ShapeName, string][] = [
      ['profileRead', 'profiles'],
      ['nameRead', 'profiles'],
      ['bigInsert', 'kv'],
      ['batch', 'kv'],
      ['lwt', 'kv'],
      ['partition', 'events'],
      ['session', 'sessions'],
    ];
    for (const [name, table] of exact) {
      const units = await run(name, table);
      expect({ rru: units.read, wcu: units.write }, name).toEqual(shapeOf(name).perRun);
    }
    expect(shapeOf('batch').perRun.wcu).toBe(6);
    expect(shapeOf('bigInsert').perRun.wcu).toBe(3);
    expect(shapeOf('nameRead').perRun.rru).toBe(0.5);
    // A filtered scan: the emulator meters the rows it returns, Keyspaces bills the rows it reads.
    // The estimate's returned bytes meter as the emulator does, and the estimate bills the whole table.
    const scan = shapeOf('scan');
    const units = await run('scan', 'events');
    expect(units.read).toBe(readUnits(scan.read!.bytesReturned!));
    expect(scan.perRun.rru).toBe(readUnits(scan.read!.bytesRead));
    expect(scan.perRun.rru).toBeGreaterThan(units.read * (EVENT_TYPES - 1));
  });
});
