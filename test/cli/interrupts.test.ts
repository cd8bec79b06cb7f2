/**
 * Issue 14, item 9: SIGINT and SIGTERM end every command with the documented exit code 4 and one
 * line saying what was interrupted (before, Node's default action ended ksmig with 130 or 143 and
 * nothing said). Real child processes: a signal sent to the test worker would reach vitest too.
 */
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

let dir: string;
let silent: Server;
let silentPort = 0;
let connected: () => void = () => undefined;
const sockets = new Set<Socket>();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ksmig-interrupts-'));
  // A server that accepts connections and never answers: a cluster that hangs.
  silent = createServer((socket) => {
    sockets.add(socket);
    connected();
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  silentPort = (silent.address() as { port: number }).port;
});

afterAll(() => {
  for (const socket of sockets) socket.destroy();
  silent.close();
});

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  stdout: string;
}

/** Runs ksmig, sends `signal` once `ready` resolves, and waits for it to end. */
async function interrupt(argv: string[], signal: NodeJS.Signals, ready: Promise<void>, env: NodeJS.ProcessEnv = {}): Promise<Ended> {
  const child = spawn(process.execPath, ['--import', 'tsx', `${repoRoot}src/cli/dev.ts`, ...argv], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const ended = new Promise<Ended>((resolve) => child.on('exit', (code, sig) => resolve({ code, signal: sig, stderr, stdout })));
  // A command that ended before it was ready to be interrupted fails the test with what it said.
  const early = await Promise.race([ready.then(() => undefined), ended]);
  if (early !== undefined) return early;
  child.kill(signal);
  const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  const result = await ended;
  clearTimeout(killer);
  return { ...result, stderr, stdout };
}

const after = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const connection = (): Promise<void> => new Promise((resolve) => (connected = () => setTimeout(resolve, 200)));

describe('interrupts (item 9)', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('an audit waiting on a named pipe exits 4 on %s, saying so, and writes nothing', async (signal) => {
    const pipe = join(dir, `waiting-${signal}.log`);
    execFileSync('mkfifo', [pipe]);
    const r = await interrupt(['audit', pipe, '-o', join(dir, 'report.txt')], signal, after(4000));
    expect({ code: r.code, signal: r.signal }).toEqual({ code: 4, signal: null });
    expect(r.stderr.trim()).toBe(`ksmig: audit interrupted by ${signal}; no report or other file was written`);
    expect(r.stdout).toBe('');
  }, 40_000);

  it('an audit waiting on --origin exits 4', async () => {
    const r = await interrupt(['audit', '--origin', `127.0.0.1:${silentPort}`], 'SIGINT', connection());
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('ksmig: audit interrupted by SIGINT');
  }, 40_000);

  it('schema apply waiting on its target exits 4', async () => {
    const file = join(dir, 'schema.cql');
    await writeFile(file, "CREATE KEYSPACE ks WITH replication = {'class': 'SingleRegionStrategy'};\n");
    const r = await interrupt(
      ['schema', 'apply', file, '--endpoint', '127.0.0.1', '--port', String(silentPort), '--region', 'us-east-1', '--auth', 'service-specific', '--username', 'u', '--insecure'],
      'SIGTERM',
      connection(),
      { KSMIG_TARGET_PASSWORD: 'p4ssw0rd' },
    );
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('ksmig: schema apply interrupted by SIGTERM');
  }, 40_000);

  it('copy still stops in its own way (exit 4, its own line)', async () => {
    const r = await interrupt(['copy', '--origin', `127.0.0.1:${silentPort}`, '--target', `127.0.0.1:${silentPort}`, '--region', 'us-east-1', '--keyspace', 'ks', '--json'], 'SIGINT', connection());
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('interrupted');
  }, 40_000);
});
