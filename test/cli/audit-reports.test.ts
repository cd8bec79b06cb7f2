import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOPICS } from '../../src/rules/schema.js';
import { repoRoot, runCli, type CliResult } from '../helpers/cli.js';

// `ksmig audit` report plumbing: repository-relative SARIF/GitHub paths, rule help URIs, topic
// validation, and a standard output closed by its reader.

interface SarifLog {
  runs: Array<{
    originalUriBaseIds?: Record<string, { uri: string }>;
    tool: { driver: { rules: Array<{ id: string; helpUri?: string }> } };
    results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }> }>;
  }>;
}

const TRUNCATE = 'TRUNCATE ks.t;\n';
let dir: string;

/** A directory tree under the temp root; `.git` entries ending in `/` are directories. */
async function tree(name: string, files: Record<string, string>): Promise<string> {
  const root = join(dir, name);
  for (const [rel, text] of Object.entries(files)) {
    if (rel.endsWith('/')) {
      await mkdir(join(root, rel), { recursive: true });
      continue;
    }
    await mkdir(join(root, rel, '..'), { recursive: true });
    await writeFile(join(root, rel), text);
  }
  return root;
}

function sarifOf(r: CliResult): SarifLog['runs'][number] {
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout) as SarifLog).runs[0]!;
}

const locations = (run: SarifLog['runs'][number]) => run.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ksmig-audit-reports-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('repository-relative report paths', () => {
  it('run from a subdirectory, SARIF URIs are relative to the nearest directory with .git', async () => {
    const repo = await tree('clone', { '.git/': '', 'db/schema/a.cql': TRUNCATE, 'shared/b.cql': TRUNCATE });
    const outside = await tree('outside', { 'c.cql': TRUNCATE });
    const r = await runCli(['audit', 'schema/a.cql', '../shared/b.cql', join(outside, 'c.cql'), '--format', 'sarif'], { cwd: join(repo, 'db') });
    expect(r.code).toBe(1);
    const run = sarifOf(r);
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `file://${repo}/` } });
    expect(locations(run)).toEqual([
      { uri: 'shared/b.cql', uriBaseId: '%SRCROOT%' },
      { uri: `file://${outside}/c.cql` },
      { uri: 'db/schema/a.cql', uriBaseId: '%SRCROOT%' },
    ]);
    const github = await runCli(['audit', 'schema/a.cql', '--format', 'github'], { cwd: join(repo, 'db') });
    expect(github.stdout).toMatch(/^::error file=db\/schema\/a\.cql,line=1,/);
  });

  it('a .git file (worktree, submodule) marks the root too', async () => {
    const repo = await tree('worktree', { '.git': 'gitdir: /somewhere/.git/worktrees/w\n', 'sub/a.cql': TRUNCATE });
    const run = sarifOf(await runCli(['audit', 'a.cql', '--format', 'sarif'], { cwd: join(repo, 'sub') }));
    expect(run.originalUriBaseIds?.['%SRCROOT%']?.uri).toBe(`file://${repo}/`);
    expect(locations(run)).toEqual([{ uri: 'sub/a.cql', uriBaseId: '%SRCROOT%' }]);
  });

  it('without .git the working directory is the base; --source-root and sourceRoot name another, flags first', async () => {
    const plain = await tree('no-git', { 'ci/a.cql': TRUNCATE, 'ci/ksmig.config.yaml': 'sourceRoot: ..\n' });
    // Without .git (and here without the config file's sourceRoot, by pointing --config elsewhere).
    await writeFile(join(plain, 'empty.yaml'), 'failOn: error\n');
    const bare = sarifOf(await runCli(['audit', 'a.cql', '--format', 'sarif', '--config', '../empty.yaml'], { cwd: join(plain, 'ci') }));
    expect(bare.originalUriBaseIds?.['%SRCROOT%']?.uri).toBe(`file://${plain}/ci/`);
    expect(locations(bare)).toEqual([{ uri: 'a.cql', uriBaseId: '%SRCROOT%' }]);
    // sourceRoot in the config file, relative to the file.
    const fromConfig = sarifOf(await runCli(['audit', 'a.cql', '--format', 'sarif'], { cwd: join(plain, 'ci') }));
    expect(fromConfig.originalUriBaseIds?.['%SRCROOT%']?.uri).toBe(`file://${plain}/`);
    expect(locations(fromConfig)).toEqual([{ uri: 'ci/a.cql', uriBaseId: '%SRCROOT%' }]);
    // The flag overrides the config, relative to the working directory.
    const fromFlag = sarifOf(await runCli(['audit', 'a.cql', '--format', 'sarif', '--source-root', '.'], { cwd: join(plain, 'ci') }));
    expect(locations(fromFlag)).toEqual([{ uri: 'a.cql', uriBaseId: '%SRCROOT%' }]);
  });

  it('a source root that is not a directory is a configuration error (exit 2)', async () => {
    const r = await runCli(['audit', '-', '--format', 'sarif', '--source-root', join(dir, 'missing')], { stdin: TRUNCATE });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`source root is not a directory: ${join(dir, 'missing')}`);
    expect(r.stdout).toBe('');
  });
});

describe('SARIF rule descriptors', () => {
  it('every rule, the meta rules included, has a help URI', async () => {
    const broken = join(dir, 'broken.cql');
    await writeFile(broken, '-- ksmig-ignore KS1101\nSELEC nothing;\nSELECT * FROM app.nowhere WHERE id = 1;\nCREATE TABLE app.t (id int PRIMARY KEY);\n');
    const binary = join(dir, 'binary.cql');
    await writeFile(binary, Buffer.from([0x43, 0x52, 0xff, 0xfe, 0x00, 0x01]));
    const r = await runCli(['audit', broken, binary, '--format', 'sarif']);
    const run = sarifOf(r);
    const reported = new Set(run.results.map((x) => x.ruleId));
    for (const id of ['KS0001', 'KS0002', 'KS9001', 'KS9003']) expect(reported, id).toContain(id);
    expect(run.tool.driver.rules.length).toBeGreaterThan(50);
    expect(run.tool.driver.rules.filter((rule) => !/^https:\/\//.test(rule.helpUri ?? '')).map((rule) => rule.id)).toEqual([]);
  });
});

describe('--topics', () => {
  it('an unknown topic on the command line is a usage error naming it and listing the valid ones', async () => {
    const r = await runCli(['audit', '-', '--topics', 'lwt,nonsense'], { stdin: TRUNCATE });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('flags: topics.1: unknown topic "nonsense"; the topics are ');
    for (const t of TOPICS) expect(r.stderr).toContain(t);
    expect(r.stderr).not.toContain('No problems found');
  });

  it('an unknown topic in the config file is a configuration error with its position; a known one filters', async () => {
    const project = await tree('topics', { 'ksmig.config.yaml': 'topics: [truncat]\n' });
    const bad = await runCli(['audit', '-'], { cwd: project, stdin: TRUNCATE });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('ksmig.config.yaml:1:10: topics.0: unknown topic "truncat" (did you mean "truncate"?); the topics are ');
    // A valid flag overrides the bad file value; the filter then works as before.
    const lwtOnly = await runCli(['audit', '-', '--topics', 'lwt'], { cwd: project, stdin: TRUNCATE });
    expect(lwtOnly.code).toBe(0);
    const truncate = await runCli(['audit', '-', '--topics', 'truncate'], { cwd: project, stdin: TRUNCATE });
    expect(truncate.code).toBe(1);
  });
});

describe('a standard output closed by its reader', () => {
  /** Spawns the CLI from sources and closes our end of its stdout at once, as `| head` does once it has read enough. */
  function spawnClosedStdout(argv: string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', `${repoRoot}src/cli/dev.ts`, ...argv], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] });
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      child.on('error', reject);
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        resolve({ code, signal, stderr });
      });
      child.stdin.end();
    });
  }

  it('ends ksmig quietly with the exit code of the audit, and still writes --output files', async () => {
    const input = join(dir, 'epipe.cql');
    await writeFile(input, TRUNCATE);
    const baseline = join(dir, 'epipe-baseline.json');
    const r = await spawnClosedStdout(['audit', input, '--format', 'sarif', '--write-baseline', baseline]);
    expect(r.stderr).toBe('');
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1); // the TRUNCATE finding, exactly as with an open stdout
    expect(await readFile(baseline, 'utf8')).toContain('KS1401');
    const clean = await spawnClosedStdout(['rules', '--json']);
    expect(clean).toEqual({ code: 0, signal: null, stderr: '' });
  }, 120_000);
});
