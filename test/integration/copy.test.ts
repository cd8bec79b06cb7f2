// ksmig copy end to end: a real Cassandra 5.0 origin started here (so it can be stopped and
// restarted mid-copy), the Keyspaces emulator (TLS + SigV4) in front of the run's shared Cassandra
// as the target. Rows are compared cell by cell on both sides afterwards.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cassandra from 'cassandra-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEmulator, type StartedEmulator } from '../../src/emulator/run.js';
import { startLocalCassandra, type LocalCassandra } from '../../src/local/index.js';
import { spawnCli } from '../helpers/cli.js';
import { cassandraAddress } from './helpers/cassandra.js';
import { jsonEvents as events, lastEvent, startKsmig } from './helpers/ksmig-process.js';
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

async function expectIdentical(keyspace: string, table: string, keys: string[], targetKeyspace = keyspace): Promise<number> {
  const a = await dumpTable(originClient, keyspace, table, keys);
  const b = await dumpTable(targetClient, targetKeyspace, table, keys);
  expect(differences(a, b)).toEqual([]);
  expect(b.size).toBe(a.size);
  return a.size;
}

/** Starts `ksmig copy` as its own process (to kill it, or to run several at once). */
const startCopy = (args: string[]) => startKsmig(['copy', ...args], env());

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
  // Target keyspaces from an earlier run against a reused Cassandra (KSMIG_TEST_CASSANDRA) would count as extra rows.
  for (const ks of TARGET_KEYSPACES) await targetClient.execute(`DROP KEYSPACE IF EXISTS ${ks}`);
  await seedOrigin(originClient);
}, 240_000);

afterAll(async () => {
  for (const ks of TARGET_KEYSPACES) await targetClient?.execute(`DROP KEYSPACE IF EXISTS ${ks}`).catch(() => undefined);
  await originClient?.shutdown();
  await targetClient?.shutdown();
  await emulator?.close();
  await origin?.stop();
  await rm(originDir, { recursive: true, force: true });
  await rm(emulatorDir, { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
}, 120_000);

const SAMPLES = 100_000;
const TARGET_KEYSPACES = ['cpapp', 'cpmetrics', 'cpresume', 'cpresume2', 'cpshard', 'cpthrottle', 'cpttl', 'cprejects', 'cprejects2', 'cprestart', 'cpnothere'];

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
    "CREATE KEYSPACE cpedge WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}",
    'CREATE TABLE cpedge.timed (id int PRIMARY KEY, a text, b int, s set<text>, l list<int>)',
    'CREATE TABLE cpedge.big (id text PRIMARY KEY, payload blob)',
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
  // Cells with their own TTLs and writetimes (within Keyspaces' window: the last day), one older than the window.
  const now = Date.now() * 1000;
  for (let i = 0; i < 200; i++) {
    const ts = cassandra.types.Long.fromString(String(now - (i + 1) * 60_000_000));
    if (i % 4 === 0) await c.execute('INSERT INTO cpedge.timed (id, a, b) VALUES (?, ?, ?)', [i, `a${i}`, i], { prepare: true });
    else await c.execute('INSERT INTO cpedge.timed (id, a, b) VALUES (?, ?, ?) USING TTL ? AND TIMESTAMP ?', [i, `a${i}`, i, 3600 + i, ts], { prepare: true });
    await c.execute('UPDATE cpedge.timed USING TTL ? AND TIMESTAMP ? SET b = ? WHERE id = ?', [7200 + i, cassandra.types.Long.fromString(String(now - i * 1000)), -i, i], { prepare: true });
    await c.execute('UPDATE cpedge.timed USING TIMESTAMP ? SET s = s + ? WHERE id = ?', [ts, [`x${i}`], i], { prepare: true });
    await c.execute('UPDATE cpedge.timed USING TTL ? AND TIMESTAMP ? SET s = s + ?, l = l + ? WHERE id = ?', [900 + i, cassandra.types.Long.fromString(String(now - 5_000_000)), [`y${i}`], [i, i + 1], i], { prepare: true });
  }
  await c.execute('UPDATE cpedge.timed USING TIMESTAMP ? SET a = ? WHERE id = ?', [cassandra.types.Long.fromString(String(now - 3 * 86_400_000_000)), 'old', 1000], { prepare: true });
  // Rows Keyspaces refuses: a row over 1 MB and a partition key over 2,048 bytes; and rows it takes.
  await c.execute('INSERT INTO cpedge.big (id, payload) VALUES (?, ?)', ['too-big', Buffer.alloc(1_200_000, 7)], { prepare: true });
  await c.execute('INSERT INTO cpedge.big (id, payload) VALUES (?, ?)', ['k'.repeat(3000), Buffer.from('x')], { prepare: true });
  for (let i = 0; i < 20; i++) await c.execute('INSERT INTO cpedge.big (id, payload) VALUES (?, ?)', [`fine-${i}`, Buffer.alloc(500, i)], { prepare: true });
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

describe('ksmig copy: resume, shards, throttling, fidelity, rejects, outages', () => {
  it('resumes after kill -9 without copying a finished range again, and ends identical', async () => {
    const checkpoint = join(work, 'resume.json');
    const args = [...endpoints(), '--keyspace', 'cpmetrics', '--target-keyspace', 'cpresume', '--create-tables', '--json', '--checkpoint', checkpoint];
    const first = startCopy([...args, '--rate', '3000']);
    let done: string[] = [];
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
      const saved = await readFile(checkpoint, 'utf8').catch(() => undefined);
      done = saved === undefined ? [] : ((JSON.parse(saved) as { tables: Record<string, { done: string[] }> }).tables['cpmetrics.samples']?.done ?? []);
      if (done.length >= 30) break;
    }
    first.child.kill('SIGKILL');
    await first.exited;
    const saved = JSON.parse(await readFile(checkpoint, 'utf8')) as { tables: Record<string, { done: string[]; ranges: unknown[] }> };
    const finished = new Set(saved.tables['cpmetrics.samples']?.done);
    expect(finished.size).toBeGreaterThanOrEqual(30);
    expect(finished.size).toBeLessThan(saved.tables['cpmetrics.samples']?.ranges.length ?? 0);

    const again = await spawnCli(['copy', ...args, '--resume'], { env: env(), timeoutMs: 300_000 });
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    const run = events(again.stdout);
    const plan = run.find((e) => e['type'] === 'plan') as { resumed: boolean; tables: Array<{ finishedRanges: number }> };
    expect(plan.resumed).toBe(true);
    expect(plan.tables[0]?.finishedRanges).toBe(finished.size);
    const recopied = run.filter((e) => e['type'] === 'range-start' && finished.has(String(e['range'])));
    expect(recopied).toEqual([]);
    expect(await expectIdentical('cpmetrics', 'samples', ['sensor', 'at'], 'cpresume')).toBe(SAMPLES);
    // A checkpoint of another plan is refused.
    const other = await spawnCli(['copy', ...endpoints(), '--keyspace', 'cpmetrics', '--target-keyspace', 'cpresume2', '--json', '--checkpoint', checkpoint, '--resume'], { env: env() });
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/is for another copy/);
  }, 420_000);

  it('splits the work between three shard processes that together copy every row exactly once', async () => {
    await targetClient.execute("CREATE KEYSPACE IF NOT EXISTS cpshard WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
    await targetClient.execute('CREATE TABLE IF NOT EXISTS cpshard.samples (sensor int, at int, value double, note text, PRIMARY KEY (sensor, at))');
    const runs = [1, 2, 3].map((i) =>
      startCopy([...endpoints(), '--keyspace', 'cpmetrics', '--target-keyspace', 'cpshard', '--json', '--shard', `${i}/3`, '--splits', '96', '--checkpoint', join(work, `shard-${i}.json`)]),
    );
    const codes = await Promise.all(runs.map((r) => r.exited));
    expect(codes).toEqual([0, 0, 0]);
    const written = runs.map((r) => (lastEvent(r.output().split('\n').filter((l) => l.startsWith('{')).join('\n'))['tables'] as Array<{ written: number }>)[0]?.written ?? 0);
    expect(written.reduce((a, b) => a + b, 0)).toBe(SAMPLES);
    for (const w of written) expect(w).toBeGreaterThan(0);
    const saved = await Promise.all([1, 2, 3].map(async (i) => (JSON.parse(await readFile(join(work, `shard-${i}.json`), 'utf8')) as { tables: Record<string, { done: string[]; ranges: unknown[] }> }).tables['cpmetrics.samples']));
    // Every shard planned the same 96 ranges and finished its own third of them.
    for (const s of saved) expect(s?.ranges).toHaveLength(96);
    const done = saved.flatMap((s) => s?.done ?? []);
    expect(done).toHaveLength(96);
    expect(new Set(done).size).toBe(96);
    expect(await expectIdentical('cpmetrics', 'samples', ['sensor', 'at'], 'cpshard')).toBe(SAMPLES);
  }, 300_000);

  it('finishes without losing a row when the target throttles, holding write units near its capacity', async () => {
    const limited = await runEmulator({ backend: cassandraAddress(), listen: { host: '127.0.0.1', port: 0 }, region: REGION, keysPath: join(emulatorDir, 'keys'), stateDir: emulatorDir, maxSkewSeconds: 900, ddlDelaySeconds: 0, writeCapacity: 400 });
    try {
      const target = ['--origin', `${origin.host}:${origin.port}`, '--target', `${limited.host}:${limited.port}`, '--region', REGION, '--target-ca', limited.caPath];
      const started = Date.now();
      const r = await spawnCli(['copy', ...target, '--keyspace', 'cpapp', '--tables', 'events', '--target-keyspace', 'cpthrottle', '--create-tables', '--json', '--checkpoint', join(work, 'throttle.json')], { env: env(), timeoutMs: 300_000 });
      expect(r.code).toBe(0);
      const seconds = (Date.now() - started) / 1000;
      const run = events(r.stdout);
      expect(run.some((e) => e['type'] === 'throttled')).toBe(true);
      expect(run.some((e) => e['type'] === 'rate' && e['reason'] === 'throttled')).toBe(true);
      const progress = run.filter((e) => e['type'] === 'progress') as Array<{ writeUnits: number; elapsedSeconds: number }>;
      const last = progress[progress.length - 1] as { writeUnits: number; elapsedSeconds: number };
      // 2,000 rows of one unit each at 400 units/s: a few seconds, and never much faster than the capacity allows.
      expect(last.writeUnits).toBeGreaterThanOrEqual(2000);
      expect(last.writeUnits / last.elapsedSeconds).toBeLessThan(400 * 1.5);
      expect(seconds).toBeGreaterThan(3);
      expect(await expectIdentical('cpapp', 'events', ['tenant', 'day', 'at', 'id'], 'cpthrottle')).toBe(2000);
    } finally {
      await limited.close();
    }
  }, 300_000);

  it('keeps each cell’s TTL and writetime (set elements by their own), writing cells older than the window at its edge', async () => {
    const r = await spawnCli(['copy', ...endpoints(), '--keyspace', 'cpedge', '--tables', 'timed', '--target-keyspace', 'cpttl', '--create-tables', '--preserve-ttl', '--preserve-writetime', '--json', '--checkpoint', join(work, 'ttl.json')], {
      env: env(),
      timeoutMs: 300_000,
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const plan = events(r.stdout).find((e) => e['type'] === 'plan') as { tables: Array<{ fidelity: string }> };
    expect(plan.tables[0]?.fidelity).toBe('ttl+writetime');
    expect(events(r.stdout).some((e) => e['type'] === 'warning' && /cpedge\.timed: 1 cells had writetimes outside/.test(String(e['message'])))).toBe(true);
    const q = 'SELECT id, WRITETIME(a) AS wa, TTL(a) AS ta, WRITETIME(b) AS wb, TTL(b) AS tb, WRITETIME(s) AS ws, TTL(s) AS ts, WRITETIME(l) AS wl FROM "KS".timed';
    const read = async (client: cassandra.Client, ks: string) => new Map((await client.execute(q.replace('KS', ks), [], { fetchSize: 1000 })).rows.map((row) => [row.get('id') as number, row]));
    const [a, b] = await Promise.all([read(originClient, 'cpedge'), read(targetClient, 'cpttl')]);
    expect(b.size).toBe(a.size);
    const str = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (x !== null && typeof x === 'object' && 'low' in (x as object) ? String(x) : x));
    let checked = 0;
    for (const [id, o] of a) {
      const t = b.get(id) as cassandra.types.Row;
      if (id === 1000) continue;
      expect(str(t.get('wa')), `row ${id} a`).toBe(str(o.get('wa')));
      expect(str(t.get('wb')), `row ${id} b`).toBe(str(o.get('wb')));
      expect(str(t.get('ws')), `row ${id} set elements`).toBe(str(o.get('ws')));
      for (const col of ['ta', 'tb']) {
        const ot = o.get(col) as number | null;
        const tt = t.get(col) as number | null;
        if (ot === null) expect(tt, `row ${id} ${col}`).toBeNull();
        else expect(Math.abs((tt ?? 0) - ot), `row ${id} ${col}`).toBeLessThanOrEqual(30);
      }
      checked++;
    }
    expect(checked).toBe(200);
    // The cell from three days ago is written at the window's edge, not dropped.
    const old = b.get(1000) as cassandra.types.Row;
    const edge = BigInt(String(old.get('wa')));
    expect(edge).toBeGreaterThan(BigInt(Date.now() - 2 * 86_400_000) * 1000n);
  }, 300_000);

  it('writes rows the target refuses to the rejects file with key and cause, exits 1, and prints no secret', async () => {
    const rejects = join(work, 'rejects.jsonl');
    const checkpoint = join(work, 'rejects.json');
    const r = await spawnCli(
      ['copy', ...endpoints(), '--keyspace', 'cpedge', '--tables', 'big', '--target-keyspace', 'cprejects', '--create-tables', '--json', '--checkpoint', checkpoint, '--rejects', rejects, '--origin-username', 'cassandra', '--origin-password', ORIGIN_PASSWORD_PROBE],
      { env: env(), timeoutMs: 300_000 },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`2 rows rejected; each is in ${rejects}`);
    const lines = (await readFile(rejects, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { table: string; key: { id: string }; cause: string });
    expect(lines.map((l) => l.key.id.slice(0, 8)).sort()).toEqual(['kkkkkkkk', 'too-big']);
    expect(lines.find((l) => l.key.id === 'too-big')?.cause).toMatch(/row of \d+ bytes is over Keyspaces' 1 MB row limit/);
    expect(lines.find((l) => l.key.id.startsWith('k'))?.cause).toMatch(/partition key of 3000 bytes is over Keyspaces' 2048-byte limit/);
    expect(lines.every((l) => l.table === 'cpedge.big')).toBe(true);
    expect((lastEvent(r.stdout)['tables'] as Array<Record<string, number>>)[0]).toMatchObject({ read: 22, written: 20, rejected: 2 });
    for (const text of [r.stdout, r.stderr, await readFile(rejects, 'utf8'), await readFile(checkpoint, 'utf8')]) {
      expect(text).not.toContain(ORIGIN_PASSWORD_PROBE);
      expect(text).not.toContain(SECRET);
    }
    // --max-errors 1 aborts at the second reject.
    const strict = await spawnCli(['copy', ...endpoints(), '--keyspace', 'cpedge', '--tables', 'big', '--target-keyspace', 'cprejects2', '--create-tables', '--json', '--checkpoint', join(work, 'strict.json'), '--max-errors', '1'], {
      env: env(),
      timeoutMs: 300_000,
    });
    expect(strict.code).toBe(3);
    expect(strict.stderr).toMatch(/2 rows rejected .* over --max-errors/);
  }, 300_000);

  it('waits for the emulator and the origin to come back when they restart mid-copy, and completes identical', async () => {
    const checkpoint = join(work, 'restart.json');
    const copy = startCopy([...endpoints(), '--keyspace', 'cpmetrics', '--target-keyspace', 'cprestart', '--create-tables', '--json', '--checkpoint', checkpoint, '--rate', '1500']);
    const progressed = async (ranges: number): Promise<void> => {
      for (let i = 0; i < 240; i++) {
        await new Promise((r) => setTimeout(r, 500));
        const saved = await readFile(checkpoint, 'utf8').catch(() => undefined);
        if (saved !== undefined && ((JSON.parse(saved) as { tables: Record<string, { done: string[] }> }).tables['cpmetrics.samples']?.done.length ?? 0) >= ranges) return;
      }
      throw new Error(`the copy did not reach ${ranges} finished ranges`);
    };
    await progressed(10);
    const port = emulator.port;
    await emulator.close();
    await new Promise((r) => setTimeout(r, 3000));
    emulator = await startEmulatorAt(port);
    await progressed(30);
    const originPort = origin.port;
    await origin.stop();
    await new Promise((r) => setTimeout(r, 2000));
    origin = await startLocalCassandra({ dir: originDir, port: originPort, heap: '768m' });
    const code = await copy.exited;
    expect(copy.output()).not.toContain('"rejected":1');
    expect(code).toBe(0);
    const run = events(copy.output());
    expect(run.some((e) => e['type'] === 'retry' && e['side'] === 'target')).toBe(true);
    expect(run.some((e) => e['type'] === 'retry' && e['side'] === 'origin')).toBe(true);
    expect(await expectIdentical('cpmetrics', 'samples', ['sensor', 'at'], 'cprestart')).toBe(SAMPLES);
  }, 600_000);

  it('refuses bad flags (2), a missing target table (2) and an unreachable origin (3)', async () => {
    const badRate = await spawnCli(['copy', ...endpoints(), '--keyspace', 'cpapp', '--rate', 'fast'], { env: env() });
    expect(badRate.code).toBe(2);
    expect(badRate.stderr).toMatch(/copy\.rate/);
    const noKeyspace = await spawnCli(['copy', ...endpoints()], { env: env() });
    expect(noKeyspace.code).toBe(2);
    expect(noKeyspace.stderr).toContain('copy needs at least one keyspace');
    const missing = await spawnCli(['copy', ...endpoints(), '--keyspace', 'cpapp', '--tables', 'hits', '--target-keyspace', 'cpnothere', '--checkpoint', join(work, 'missing.json')], { env: env() });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('the target has no table cpnothere.hits; nothing was copied');
    const down = await spawnCli(['copy', '--origin', '127.0.0.1:1', '--target', `${emulator.host}:${emulator.port}`, '--region', REGION, '--target-ca', emulator.caPath, '--keyspace', 'cpapp'], { env: env() });
    expect(down.code).toBe(3);
    expect(down.stderr).toMatch(/Could not connect to origin Cassandra at 127\.0\.0\.1:1/);
  }, 120_000);
});
