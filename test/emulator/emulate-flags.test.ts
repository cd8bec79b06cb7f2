// `ksmig emulate`'s limit flags: a bad value is a usage error (exit 2) naming the flag and what was
// expected, before anything is started.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('ksmig emulate limit flags', () => {
  const cases: [string[], string][] = [
    [['--max-connections', '0'], '--max-connections: expected a whole number of connections (≥ 1), got "0"'],
    [['--max-connections', 'many'], '--max-connections: expected a whole number of connections (≥ 1), got "many"'],
    [['--auth-timeout', '-1'], '--auth-timeout: expected a number of seconds (a number ≥ 0), got "-1"'],
    [['--idle-timeout', 'soon'], '--idle-timeout: expected a number of seconds (a number ≥ 0), got "soon"'],
    [['--max-buffered-mib', '0.5'], '--max-buffered-mib: expected a whole number of MiB (≥ 1), got "0.5"'],
  ];
  for (const [args, message] of cases) {
    it(`refuses ${args.join(' ')}`, async () => {
      const r = await runCli(['emulate', '--backend', '127.0.0.1:9', '--listen', '127.0.0.1:0', ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(message);
    });
  }

  it('lists the limits and their defaults in its help', async () => {
    const help = (await runCli(['emulate', '--help'])).stdout.replace(/\s+/g, ' ');
    expect(help).toMatch(/--max-connections <n> [^-]*\(default: "1000"\)/);
    expect(help).toMatch(/--auth-timeout <seconds> [^-]*\(default: "10"\)/);
    expect(help).toMatch(/--idle-timeout <seconds> [^-]*\(default: "600"\)/);
    expect(help).toMatch(/--max-buffered-mib <MiB> [^-]*\(default: "256"\)/);
  });
});
