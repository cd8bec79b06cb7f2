// ksmig run as its own process from the TypeScript sources, and its `--json` event lines.
import { spawn, type ChildProcess } from 'node:child_process';
import { repoRoot } from '../../helpers/cli.js';

/** The JSON event lines of a `--json` run. */
export function jsonEvents(stdout: string): Array<Record<string, unknown>> {
  return stdout
    .trim()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** The last JSON event line (the summary of a finished copy or verify). */
export function lastEvent(stdout: string): Record<string, unknown> {
  const events = jsonEvents(stdout);
  return events[events.length - 1] ?? {};
}

/** Starts `ksmig <args>` (to kill it, or to run several at once); `output` is stdout and stderr so far. */
export function startKsmig(args: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', `${repoRoot}src/cli/dev.ts`, ...args], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (out += c.toString()));
  return { child, output: () => out, exited: new Promise((resolve) => child.on('close', (code) => resolve(code))) };
}
