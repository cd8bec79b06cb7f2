// `ksmig migrate` end to end, in a real pseudo-terminal (tmux): the integration run's Cassandra is
// the origin, the Keyspaces emulator (TLS + SigV4) in front of the same Cassandra is the target, so
// the data goes into a keyspace of another name. The forms are answered with keys, each screen is
// read back from the terminal, and afterwards the target's rows are compared with the origin's.
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import cassandra from 'cassandra-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { cassandraAddress } from './helpers/cassandra.js';
import { startEmulator, type TestEmulator } from './helpers/emulator.js';
import { differences, dumpClient, dumpTable } from './helpers/tables.js';
import { requireTmux, TmuxTerminal } from './helpers/tmux.js';

const ID = Math.random().toString(36).slice(2, 8);
const ks = (name: string): string => `mg_e2e_${ID}_${name}`;
const PASSWORD = `e2e-pw-${Math.random().toString(36).slice(2, 10)}`;

let emulator: TestEmulator;
let client: cassandra.Client;
const terminals: TmuxTerminal[] = [];
const dirs: string[] = [];

beforeAll(async () => {
  requireTmux();
  emulator = await startEmulator();
  const { host, port } = cassandraAddress();
  client = dumpClient({ contactPoints: [`${host}:${port}`], localDataCenter: 'datacenter1' });
  for (const name of ['src', 'rsrc']) await seed(ks(name), name === 'src' ? 2000 : 3000);
}, 300_000);

afterAll(async () => {
  for (const t of terminals) t.kill();
  for (const name of ['src', 'dst', 'rsrc', 'rdst']) await client?.execute(`DROP KEYSPACE IF EXISTS ${ks(name)}`).catch(() => undefined);
  await client?.shutdown();
  await emulator?.stop();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
}, 120_000);

/** An origin keyspace: a table of users (collections, text with control characters) and a wide table of events. */
async function seed(keyspace: string, events: number): Promise<void> {
  await client.execute(`DROP KEYSPACE IF EXISTS ${keyspace}`);
  await client.execute(`CREATE KEYSPACE ${keyspace} WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}`);
  await client.execute(`CREATE TABLE ${keyspace}.users (id int PRIMARY KEY, name text, tags set<text>, note text) WITH gc_grace_seconds = 3600`);
  await client.execute(`CREATE TABLE ${keyspace}.events (tenant text, at timestamp, id int, body text, PRIMARY KEY (tenant, at, id)) WITH CLUSTERING ORDER BY (at DESC, id ASC)`);
  const insertUser = `INSERT INTO ${keyspace}.users (id, name, tags, note) VALUES (?, ?, ?, ?)`;
  const insertEvent = `INSERT INTO ${keyspace}.events (tenant, at, id, body) VALUES (?, ?, ?, ?)`;
  const users = Array.from({ length: 300 }, (_, i) => ({ query: insertUser, params: [i, `user ${i}`, i % 3 === 0 ? null : ['a', `t${i % 7}`], i % 50 === 0 ? 'bell\u0007 and \u001b[31mred' : null] }));
  const rows = Array.from({ length: events }, (_, i) => ({ query: insertEvent, params: [`t${i % 10}`, new Date(1_700_000_000_000 + i * 1000), i, `event ${i} `.padEnd(400, 'x')] }));
  await cassandra.concurrent.executeConcurrent(client, [...users, ...rows], { concurrencyLevel: 32, raiseOnFirstError: true });
}

/** A working directory with a script that runs `ksmig migrate <args>` there and prints its exit code. */
async function workDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ksmig-migrate-tty-'));
  dirs.push(dir);
  const loader = pathToFileURL(join(repoRoot, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
  const q = (s: string): string => `'${s.replace(/'/g, "'\\''")}'`;
  await writeFile(
    join(dir, 'run.sh'),
    [
      '#!/bin/sh',
      `cd ${q(dir)}`,
      // The emulator's access key, as the AWS SDK's default chain reads it; nothing else from AWS.
      `export AWS_ACCESS_KEY_ID=${q(emulator.accessKeyId)} AWS_SECRET_ACCESS_KEY=${q(emulator.secret)}`,
      'unset AWS_PROFILE AWS_REGION AWS_SESSION_TOKEN KSMIG_ORIGIN_PASSWORD CI NO_COLOR',
      // tsx reads the repository's tsconfig (JSX) although the working directory is elsewhere.
      `export TSX_TSCONFIG_PATH=${q(join(repoRoot, 'tsconfig.json'))}`,
      `${q(process.execPath)} --import ${q(loader)} ${q(join(repoRoot, 'src', 'cli', 'dev.ts'))} migrate --dir state "$@"`,
      'echo "[ksmig exited $?]"',
      'exec sleep 3600',
      '',
    ].join('\n'),
    { mode: 0o755 },
  );
  await writeFile(
    join(dir, 'queries.log'),
    [`SELECT name, tags FROM ${ks('src')}.users WHERE id = 7;`, `SELECT name, tags FROM ${ks('src')}.users WHERE id = 8;`, `SELECT body FROM ${ks('src')}.events WHERE tenant = 't3' LIMIT 5;`, ''].join('\n'),
  );
  return dir;
}

function start(dir: string, args: string, size: { width: number; height: number }): TmuxTerminal {
  const t = TmuxTerminal.start(`${join(dir, 'run.sh')} ${args}`, size);
  terminals.push(t);
  return t;
}

/** Every file under `dir`, as text. */
async function allText(dir: string): Promise<Array<{ file: string; text: string }>> {
  const out: Array<{ file: string; text: string }> = [];
  for (const entry of await readdir(dir, { recursive: true })) {
    const file = join(dir, entry);
    if ((await stat(file)).isFile()) out.push({ file, text: await readFile(file, 'utf8') });
  }
  return out;
}

async function expectSameRows(from: string, to: string): Promise<void> {
  for (const [table, keys] of [['users', ['id']], ['events', ['tenant', 'at', 'id']]] as const) {
    const a = await dumpTable(client, from, table, keys);
    const b = await dumpTable(client, to, table, keys);
    expect(differences(a, b)).toEqual([]);
    expect(b.size).toBe(a.size);
  }
}

/** The connect form: contact points, a user and a password (the test cluster ignores them), then Enter. */
async function connect(t: TmuxTerminal): Promise<void> {
  const { host, port } = cassandraAddress();
  await t.waitFor('Connect to the origin');
  t.type(`${host}:${port}`);
  t.keys('Tab', 'Tab');
  t.type('migrator');
  t.keys('Tab');
  t.type(PASSWORD);
  const form = await t.waitFor('Password        ••••');
  expect(form).not.toContain(PASSWORD);
  t.keys('Enter');
}

/** The audit: filter the keyspaces down to `keyspace`, choose it, optionally a query log, audit. */
async function audit(t: TmuxTerminal, keyspace: string, queryLog?: string): Promise<string> {
  await t.waitFor(/Keyspaces · 0 chosen of \d+/);
  t.keys('/');
  t.type(keyspace);
  t.keys('Enter');
  await t.waitFor(`[ ] ${keyspace}`);
  t.keys('Space');
  await t.waitFor(`[x] ${keyspace}`);
  if (queryLog !== undefined) {
    t.keys('Tab');
    t.type(queryLog);
  }
  t.keys('Enter');
  return t.waitFor(new RegExp(`findings in ${keyspace}`));
}

/** The target form (the emulator: its endpoint and CA, SigV4 with the key in the environment), then the schema applied. */
async function target(t: TmuxTerminal, keyspace: string): Promise<string> {
  await t.waitFor('Connect to the target');
  t.keys('C-u');
  t.type('us-east-1');
  t.keys('Tab');
  t.type(`${emulator.host}:${emulator.port}`);
  t.keys('Tab', 'Tab', 'Tab');
  t.type(emulator.caPath);
  t.keys('Enter');
  const confirm = await t.waitFor(`Create keyspace ${keyspace} with 2 tables there?`);
  expect(confirm).toContain('✔ Connected: Amazon Keyspaces at');
  t.keys('Enter');
  return t.waitFor('enter continue to the copy');
}

describe('ksmig migrate in a terminal', () => {
  it('connects, audits, renames the keyspace in the schema, applies it, copies, verifies and reports; the rows are equal', async () => {
    const dir = await workDir();
    const t = start(dir, '', { width: 120, height: 40 });
    await connect(t);

    const findings = await audit(t, ks('src'), 'queries.log');
    expect(findings).toMatch(/WARNING · \d+/);
    expect(findings).toContain('KS4005');
    t.keys('Enter');
    const detail = await t.waitFor('Finding 1 of');
    expect(detail).toContain('What to do');
    t.keys('Escape');
    await t.waitFor('c continue to the schema');
    t.keys('c');

    const schema = await t.waitFor('Review the Keyspaces schema');
    expect(schema).toContain('origin · Cassandra');
    expect(schema).toContain('│ target · Amazon Keyspaces');
    t.keys('k', 'C-u');
    t.type(ks('dst'));
    t.keys('Enter');
    const renamed = await t.waitFor(`${ks('src')} → ${ks('dst')}`);
    expect(renamed).toContain(`keyspace ${ks('src')} → ${ks('dst')}`);
    // A narrower terminal: the screen is drawn again to fit, nothing left behind.
    t.resize(80, 40);
    const narrow = await t.waitFor(/^ksmig migrate {2}✔ Connect ✔ Audit ● Schema/m);
    expect(Math.max(...narrow.split('\n').map((l) => Array.from(l).length))).toBeLessThanOrEqual(80);
    expect(narrow.split('Review the Keyspaces schema').length).toBe(2);
    expect(narrow).not.toContain('origin · Cassandra');
    t.resize(120, 40);
    await t.waitFor('origin · Cassandra');
    t.keys('Enter');

    const applied = await target(t, ks('dst'));
    expect(applied).toContain(`✔ table ${ks('dst')}.users`);
    expect(applied).toMatch(/ACTIVE after/);
    t.keys('Enter');

    await t.waitFor('Tables · 2 chosen of 2');
    t.keys('Enter');
    const copied = await t.waitFor('enter continue to the verification', 180_000);
    expect(copied).toMatch(/Copy finished in \S+: 2 tables, 2,300 rows written/);
    t.keys('Enter');

    const verified = await t.waitFor('enter write the report', 180_000);
    expect(verified).toMatch(/Verify finished in \S+: identical/);
    expect(verified).toContain('all match');
    t.keys('Enter');

    const report = await t.waitFor('Report written');
    expect(report).toContain(join(dir, 'state', 'migration-report.md'));
    expect(report).toMatch(/Verify {2}2,300 rows compared: identical/);
    t.keys('Enter');
    const end = await t.waitFor('[ksmig exited');
    expect(end).toContain('[ksmig exited 0]');
    expect(end).toContain(`ksmig: the migration is finished; the report is in ${join(dir, 'state', 'migration-report.md')}`);

    await expectSameRows(ks('src'), ks('dst'));
    const markdown = await readFile(join(dir, 'state', 'migration-report.md'), 'utf8');
    expect(markdown).toContain('**identical**');
    // Secrets are never written: not in the state, the config file, the checkpoint or the reports.
    const files = await allText(dir);
    expect(files.map((f) => f.file)).toEqual(expect.arrayContaining([join(dir, 'ksmig.config.yaml'), join(dir, 'state', 'state.json')]));
    expect(files.filter((f) => f.text.includes(PASSWORD)).map((f) => f.file)).toEqual([]);
    expect(await readFile(join(dir, 'ksmig.config.yaml'), 'utf8')).toContain('username: migrator');
  }, 600_000);

  it('Ctrl-C during the copy saves the migration (exit 4); --resume asks for the password again and finishes the copy from its checkpoint', async () => {
    const dir = await workDir();
    const t = start(dir, '', { width: 80, height: 24 });
    await connect(t);
    await audit(t, ks('rsrc'));
    t.keys('c');
    await t.waitFor('Review the Keyspaces schema');
    t.keys('k', 'C-u');
    t.type(ks('rdst'));
    t.keys('Enter');
    await t.waitFor(`${ks('rsrc')} → ${ks('rdst')}`);
    t.keys('Enter');
    await target(t, ks('rdst'));
    t.keys('Enter');

    await t.waitFor('Tables · 2 chosen of 2');
    t.keys('Tab');
    t.type('100');
    t.keys('Enter');
    await t.waitFor(/ksmig copy · 2 tables/);
    // Some ranges copied, not all.
    await t.waitFor(/\s[1-9][\d,]*\/[\d,]+ ranges/);
    t.keys('C-c');
    const quit = await t.waitFor('[ksmig exited');
    expect(quit).toContain('[ksmig exited 4]');
    expect(quit).toContain('ksmig: the migration is saved at the Copy step');
    expect(quit).toContain('continue with: ksmig migrate --resume --dir state');
    const checkpoint = JSON.parse(await readFile(join(dir, 'state', 'copy-checkpoint.json'), 'utf8')) as { tables: Record<string, { done: string[]; ranges: unknown[] }> };
    const done = Object.values(checkpoint.tables).reduce((sum, table) => sum + table.done.length, 0);
    const total = Object.values(checkpoint.tables).reduce((sum, table) => sum + table.ranges.length, 0);
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(total);
    t.kill();

    const r = start(dir, '--resume', { width: 80, height: 24 });
    const resume = await r.waitFor('Resume the migration');
    expect(resume).toContain('Copy (resumes from its checkpoint)');
    expect(resume).toContain(`${ks('rsrc')} → ${ks('rdst')}`);
    r.type(PASSWORD);
    r.keys('Enter');
    await r.waitFor('Resume the copy');
    r.keys('C-u', 'Enter');
    const resumed = await r.waitFor('enter continue to the verification', 180_000);
    expect(resumed).toMatch(/Copy finished in/);
    r.keys('Enter');
    const verified = await r.waitFor('enter write the report', 180_000);
    expect(verified).toMatch(/Verify finished in \S+: identical/);
    r.keys('Enter');
    await r.waitFor('Report written');
    r.keys('Enter');
    expect(await r.waitFor('[ksmig exited')).toContain('[ksmig exited 0]');

    await expectSameRows(ks('rsrc'), ks('rdst'));
    const state = JSON.parse(await readFile(join(dir, 'state', 'state.json'), 'utf8')) as { step: string; targetKeyspace: string };
    expect(state).toMatchObject({ step: 'done', targetKeyspace: ks('rdst') });
    const files = await allText(dir);
    expect(files.filter((f) => f.text.includes(PASSWORD)).map((f) => f.file)).toEqual([]);
  }, 600_000);
});
