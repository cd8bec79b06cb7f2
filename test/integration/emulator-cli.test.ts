// `ksmig emulate` as users run it: a real child process, the --json listening line, a client that
// trusts the printed CA and uses the generated keys, exit 0 on SIGTERM; exit 3 and 2 on bad input.
import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cassandra from 'cassandra-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';
import { cassandraAddress } from './helpers/cassandra.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ksmig-emulate-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ksmig emulate', () => {
  it('prints the listening line, serves a client with the generated keys and CA, and exits 0 on SIGTERM', async () => {
    const { host, port } = cassandraAddress();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', `${repoRoot}src/cli/dev.ts`, 'emulate', '--backend', `${host}:${port}`, '--listen', '127.0.0.1:0', '--state-dir', dir, '--region', 'eu-north-1', '--json'],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`no listening line within 60 s; stderr: ${stderr}`)), 60_000);
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          const nl = out.indexOf('\n');
          if (nl >= 0) {
            clearTimeout(timer);
            resolve(out.slice(0, nl));
          }
        });
        child.on('close', () => reject(new Error(`exited before listening; stderr: ${stderr}`)));
      });
      const listening = JSON.parse(line) as { event: string; host: string; port: number; ca: string };
      expect(listening).toEqual({ event: 'listening', host: '127.0.0.1', port: expect.any(Number), ca: join(dir, 'tls', 'ca.pem') });
      const keyLine = (await readFile(join(dir, 'keys'), 'utf8')).split('\n').find((l) => l.startsWith('AKIAEMU')) ?? '';
      const [user, password] = keyLine.split(' ') as [string, string];
      const client = new cassandra.Client({
        contactPoints: [`127.0.0.1:${listening.port}`],
        localDataCenter: 'eu-north-1',
        sslOptions: { ca: [await readFile(listening.ca)], host: 'localhost', rejectUnauthorized: true },
        authProvider: new cassandra.auth.PlainTextAuthProvider(user, password),
      });
      try {
        const row = (await client.execute("SELECT data_center FROM system.local WHERE key = 'local'")).first();
        expect(row.get('data_center')).toBe('eu-north-1');
      } finally {
        await client.shutdown();
      }
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      // The generated secret never appears in the emulator's output.
      expect(line + stderr).not.toContain(password);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  it('exits 3 naming the host and cause when the backend is unreachable', async () => {
    const r = await runCli(['emulate', '--backend', '127.0.0.1:1', '--listen', '127.0.0.1:0', '--state-dir', dir]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('cannot reach the backend Cassandra at 127.0.0.1:1: ECONNREFUSED');
  });

  it('exits 2 when the listen address is taken', async () => {
    const { host, port } = cassandraAddress();
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const taken = (blocker.address() as AddressInfo).port;
    try {
      const r = await runCli(['emulate', '--backend', `${host}:${port}`, '--listen', `127.0.0.1:${taken}`, '--state-dir', dir]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--listen: cannot listen on 127.0.0.1:${taken} (EADDRINUSE)`);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('exits 2 naming what was expected for bad flag values', async () => {
    const cases: [string[], RegExp][] = [
      [['--backend', 'nohost'], /--backend: expected HOST:PORT/],
      [['--backend', '127.0.0.1:9042', '--listen', '127.0.0.1:99999'], /--listen: expected HOST:PORT with a port from 0 to 65535/],
      [['--backend', '127.0.0.1:9042', '--max-skew', 'soon'], /--max-skew: expected a number of seconds/],
      [['--backend', '127.0.0.1:9042', '--write-capacity', '0'], /--write-capacity: expected a whole number of capacity units/],
      [['--backend', '127.0.0.1:9042', '--region', 'moon'], /--region: expected an AWS Region/],
      [['--backend', '127.0.0.1:9042', '--tls-cert', 'a.pem'], /expected all three together/],
      [['--backend', '127.0.0.1:9042', '--keys', join(dir, 'no-such-keys')], /--keys: cannot read/],
      [[], /required option '--backend <host:port>' not specified/],
    ];
    for (const [args, expected] of cases) {
      const r = await runCli(['emulate', '--state-dir', dir, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(expected);
    }
  });
});
