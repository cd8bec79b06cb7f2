import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';
import { run } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';

/** Repository root (absolute). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams (fast; for commands that don't own the process). */
export async function runCli(argv: string[], opts: { cwd?: string; stdin?: string; env?: NodeJS.ProcessEnv; tty?: boolean } = {}): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const stdin = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  if (opts.stdin !== undefined) stdin.end(opts.stdin);
  else stdin.end();
  const io: CliIO = {
    stdout: Object.assign(stdout, { isTTY: opts.tty ?? false, columns: 100 }),
    stderr: Object.assign(stderr, { isTTY: false }),
    stdin: Object.assign(stdin, { isTTY: false }),
    cwd: opts.cwd ?? repoRoot,
    env: opts.env ?? { ...process.env },
  };
  const code = await run(argv, io);
  return { code, stdout: out, stderr: err };
}

/** Runs the CLI as a child process from the TypeScript sources (for signals, exit codes of the real process, servers). */
export function spawnCli(argv: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; stdin?: string; timeoutMs?: number } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `${repoRoot}src/cli/dev.ts`, ...argv], {
      cwd: opts.cwd ?? repoRoot,
      env: opts.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : 1), stdout: out, stderr: err });
    });
    child.stdin.end(opts.stdin ?? '');
  });
}
