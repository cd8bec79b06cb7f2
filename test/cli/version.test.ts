import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/shared/version.js';
import { repoRoot, runCli } from '../helpers/cli.js';

describe('ksmig --version', () => {
  it('prints the version package.json declares', async () => {
    const pkg = JSON.parse(readFileSync(`${repoRoot}package.json`, 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('exits 2 on an unknown command', async () => {
    const r = await runCli(['audti']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'audti'/);
  });
});
