import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cassandra from 'cassandra-driver';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findJava, startLocalCassandra } from '../../src/local/index.js';
import type * as Ports from '../../src/local/ports.js';
import { isAlive } from '../../src/local/state.js';
import { repoRoot, runCli, spawnCli } from '../helpers/cli.js';
import { cassandraAddress, connectClient } from './helpers/cassandra.js';

// Port selection is real, except that one test can make the next pick collide (a bind race).
const race = vi.hoisted(() => ({ storagePort: undefined as number | undefined }));
vi.mock('../../src/local/ports.js', async (importOriginal) => {
  const real = await importOriginal<typeof Ports>();
  return {
    ...real,
    freePorts: async (count: number, avoid?: readonly number[], host?: string) => {
      const ports = await real.freePorts(count, avoid, host);
      // choosePorts assigns native, storage, sslStorage, jmx in this order.
      if (race.storagePort !== undefined) ports[1] = race.storagePort;
      race.storagePort = undefined;
      return ports;
    },
  };
});

/** Pids of every CassandraDaemon JVM whose storage dir is under `dir` (Linux /proc scan). */
function cassandraPidsIn(dir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let cmdline = '';
    try {
      cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (cmdline.includes('CassandraDaemon') && cmdline.includes(`-Dcassandra.storagedir=${dir}`) && isAlive(Number(entry))) pids.push(Number(entry));
  }
  return pids;
}

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'ksmig-local-it-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('the shared node from the global setup', () => {
  let client: cassandra.Client;
  beforeAll(() => {
    client = connectClient();
  });
  afterAll(async () => {
    await client.shutdown();
  });

  it('answers CQL as Apache Cassandra 5.0 on loopback with 16 vnodes', async () => {
    expect(cassandraAddress().host).toBe('127.0.0.1');
    const row = (await client.execute('SELECT release_version, data_center, tokens FROM system.local')).first();
    expect(row.get('release_version')).toMatch(/^5\.0\./);
    expect(row.get('data_center')).toBe('datacenter1');
    expect((row.get('tokens') as string[]).length).toBe(16);
  });

  it('runs DDL and DML, including UDFs and materialized views (enabled in the generated yaml)', async () => {
    await client.execute("CREATE KEYSPACE IF NOT EXISTS local_it WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
    await client.execute('CREATE TABLE IF NOT EXISTS local_it.kv (k int PRIMARY KEY, v text)');
    await client.execute('INSERT INTO local_it.kv (k, v) VALUES (?, ?)', [1, 'one'], { prepare: true });
    const row = (await client.execute('SELECT v FROM local_it.kv WHERE k = ?', [1], { prepare: true })).first();
    expect(row.get('v')).toBe('one');
    await client.execute(
      "CREATE OR REPLACE FUNCTION local_it.twice (x int) RETURNS NULL ON NULL INPUT RETURNS int LANGUAGE java AS 'return x * 2;'",
    );
    expect((await client.execute('SELECT local_it.twice(k) AS t FROM local_it.kv WHERE k = 1')).first().get('t')).toBe(2);
    await client.execute(
      'CREATE MATERIALIZED VIEW IF NOT EXISTS local_it.kv_by_v AS SELECT v, k FROM local_it.kv WHERE v IS NOT NULL AND k IS NOT NULL PRIMARY KEY (v, k)',
    );
    await client.execute('DROP KEYSPACE local_it');
  });
});

describe('ksmig local (CLI)', () => {
  it('start --detach --json, status, stop: one JSON line, then no process left', async () => {
    const dir = join(work, 'detached');
    const started = await spawnCli(['local', 'start', '--detach', '--json', '--dir', dir], { timeoutMs: 200_000 });
    expect(started.code).toBe(0);
    const lines = started.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const info = JSON.parse(lines[0] as string) as { host: string; port: number; pid: number; dir: string };
    expect(Object.keys(info)).toEqual(['host', 'port', 'pid', 'dir']);
    expect(info).toMatchObject({ host: '127.0.0.1', dir });
    // The CLI process has exited; the node is still there and answers CQL.
    expect(cassandraPidsIn(dir)).toEqual([info.pid]);
    const client = new cassandra.Client({ contactPoints: [`127.0.0.1:${info.port}`], localDataCenter: 'datacenter1' });
    expect((await client.execute('SELECT release_version FROM system.local')).first().get('release_version')).toMatch(/^5\.0\./);
    await client.shutdown();

    const status = await runCli(['local', 'status', '--json', '--dir', dir]);
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout)).toEqual({ running: true, state: 'running', host: '127.0.0.1', port: info.port, pid: info.pid, dir });

    const again = await runCli(['local', 'start', '--detach', '--dir', dir]);
    expect(again.code).toBe(3);
    expect(again.stderr).toContain(`already running in ${dir} (pid ${info.pid}`);

    const stopped = await runCli(['local', 'stop', '--dir', dir]);
    expect(stopped.code).toBe(0);
    expect(stopped.stdout).toContain(`Stopped Apache Cassandra (pid ${info.pid})`);
    expect(isAlive(info.pid)).toBe(false);
    expect(cassandraPidsIn(dir)).toEqual([]);

    const after = await runCli(['local', 'status', '--json', '--dir', dir]);
    expect(after.code).toBe(3);
    expect(JSON.parse(after.stdout)).toEqual({ running: false, dir });
    const stopAgain = await runCli(['local', 'stop', '--dir', dir]);
    expect(stopAgain).toMatchObject({ code: 0, stdout: `No local Cassandra is running in ${dir}.\n` });
  }, 300_000);

  it('start in the foreground prints the JSON line when ready and exits 0 on SIGTERM after stopping the node', async () => {
    const dir = join(work, 'foreground');
    const child = spawn(process.execPath, ['--import', 'tsx', `${repoRoot}src/cli/dev.ts`, 'local', 'start', '--json', '--dir', dir], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const line = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (c: Buffer) => {
        stdout += c.toString('utf8');
        if (stdout.includes('\n')) resolve(stdout.split('\n')[0] as string);
      });
      void exited.then((code) => reject(new Error(`ksmig exited (${code}) before printing: ${stderr}`)));
    });
    const info = JSON.parse(line) as { port: number; pid: number };
    expect(cassandraPidsIn(dir)).toEqual([info.pid]);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(isAlive(info.pid)).toBe(false);
    expect(cassandraPidsIn(dir)).toEqual([]);
  }, 300_000);

  it('a SIGTERM while start --detach waits for readiness stops the JVM and exits 4', async () => {
    const dir = join(work, 'interrupted');
    const child = spawn(process.execPath, ['--import', 'tsx', `${repoRoot}src/cli/dev.ts`, 'local', 'start', '--detach', '--dir', dir], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Wait until the JVM exists (it records itself in the state file as "starting").
    let pid: number | undefined;
    for (let i = 0; i < 600 && pid === undefined; i++) {
      pid = cassandraPidsIn(dir)[0];
      if (pid === undefined) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(pid).toBeDefined();
    child.kill('SIGTERM');
    expect(await exited).toBe(4);
    expect(stderr).toContain('start interrupted before Cassandra was ready; the JVM was stopped');
    expect(isAlive(pid as number)).toBe(false);
    expect(cassandraPidsIn(dir)).toEqual([]);
  }, 120_000);

  it('rejects a --port that is not a port with exit 2, naming what was expected', async () => {
    for (const bad of ['abc', '70000', '-5']) {
      const result = await runCli(['local', 'start', '--port', bad, '--dir', join(work, 'never')]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/--port|expected a TCP port/);
    }
  });

  it('refuses a --port that is already taken with exit 3, without starting a JVM', async () => {
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const dir = join(work, 'taken');
    try {
      const result = await runCli(['local', 'start', '--port', String(port), '--dir', dir]);
      expect(result.code).toBe(3);
      expect(result.stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
      expect(cassandraPidsIn(dir)).toEqual([]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('startLocalCassandra (library)', () => {
  it('finds OpenJDK 17 (or 11) on this machine, never a newer JDK', async () => {
    const java = await findJava();
    expect([11, 17]).toContain(java.major);
  });

});

describe('startLocalCassandra: bind race and PasswordAuthenticator (one start)', () => {
  it('retries once with fresh ports when a picked port is taken; with auth, anonymous is refused and cassandra/cassandra works; stop removes the temp dir', async () => {
    const squatter: Server = createServer();
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    const address = squatter.address();
    const taken = typeof address === 'object' && address ? address.port : 0;
    race.storagePort = taken;
    const lines: string[] = [];
    try {
      const node = await startLocalCassandra({ auth: true, heap: '768m', log: (line) => lines.push(line) });
      try {
        expect(lines.join('\n')).toContain(`port ${taken} was taken before Cassandra bound it; retrying with fresh ports`);
        expect(node.startupMs).toBeGreaterThan(0);
        const anonymous = new cassandra.Client({ contactPoints: [`${node.host}:${node.port}`], localDataCenter: 'datacenter1' });
        await expect(anonymous.connect()).rejects.toThrow(/[Aa]uthenticat/);
        await anonymous.shutdown();
        const admin = new cassandra.Client({
          contactPoints: [`${node.host}:${node.port}`],
          localDataCenter: 'datacenter1',
          credentials: { username: 'cassandra', password: 'cassandra' },
        });
        const row = (await admin.execute('SELECT is_superuser FROM system_auth.roles WHERE role = ?', ['cassandra'], { prepare: true })).first();
        expect(row.get('is_superuser')).toBe(true);
        await admin.shutdown();
      } finally {
        await node.stop();
      }
      expect(isAlive(node.pid)).toBe(false);
      expect(cassandraPidsIn(node.dir)).toEqual([]);
      expect(() => readdirSync(node.dir)).toThrow();
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  }, 400_000);
});

describe('scripts/fetch-cassandra.mjs (cold cache)', () => {
  it('resolves the jars with Maven into an empty cache, then finds them complete', async () => {
    const cache = join(work, 'cold-cache');
    const env = { ...process.env, KSMIG_CACHE: cache };
    const run = (args: string[]) =>
      new Promise<{ code: number | null; out: string }>((resolve) => {
        const child = spawn(process.execPath, [`${repoRoot}scripts/fetch-cassandra.mjs`, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
        child.stderr.on('data', (c: Buffer) => (out += c.toString('utf8')));
        child.on('exit', (code) => resolve({ code, out }));
      });
    expect((await run(['--check'])).code).toBe(1);
    const first = await run([]);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/fetched \d+ jars/);
    expect(readdirSync(join(cache, 'cassandra-5.0.8', 'lib'))).toEqual(expect.arrayContaining(['cassandra-all-5.0.8.jar', 'jamm-0.4.0.jar', '.ksmig-complete.json']));
    const second = await run([]);
    expect(second).toMatchObject({ code: 0 });
    expect(second.out).toMatch(/jars already in/);
    expect((await run(['--check'])).code).toBe(0);
  });
});
