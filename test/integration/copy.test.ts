// ksmig copy end to end: a real Cassandra 5.0 origin started here (so it can be stopped and
// restarted mid-copy), the Keyspaces emulator (TLS + SigV4) in front of the run's shared Cassandra
// as the target. Rows are compared cell by cell on both sides afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cassandra from 'cassandra-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEmulator, type StartedEmulator } from '../../src/emulator/run.js';
import { startLocalCassandra, type LocalCassandra } from '../../src/local/index.js';
import { repoRoot, spawnCli } from '../helpers/cli.js';
import { cassandraAddress } from './helpers/cassandra.js';
import { differences, dumpClient, dumpTable } from './helpers/tables.js';

const REGION = 'us-east-1';
const ACCESS_KEY = 'AKIACOPYTEST00000001';
const SECRET = `copy-secret-${Math.random().toString(36).slice(2)}`;
const ORIGIN_PASSWORD_PROBE = 'not-a-real-password-7f3a';

let origin: LocalCassandra;
let originDir: string;
let originClient: cassandra.Client;
let emulator: StartedEmulator;
let emulatorDir: string;
let targetClient: cassandra.Client;
let work: string;

const env = (): NodeJS.ProcessEnv => ({ ...process.env, AWS_ACCESS_KEY_ID: ACCESS_KEY, AWS_SECRET_ACCESS_KEY: SECRET, AWS_PROFILE: '', AWS_REGION: '', KSMIG_ORIGIN_PASSWORD: '' });

async function startEmulatorAt(port: number, options: { writeCapacity?: number } = {}): Promise<StartedEmulator> {
  return runEmulator({
    backend: cassandraAddress(),
    listen: { host: '127.0.0.1', port },
    region: REGION,
    keysPath: join(emulatorDir, 'keys'),
    stateDir: emulatorDir,
    maxSkewSeconds: 900,
    ddlDelaySeconds: 1,
    ...(options.writeCapacity !== undefined ? { writeCapacity: options.writeCapacity } : {}),
  });
}

/** The flags naming the origin and the emulator target. */
function endpoints(): string[] {
  return ['--origin', `${origin.host}:${origin.port}`, '--target', `${emulator.host}:${emulator.port}`, '--region', REGION, '--target-ca', emulator.caPath];
}

function lastEvent(stdout: string): Record<string, unknown> {
  const lines = stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1] as string) as Record<string, unknown>;
}

function events(stdout: string): Array<Record<string, unknown>> {
  return stdout
    .trim()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

async function expectIdentical(keyspace: string, table: string, keys: string[], targetKeyspace = keyspace): Promise<number> {
  const a = await dumpTable(originClient, keyspace, table, keys);
  const b = await dumpTable(targetClient, targetKeyspace, table, keys);
  expect(differences(a, b)).toEqual([]);
  expect(b.size).toBe(a.size);
  return a.size;
}

/** Starts `ksmig copy` as its own process (to kill it, or to run several at once). */
function startCopy(args: string[]): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', `${repoRoot}src/cli/dev.ts`, 'copy', ...args], { cwd: repoRoot, env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (out += c.toString()));
  return { child, output: () => out, exited: new Promise((resolve) => child.on('close', (code) => resolve(code))) };
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'ksmig-copy-test-'));
  originDir = await mkdtemp(join(tmpdir(), 'ksmig-copy-origin-'));
  emulatorDir = await mkdtemp(join(tmpdir(), 'ksmig-copy-emulator-'));
  await writeFile(join(emulatorDir, 'keys'), `${ACCESS_KEY} ${SECRET}\n`);
  origin = await startLocalCassandra({ dir: originDir, heap: '768m' });
  emulator = await startEmulatorAt(0);
  originClient = dumpClient({ contactPoints: [`${origin.host}:${origin.port}`], localDataCenter: 'datacenter1' });
  const shared = cassandraAddress();
  targetClient = dumpClient({ contactPoints: [`${shared.host}:${shared.port}`], localDataCenter: 'datacenter1' });
  await seedOrigin(originClient);
}, 240_000);

afterAll(async () => {
  await originClient?.shutdown();
  await targetClient?.shutdown();
  await emulator?.close();
  await origin?.stop();
  await rm(originDir, { recursive: true, force: true });
  await rm(emulatorDir, { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
}, 120_000);

const SAMPLES = 100_000;

async function seedOrigin(c: cassandra.Client): Promise<void> {
  const ddl = [
    "CREATE KEYSPACE cpapp WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}",
    "CREATE KEYSPACE cpmetrics WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}",
    'CREATE TYPE cpapp.address (street text, zip int, tags frozen<set<text>>)',
    `CREATE TABLE cpapp.profiles (id uuid PRIMARY KEY, a ascii, b bigint, bl blob, bo boolean, d date, de decimal, db double, f float, i inet,
       n int, s smallint, t text, tm time, ts timestamp, tu timeuuid, ti tinyint, vi varint, du duration, v vector<float, 3>)`,
    `CREATE TABLE cpapp.events (tenant text, day date, at timestamp, id timeuuid, st text static, tags set<text>, attrs map<text, int>, hist list<int>,
       addr frozen<address>, naddr address, pair tuple<int, text>, nested frozen<list<frozen<map<text, int>>>>,
       PRIMARY KEY ((tenant, day), at, id)) WITH CLUSTERING ORDER BY (at DESC, id ASC)`,
    'CREATE TABLE cpapp.hits (page text PRIMARY KEY, views counter, likes counter)',
    'CREATE TABLE cpmetrics.samples (sensor int, at int, value double, note text, PRIMARY KEY (sensor, at))',
  ];
  for (const q of ddl) await c.execute(q);
  const T = cassandra.types;
  const profiles: unknown[][] = [];
  for (let i = 0; i < 300; i++) {
    const empty = i % 10 === 0;
    const nulls = i % 7 === 0;
    profiles.push([
      T.Uuid.random(),
      nulls ? null : `ascii-${i}`,
      T.Long.fromString(String(BigInt(i) * 9_000_000_000_000n - 4_000_000_000_000_000_000n)),
      empty ? Buffer.alloc(0) : Buffer.from([i % 256, 1, 2, 3]),
      i % 2 === 0,
      T.LocalDate.fromString(`2024-0${(i % 9) + 1}-1${i % 9}`),
      T.BigDecimal.fromString(`${i}.${'0'.repeat(i % 4)}5`),
      i % 13 === 0 ? -0 : i / 3,
      i % 17 === 0 ? Number.NaN : i / 7,
      T.InetAddress.fromString(i % 2 === 0 ? `10.0.${i % 256}.1` : `2001:db8::${i}`),
      nulls ? null : i - 150,
      i - 150,
      empty ? '' : `text ✓ ${i}`,
      T.LocalTime.fromString(`1${i % 10}:0${i % 10}:00.${i}`),
      new Date(1_700_000_000_000 + i * 1000),
      T.TimeUuid.now(),
      (i % 256) - 128,
      T.Integer.fromString(`${i}${'9'.repeat(i % 30)}`),
      T.Duration.fromString(`${i % 5}h${i % 60}m${i % 3}s`),
      nulls ? null : new T.Vector([i, i / 2, -i], 'float'),
    ]);
  }
  await cassandra.concurrent.executeConcurrent(c, 'INSERT INTO cpapp.profiles (id, a, b, bl, bo, d, de, db, f, i, n, s, t, tm, ts, tu, ti, vi, du, v) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', profiles);
  const events: unknown[][] = [];
  for (let i = 0; i < 2000; i++) {
    const p = i % 50;
    events.push([
      `tenant-${p % 10}`,
      T.LocalDate.fromString(`2025-01-${String((p % 5) + 1).padStart(2, '0')}`),
      new Date(1_735_000_000_000 + i * 60_000),
      T.TimeUuid.now(),
      `static-${p}`,
      i % 9 === 0 ? null : new Set([`t${i % 3}`, `t${i % 5}`]),
      new Map([[`k${i % 4}`, i]]),
      [i, i + 1, i + 2],
      { street: `street ${i}`, zip: 10_000 + i, tags: new Set(['a', 'b']) },
      { street: `other ${i}`, zip: i, tags: null },
      new T.Tuple(i, `pair ${i}`),
      [new Map([['x', i]]), new Map([['y', -i]])],
    ]);
  }
  await cassandra.concurrent.executeConcurrent(
    c,
    'INSERT INTO cpapp.events (tenant, day, at, id, st, tags, attrs, hist, addr, naddr, pair, nested) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    events,

  );
  for (let i = 0; i < 40; i++) {
    await c.execute('UPDATE cpapp.hits SET views = views + ?, likes = likes + ? WHERE page = ?', [T.Long.fromNumber(i * 10 + 1), T.Long.fromNumber(i), `/page/${i}`], { prepare: true });
  }
  const samples: unknown[][] = [];
  for (let i = 0; i < SAMPLES; i++) samples.push([i % 500, Math.floor(i / 500), i * 0.25, i % 3 === 0 ? null : `n${i}`]);
  await cassandra.concurrent.executeConcurrent(c, 'INSERT INTO cpmetrics.samples (sensor, at, value, note) VALUES (?, ?, ?, ?)', samples, { concurrencyLevel: 128 });
}

describe('ksmig copy (origin Cassandra → emulator over TLS + SigV4)', () => {
  it('copies two keyspaces with every column type, creating the converted tables, and the rows are identical', async () => {
    const checkpoint = join(work, 'all.json');
    const r = await spawnCli(['copy', ...endpoints(), '--keyspace', 'cpapp,cpmetrics', '--create-tables', '--json', '--checkpoint', checkpoint], { env: env(), timeoutMs: 300_000 });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const summary = lastEvent(r.stdout);
    expect(Object.keys(summary)).toEqual(['type', 'tables']);
    const tables = summary['tables'] as Array<Record<string, unknown>>;
    expect(tables.map((t) => t['table'])).toEqual(['cpapp.events', 'cpapp.hits', 'cpapp.profiles', 'cpmetrics.samples']);
    for (const t of tables) expect(Object.keys(t)).toEqual(['table', 'read', 'written', 'rejected', 'seconds']);
    expect(tables.find((t) => t['table'] === 'cpmetrics.samples')).toMatchObject({ read: SAMPLES, written: SAMPLES, rejected: 0 });
    const plan = events(r.stdout).find((e) => e['type'] === 'plan') as { tables: Array<{ table: string; fidelity: string; conversions: string[] }> };
    expect(plan.tables.find((t) => t.table === 'cpapp.hits')?.fidelity).toBe('counter');
    expect(plan.tables.find((t) => t.table === 'cpapp.profiles')?.conversions).toEqual(['du: duration → text', 'v: vector<float, 3> → frozen<list<float>>']);

    expect(await expectIdentical('cpapp', 'profiles', ['id'])).toBe(300);
    expect(await expectIdentical('cpapp', 'events', ['tenant', 'day', 'at', 'id'])).toBe(2000);
    expect(await expectIdentical('cpapp', 'hits', ['page'])).toBe(40);
    expect(await expectIdentical('cpmetrics', 'samples', ['sensor', 'at'])).toBe(SAMPLES);
    // Nothing secret in what the copy printed or kept.
    const saved = await readFile(checkpoint, 'utf8');
    for (const text of [r.stdout, r.stderr, saved]) expect(text).not.toContain(SECRET);
  }, 360_000);
});
