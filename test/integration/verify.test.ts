// ksmig verify end to end: origin keyspaces on the run's shared Cassandra, copied with ksmig copy
// into target keyspaces through the Keyspaces emulator (TLS + SigV4), then changed row by row on
// the target and verified, in merge mode and — with the emulator reporting Keyspaces'
// DefaultPartitioner — in lookup mode; repaired; and the application's queries replayed.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cassandra from 'cassandra-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/cli.js';
import { cassandraAddress } from './helpers/cassandra.js';
import { startEmulator, type TestEmulator } from './helpers/emulator.js';
import { jsonEvents, lastEvent, startKsmig } from './helpers/ksmig-process.js';
import { dumpClient } from './helpers/tables.js';

let emulator: TestEmulator;
let lookupEmulator: TestEmulator;
let client: cassandra.Client;
let work: string;
const T = cassandra.types;
const KEYSPACES = ['vf_src', 'vf_dst', 'vf_big', 'vf_bigdst'];
const BIG = 20_000;

const env = (): NodeJS.ProcessEnv => ({ ...process.env, AWS_ACCESS_KEY_ID: emulator.accessKeyId, AWS_SECRET_ACCESS_KEY: emulator.secret, AWS_PROFILE: '', AWS_REGION: '' });
const shared = (): string => `${cassandraAddress().host}:${cassandraAddress().port}`;
const through = (emu: TestEmulator): string[] => ['--origin', shared(), '--target', `${emu.host}:${emu.port}`, '--region', emu.region, '--target-ca', emu.caPath];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'ksmig-verify-test-'));
  emulator = await startEmulator();
  client = dumpClient({ contactPoints: [shared()], localDataCenter: 'datacenter1' });
  for (const ks of KEYSPACES) await client.execute(`DROP KEYSPACE IF EXISTS ${ks}`);
  await client.execute("CREATE KEYSPACE vf_src WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
  await client.execute('CREATE TYPE vf_src.point (x int, y int)');
  await client.execute(`CREATE TABLE vf_src.items (shop text, id int, price decimal, weight float, ratio double, tags set<text>, stock map<text, int>, history list<int>,
    spot frozen<point>, pair tuple<int, text>, seen timestamp, raw blob, ref uuid, took duration, PRIMARY KEY (shop, id)) WITH CLUSTERING ORDER BY (id DESC)`);
  await client.execute('CREATE TABLE vf_src.hits (page text PRIMARY KEY, views counter)');
  const rows: unknown[][] = [];
  for (let i = 0; i < 600; i++) {
    rows.push([
      `shop-${i % 12}`,
      i,
      T.BigDecimal.fromString(`${i}.50`),
      i % 50 === 0 ? Number.NaN : i / 4,
      i % 60 === 0 ? -0 : i / 3,
      new Set([`t${i % 3}`, `t${i % 7}`]),
      new Map([[`w${i % 2}`, i]]),
      [i, i + 1],
      { x: i, y: -i },
      new T.Tuple(i, `p${i}`),
      new Date(1_750_000_000_000 + i),
      Buffer.from([i % 256, 0, 7]),
      T.Uuid.fromString(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`),
      T.Duration.fromString(`${i % 9}h${i % 60}s`),
    ]);
  }
  await cassandra.concurrent.executeConcurrent(client, 'INSERT INTO vf_src.items (shop, id, price, weight, ratio, tags, stock, history, spot, pair, seen, raw, ref, took) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', rows);
  for (let i = 0; i < 20; i++) await client.execute('UPDATE vf_src.hits SET views = views + ? WHERE page = ?', [T.Long.fromNumber(i + 1), `/p/${i}`], { prepare: true });
  await client.execute("CREATE KEYSPACE vf_big WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
  await client.execute('CREATE TABLE vf_big.rows (id int PRIMARY KEY, body text)');
  const big: unknown[][] = [];
  for (let i = 0; i < BIG; i++) big.push([i, `row ${i} ${'x'.repeat(100)}`]);
  await cassandra.concurrent.executeConcurrent(client, 'INSERT INTO vf_big.rows (id, body) VALUES (?, ?)', big, { concurrencyLevel: 128 });
  // Copy both with ksmig copy; client-side timestamps on the target so repairs are stamped.
  for (const [from, to] of [['vf_src', 'vf_dst'], ['vf_big', 'vf_bigdst']]) {
    const copied = await spawnCli(['copy', ...through(emulator), '--keyspace', from as string, '--target-keyspace', to as string, '--create-tables', '--preserve-writetime', '--json', '--checkpoint', join(work, `${from}.json`)], {
      env: env(),
      timeoutMs: 300_000,
    });
    expect(copied.stderr).toBe('');
    expect(copied.code).toBe(0);
  }
  lookupEmulator = await startEmulator({ partitioner: 'com.amazonaws.cassandra.DefaultPartitioner' });
}, 420_000);

afterAll(async () => {
  for (const ks of KEYSPACES) await client?.execute(`DROP KEYSPACE IF EXISTS ${ks}`).catch(() => undefined);
  await client?.shutdown();
  await emulator?.stop();
  await lookupEmulator?.stop();
  await rm(work, { recursive: true, force: true });
}, 60_000);

type Summary = { tables: Array<{ table: string; compared: number; missing: number; extra: number; different: number; keys: Array<{ kind: string; key: Record<string, unknown>; columns: string[] }> }> };

async function verify(emu: TestEmulator, extra: string[] = []): Promise<{ code: number; stdout: string; stderr: string; summary: Summary }> {
  const r = await spawnCli(['verify', ...through(emu), '--keyspace', 'vf_src', '--target-keyspace', 'vf_dst', '--json', ...extra], {
    env: { ...env(), AWS_ACCESS_KEY_ID: emu.accessKeyId, AWS_SECRET_ACCESS_KEY: emu.secret },
    timeoutMs: 300_000,
  });
  return { ...r, summary: lastEvent(r.stdout) as unknown as Summary };
}

const byTable = (s: Summary, table: string) => s.tables.find((t) => t.table === table);

describe('ksmig verify (data)', () => {
  it('proves a fresh copy identical, every column type compared by type, in merge mode', async () => {
    const r = await verify(emulator);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const plan = jsonEvents(r.stdout).find((e) => e['type'] === 'plan');
    expect(plan).toMatchObject({ mode: 'merge', originPartitioner: 'Murmur3Partitioner', targetPartitioner: 'Murmur3Partitioner' });
    expect(Object.keys(r.summary)).toEqual(['type', 'tables']);
    expect(byTable(r.summary, 'vf_src.items')).toEqual({ table: 'vf_src.items', compared: 600, missing: 0, extra: 0, different: 0, keys: [] });
    expect(byTable(r.summary, 'vf_src.hits')).toMatchObject({ compared: 20, missing: 0, extra: 0, different: 0 });
  }, 300_000);

  it('reports exactly the rows deleted, changed and added on the target, with keys and columns, in both modes', async () => {
    await client.execute("DELETE FROM vf_dst.items WHERE shop = 'shop-1' AND id = 13");
    await client.execute("DELETE FROM vf_dst.items WHERE shop = 'shop-5' AND id = 5");
    await client.execute("UPDATE vf_dst.items SET price = 99.5, tags = {'changed'} WHERE shop = 'shop-2' AND id = 14");
    await client.execute("UPDATE vf_dst.items SET weight = 0.125 WHERE shop = 'shop-2' AND id = 50");
    // The same value written at another scale is the same decimal: not a difference.
    await client.execute("UPDATE vf_dst.items SET price = 26.5000 WHERE shop = 'shop-2' AND id = 26");
    await client.execute("INSERT INTO vf_dst.items (shop, id, price) VALUES ('shop-99', 1, 1.0)");
    await client.execute("INSERT INTO vf_dst.items (shop, id, price) VALUES ('shop-1', 1001, 2.0)");
    await client.execute("UPDATE vf_dst.hits SET views = views + 5 WHERE page = '/p/3'");
    const expected = [
      { kind: 'different', key: { shop: 'shop-2', id: 14 }, columns: ['price', 'tags'] },
      { kind: 'different', key: { shop: 'shop-2', id: 50 }, columns: ['weight'] },
      { kind: 'extra', key: { shop: 'shop-1', id: 1001 }, columns: [] },
      { kind: 'extra', key: { shop: 'shop-99', id: 1 }, columns: [] },
      { kind: 'missing', key: { shop: 'shop-1', id: 13 }, columns: [] },
      { kind: 'missing', key: { shop: 'shop-5', id: 5 }, columns: [] },
    ];
    const sort = (keys: Array<{ kind: string; key: Record<string, unknown> }>) => [...keys].sort((a, b) => JSON.stringify([a.kind, a.key]).localeCompare(JSON.stringify([b.kind, b.key])));
    for (const emu of [emulator, lookupEmulator]) {
      const r = await verify(emu, ['--report', join(work, 'report.json')]);
      expect(r.code).toBe(1);
      const plan = jsonEvents(r.stdout).find((e) => e['type'] === 'plan');
      expect(plan?.['mode']).toBe(emu === emulator ? 'merge' : 'lookup');
      const items = byTable(r.summary, 'vf_src.items');
      expect(items).toMatchObject({ compared: 598, missing: 2, extra: 2, different: 2 });
      expect(sort(items?.keys ?? [])).toEqual(expected);
      expect(byTable(r.summary, 'vf_src.hits')).toMatchObject({ different: 1, keys: [{ kind: 'different', key: { page: '/p/3' }, columns: ['views'] }] });
      const different = jsonEvents(r.stdout).find((e) => e['type'] === 'difference' && JSON.stringify(e['key']) === '{"shop":"shop-2","id":14}');
      expect(different).toMatchObject({ origin: { price: '14.50', tags: ['t0', 't2'] }, target: { price: '99.5', tags: ['changed'] } });
      const report = JSON.parse(await readFile(join(work, 'report.json'), 'utf8')) as { identical: boolean; differences: unknown[] };
      expect(report.identical).toBe(false);
      expect(report.differences).toHaveLength(7);
    }
  }, 600_000);

  it('--fix rewrites missing and different rows (also one deleted after the copy), --fix-extra deletes extras, and a second verify is clean', async () => {
    // Deleted on the target with a timestamp newer than the origin's write of the row.
    await client.execute("DELETE FROM vf_dst.items WHERE shop = 'shop-3' AND id = 15");
    const fixed = await verify(emulator, ['--fix', '--fix-extra', '--report', join(work, 'fix.md')]);
    expect(fixed.code).toBe(0);
    const run = jsonEvents(fixed.stdout);
    // Items: three missing, two different, two extra; hits: one different.
    expect(run.filter((e) => e['type'] === 'repair')).toHaveLength(8);
    expect(run.find((e) => e['type'] === 'recheck' && e['table'] === 'vf_src.items')).toMatchObject({ stillDifferent: 0 });
    const markdown = await readFile(join(work, 'fix.md'), 'utf8');
    expect(markdown).toContain('# ksmig verify report');
    expect(markdown).toContain('| missing | vf_src.items |');
    const again = await verify(emulator);
    expect(again.code).toBe(0);
    expect(byTable(again.summary, 'vf_src.items')).toMatchObject({ compared: 600, missing: 0, extra: 0, different: 0 });
    expect(byTable(again.summary, 'vf_src.hits')).toMatchObject({ different: 0 });
  }, 600_000);

  it('runs again after kill -9 and finishes', async () => {
    const args = ['verify', ...through(emulator), '--keyspace', 'vf_big', '--target-keyspace', 'vf_bigdst', '--json', '--rate', '300'];
    const first = startKsmig(args, env());
    for (let i = 0; i < 60 && !first.output().includes('"type":"range-done"'); i++) await new Promise((r) => setTimeout(r, 250));
    first.child.kill('SIGKILL');
    await first.exited;
    const again = await spawnCli(args.filter((a, i, all) => a !== '--rate' && all[i - 1] !== '--rate'), { env: env(), timeoutMs: 300_000 });
    expect(again.code).toBe(0);
    expect((lastEvent(again.stdout) as unknown as Summary).tables[0]).toMatchObject({ compared: BIG, missing: 0, extra: 0, different: 0 });
  }, 300_000);
});

describe('ksmig verify --queries', () => {
  it('replays the application’s SELECTs: catches a changed row, explains IN order, reports a statement Keyspaces refuses', async () => {
    await client.execute("UPDATE vf_dst.items SET price = 1.25 WHERE shop = 'shop-4' AND id = 16");
    const queries = join(work, 'app.cql');
    await writeFile(
      queries,
      [
        "SELECT id, price FROM vf_src.items WHERE shop = 'shop-4';",
        "SELECT shop, id, price FROM vf_src.items WHERE shop IN ('shop-7', 'shop-6') AND id = 30;",
        "SELECT count(*) FROM vf_src.items WHERE shop = 'shop-8';",
        "INSERT INTO vf_src.items (shop, id) VALUES ('x', 1);",
      ].join('\n'),
    );
    const r = await verify(emulator, ['--tables', 'hits', '--queries', queries]);
    expect(r.code).toBe(1);
    const summary = lastEvent(r.stdout) as { queries?: Array<{ shape: string; runs: number; match: number; mismatch: number; errors: number }> };
    expect(summary.queries).toHaveLength(3);
    const results = jsonEvents(r.stdout).filter((e) => e['type'] === 'query').map((e) => e['result'] as { shape: string; mismatch: number; explained: number; errors: number; match: number; firstMismatch?: { diff: string }; firstErrors?: Array<{ side: string; finding?: { ruleId: string } }> });
    const changed = results.find((q) => q.shape.includes("shop = ?") && !q.shape.includes('count'));
    expect(changed?.mismatch).toBe(1);
    expect(changed?.firstMismatch?.diff).toContain('"price":"16.50"');
    const inOrder = results.find((q) => q.shape.includes(' in '));
    expect(inOrder).toMatchObject({ mismatch: 0, errors: 0 });
    expect((inOrder?.match ?? 0) + (inOrder?.explained ?? 0)).toBe(1);
    const refused = results.find((q) => q.shape.includes('count'));
    expect(refused?.errors).toBe(1);
    expect(refused?.firstErrors?.[0]).toMatchObject({ side: 'target' });
    expect(refused?.firstErrors?.[0]?.finding?.ruleId).toMatch(/^KS\d{4}$/);
  }, 300_000);
});
