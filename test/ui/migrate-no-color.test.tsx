import { afterEach, describe, expect, it, vi } from 'vitest';

// chalk (under Ink) reads FORCE_COLOR once, when it loads; a test's stdout is not a terminal, so
// without it there would be no colour to take away.
vi.hoisted(() => {
  process.env.FORCE_COLOR = '1';
});

const { cleanup } = await import('ink-testing-library');
const { runMigration } = await import('../../src/ui/index.js');
const { fakeDriver } = await import('./migrate-fake.js');
const { renderMigrate, until } = await import('./render-migrate.js');
const { captureStdout, fakeTerminalStdin } = await import('./streams.js');

afterEach(() => cleanup());

// SGR colour codes: foreground 30–37, 90–97, 38;…; background likewise.
// eslint-disable-next-line no-control-regex -- matching escape sequences is the point
const COLOUR = /\u001b\[(?:3[0-8]|9[0-7]|4[0-8]|10[0-7])(?:;[\d;]*)?m/;

describe('the migration and NO_COLOR', () => {
  it('colours the screens when colour is on, and draws none when it is off, keeping bold', async () => {
    const coloured = renderMigrate(fakeDriver().driver, { columns: 100, rows: 24, color: true });
    await coloured.shows('Contact points');
    expect(coloured.lastFrame()).toMatch(COLOUR);
    cleanup();
    const plain = renderMigrate(fakeDriver().driver, { columns: 100, rows: 24, color: false });
    await plain.shows('Contact points');
    expect(plain.lastFrame()).not.toMatch(COLOUR);
    expect(plain.lastFrame()).toContain('\u001b[1m');
  });

  it('runMigration: the alternate screen, NO_COLOR from the environment, Ctrl-C ends with 4 and the words on stderr', async () => {
    for (const env of [{ NO_COLOR: '1' }, {}] as NodeJS.ProcessEnv[]) {
      const stdout = captureStdout({ tty: true, columns: 100, rows: 24 });
      const stderr = captureStdout();
      const stdin = fakeTerminalStdin();
      const { driver, calls } = fakeDriver();
      const done = runMigration(driver, { stdout: stdout.stream, stderr: stderr.stream, stdin: stdin.stream, env, cwd: '/work/app', resumed: false, resumeCommand: 'ksmig migrate --resume' });
      await until(() => stdout.text().includes('Contact points'), () => stdout.text());
      stdin.type('\u0003');
      expect(await done).toBe(4);
      const out = stdout.text();
      expect(out.startsWith('\u001b[?1049h\u001b[H')).toBe(true);
      expect(out).toContain('\u001b[?1049l');
      if (env.NO_COLOR !== undefined) expect(out).not.toMatch(COLOUR);
      else expect(out).toMatch(COLOUR);
      expect(calls).toContain('save');
      expect(stderr.text()).toBe(
        'ksmig: the migration is saved at the Connect step (/work/app/.ksmig/migrate).\n  continue with: ksmig migrate --resume\n',
      );
    }
  });
});
