// `ksmig emulate` as a real child process (from the TypeScript sources, or the bundle), for tests that must see
// whether the process survives what a client sends, and what it writes to stdout and stderr.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** A running `ksmig emulate` child with one known access key. */
export interface EmulatorProcess {
  port: number;
  caPath: string;
  region: string;
  accessKeyId: string;
  secret: string;
  pid: number;
  /** Everything the child wrote to stdout and stderr so far. */
  output(): string;
  /** The child's exit code once it exited, else undefined. */
  exitCode(): number | null | undefined;
  /** SIGTERM, then the exit code (SIGKILL after 20 s). Removes the state directory. */
  stop(): Promise<number | null>;
}

export interface SpawnEmulatorOptions {
  backend: { host: string; port: number };
  /** Extra `ksmig emulate` flags. */
  args?: readonly string[];
  /** Run the bundle `npm run build` wrote (bin/ksmig.js), as users do, instead of the sources. */
  bundled?: boolean;
}

/** Starts `ksmig emulate --json` on a free loopback port; resolves once it printed its listening line. */
export async function spawnEmulator(options: SpawnEmulatorOptions): Promise<EmulatorProcess> {
  const dir = await mkdtemp(join(tmpdir(), 'ksmig-emulator-process-'));
  const accessKeyId = 'AKIAEMULATORPROC0001';
  const secret = `process-secret-${Math.random().toString(36).slice(2)}`;
  const keysPath = join(dir, 'keys');
  await writeFile(keysPath, `${accessKeyId} ${secret}\n`);
  const region = 'us-east-1';
  const child: ChildProcessByStdio<null, Readable, Readable> = spawn(
    process.execPath,
    [
      ...(options.bundled === true ? [`${repoRoot}bin/ksmig.js`] : ['--import', 'tsx', `${repoRoot}src/cli/dev.ts`]),
      'emulate',
      '--backend',
      `${options.backend.host}:${options.backend.port}`,
      '--listen',
      '127.0.0.1:0',
      '--state-dir',
      dir,
      '--keys',
      keysPath,
      '--region',
      region,
      '--json',
      ...(options.args ?? []),
    ],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  let exit: number | null | undefined;
  child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')));
  const exited = new Promise<number | null>((resolve) =>
    child.on('close', (code) => {
      exit = code;
      resolve(code);
    }),
  );
  const listening = await new Promise<{ port: number; ca: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listening line within 60 s: ${output}`)), 60_000);
    const onData = (): void => {
      const line = output.split('\n').find((l) => l.startsWith('{"event":"listening"'));
      if (!line) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      resolve(JSON.parse(line) as { port: number; ca: string });
    };
    child.stdout.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`ksmig emulate exited with ${code} before listening: ${output}`));
    });
  });
  return {
    port: listening.port,
    caPath: listening.ca,
    region,
    accessKeyId,
    secret,
    pid: child.pid ?? 0,
    output: () => output,
    exitCode: () => exit,
    stop: async () => {
      if (exit === undefined) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
        await exited;
        clearTimeout(timer);
      }
      await rm(dir, { recursive: true, force: true });
      return exit ?? null;
    },
  };
}
