/** Issue 14, item 7: an output never replaces an input, and is written whole or not at all. */
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const SOURCE = 'CREATE TABLE ks.t (k int PRIMARY KEY);\nTRUNCATE ks.t;\n';
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ksmig-outputs-'));
  await writeFile(join(dir, 's.cql'), SOURCE);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('outputs and inputs (item 7)', () => {
  it.each([
    ['--emit-target-schema', 's.cql'],
    ['-o', 's.cql'],
    ['--output', './s.cql'],
    ['--write-baseline', 's.cql'],
  ])('refuses %s %s when it is the input (exit 2), leaving the input as it was', async (flag, output) => {
    const r = await runCli(['audit', 's.cql', flag, output], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/would overwrite s\.cql, which is being audited/);
    expect(await readFile(join(dir, 's.cql'), 'utf8')).toBe(SOURCE);
  });

  it('compares real paths: an absolute path, a symbolic link, a file found under a directory given', async () => {
    await symlink(join(dir, 's.cql'), join(dir, 'link.cql'));
    expect((await runCli(['audit', 's.cql', '-o', join(dir, 's.cql')], { cwd: dir })).code).toBe(2);
    expect((await runCli(['audit', 's.cql', '-o', 'link.cql'], { cwd: dir })).code).toBe(2);
    await mkdir(join(dir, 'schema'));
    await writeFile(join(dir, 'schema', 'app.cql'), SOURCE);
    expect((await runCli(['audit', 'schema', '--emit-target-schema', 'schema/app.cql'], { cwd: dir })).code).toBe(2);
    expect(await readFile(join(dir, 'schema', 'app.cql'), 'utf8')).toBe(SOURCE);
  });

  it('refuses two outputs to one file', async () => {
    const r = await runCli(['audit', 's.cql', '-o', 'out.txt', '--write-baseline', 'out.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('name the same file');
  });

  it('writes outputs beside the inputs, leaving no temporary file', async () => {
    const r = await runCli(['audit', 's.cql', '-o', 'report.txt', '--emit-target-schema', 'out/keyspaces.cql', '--write-baseline', 'baseline.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(await readFile(join(dir, 'report.txt'), 'utf8')).toContain('TRUNCATE');
    expect(await readFile(join(dir, 'out', 'keyspaces.cql'), 'utf8')).toContain('CREATE TABLE');
    expect((await readdir(dir)).sort()).toEqual(['baseline.json', 'out', 'report.txt', 's.cql']);
  });
});
