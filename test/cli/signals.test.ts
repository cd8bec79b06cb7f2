import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

// A child process of its own: signals sent to the test worker would reach vitest as well.
const script = `
import { holdSignals } from './src/cli/signals.ts';
const baseline = process.listenerCount('SIGTERM');
const held = holdSignals();
// Signal listeners do not keep Node running; the real commands have a server or a JVM child that does.
const keepAlive = setInterval(() => undefined, 1000);
held.received.then(async (name) => {
  console.log('received ' + name + ' aborted=' + held.signal.aborted);
  // A slow cleanup, during which a second signal must not kill the process.
  await new Promise((r) => setTimeout(r, 300));
  held.release();
  clearInterval(keepAlive);
  console.log('released listeners=' + (process.listenerCount('SIGTERM') - baseline));
});
console.log('ready');
`;

describe('holdSignals', () => {
  it('keeps ksmig alive through a first and a second SIGTERM, then removes its listeners', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (c: Buffer) => {
        stdout += c.toString('utf8');
        if (stdout.includes('ready\n')) resolve();
      });
    });
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGTERM');
    expect(await exited, stderr).toEqual({ code: 0, signal: null });
    expect(stdout.trim().split('\n')).toEqual(['ready', 'received SIGTERM aborted=true', 'released listeners=0']);
  });
});
