import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { runCli } from '../helpers/cli.js';
import { until } from '../ui/render-migrate.js';
import { captureStdout, fakeTerminalStdin } from '../ui/streams.js';

let cwd: string;
beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'ksmig-migrate-cli-'));
});
afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

/** Runs ksmig with a terminal on both ends; `keys` are typed once the screen shows `when`. */
async function runOnTerminal(argv: string[], script: Array<{ when: string; keys: string }> = []) {
  const stdout = captureStdout({ tty: true, columns: 100, rows: 30 });
  const stderr = captureStdout();
  const stdin = fakeTerminalStdin();
  const done = run(argv, { stdout: stdout.stream, stderr: stderr.stream, stdin: stdin.stream, cwd, env: { ...process.env, TERM: 'xterm-256color' } });
  for (const step of script) {
    await until(() => stdout.text().includes(step.when), () => `${step.when} on the screen:\n${stdout.text()}`, 10_000);
    stdin.type(step.keys);
  }
  return { code: await done, stdout: stdout.text(), stderr: stderr.text() };
}

describe('ksmig migrate', () => {
  it('refuses without a terminal (exit 2), naming the commands that do each step', async () => {
    const result = await runCli(['migrate'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('ksmig migrate is interactive: it needs a terminal on standard input and output.');
    for (const command of ['ksmig audit --origin <host> --emit-target-schema', 'ksmig schema apply', 'ksmig copy', 'ksmig verify', 'ksmig estimate']) expect(result.stderr).toContain(command);
  });

  it('refuses under a CI runner even on a terminal (Ink draws only its last frame there); ksmig alone prints the help', async () => {
    for (const CI of ['true', '1']) {
      const stdout = captureStdout({ tty: true, columns: 100, rows: 30 });
      const stderr = captureStdout();
      const env = { ...process.env, TERM: 'xterm-256color', CI };
      const code = await run(['migrate'], { stdout: stdout.stream, stderr: stderr.stream, stdin: fakeTerminalStdin().stream, cwd, env });
      expect(code).toBe(2);
      expect(stdout.text()).toBe('');
      expect(stderr.text()).toContain('ksmig migrate is interactive, and CI is set in the environment');
      expect(stderr.text()).toContain('ksmig copy --origin <host>');
      const alone = captureStdout({ tty: true, columns: 100, rows: 30 });
      const aloneErr = captureStdout();
      expect(await run([], { stdout: alone.stream, stderr: aloneErr.stream, stdin: fakeTerminalStdin().stream, cwd, env })).toBe(0);
      expect(alone.text() + aloneErr.text()).toContain('Commands:');
    }
  });

  it('ksmig with no arguments prints the help outside a terminal (on stderr, as before), migrate listed first', async () => {
    const result = await runCli([], { cwd });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/Commands:\n {2}migrate \[options\] +the whole migration in one interactive flow/);
  });

  it('ksmig with no arguments on a terminal starts the migration; Ctrl-C saves it and ends with 4', async () => {
    const result = await runOnTerminal([], [{ when: 'Connect to the origin', keys: '\u0003' }]);
    expect(result.code).toBe(4);
    expect(result.stderr).toBe(`ksmig: the migration is saved at the Connect step (${join(cwd, '.ksmig', 'migrate')}).\n  continue with: ksmig migrate --resume\n`);
    const state = JSON.parse(await readFile(join(cwd, '.ksmig', 'migrate', 'state.json'), 'utf8')) as { step: string };
    expect(state.step).toBe('connect');
  });

  it('--resume with nothing saved is a usage error (exit 2)', async () => {
    const result = await runOnTerminal(['migrate', '--resume', '--dir', 'elsewhere']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`nothing to resume: ${join(cwd, 'elsewhere', 'state.json')} does not exist`);
    expect(result.stderr).toContain('try: run ksmig migrate without --resume to start');
  });

  it('--resume continues where the migration was saved, with --dir in the words that say how', async () => {
    await runOnTerminal(['migrate', '--dir', 'm1'], [{ when: 'Connect to the origin', keys: '\u0003' }]);
    const result = await runOnTerminal(['migrate', '--resume', '--dir', 'm1'], [
      { when: 'Resume the migration', keys: '\r' },
      { when: 'Connect to the origin', keys: '\u0003' },
    ]);
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('  continue with: ksmig migrate --resume --dir m1\n');
  });
});
