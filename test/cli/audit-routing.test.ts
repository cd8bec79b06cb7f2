import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const DESCRIBE_OUTPUT = [
  'cqlsh> DESCRIBE KEYSPACE shop',
  '',
  "CREATE KEYSPACE shop WITH replication = {'class': 'SimpleStrategy', 'replication_factor': '1'}  AND durable_writes = true;",
  '',
  'CREATE TABLE shop.orders (',
  '    id uuid PRIMARY KEY,',
  '    total decimal',
  ') WITH compaction = {\'class\': \'org.apache.cassandra.db.compaction.SizeTieredCompactionStrategy\'};',
  '',
].join('\n');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ksmig-routing-'));
  await writeFile(join(dir, 'describe.txt'), DESCRIBE_OUTPUT);
  await writeFile(join(dir, 'queries.log'), "SELECT * FROM shop.orders WHERE id = 5b6962dd-3f90-4c93-8f61-eabfa4a803e2\nSELECT * FROM shop.orders WHERE id = 1b6962dd-3f90-4c93-8f61-eabfa4a803e2\n");
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Report {
  findings: Array<{ ruleId: string; file: string; line: number; count?: number; fingerprint?: string; baseline?: string }>;
}

describe('ksmig audit: scripts and logs by content', () => {
  it('reads DESCRIBE output saved without a .cql ending as CQL, and a log as a log', async () => {
    const r = await runCli(['audit', 'describe.txt', 'queries.log', '--format', 'json', '--fail-on', 'never'], { cwd: dir });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.findings.filter((f) => f.ruleId === 'KS0001')).toEqual([]);
    expect(report.findings).toContainEqual(expect.objectContaining({ ruleId: 'KS4005', file: 'describe.txt', line: 3 }));
    expect(report.findings).toContainEqual(expect.objectContaining({ ruleId: 'KS4001', file: 'describe.txt', line: 8 }));
  });

  it('--query-log-format forces a log reading', async () => {
    const r = await runCli(['audit', 'describe.txt', '--query-log-format', 'lines', '--format', 'json', '--fail-on', 'never'], { cwd: dir });
    const report = JSON.parse(r.stdout) as Report;
    expect(report.findings.some((f) => f.ruleId === 'KS0001')).toBe(true);
  });
});

describe('ksmig audit: fingerprints wherever it runs', () => {
  it('names files relative to the repository root, so a baseline written at the root holds in a subdirectory', async () => {
    const repo = join(dir, 'repo');
    await mkdir(join(repo, '.git'), { recursive: true });
    await mkdir(join(repo, 'schema'), { recursive: true });
    await writeFile(join(repo, 'schema', 'app.cql'), 'TRUNCATE app.t;\nSELECT * FROM app.t ALLOW FILTERING;\n');
    const atRoot = await runCli(['audit', 'schema/app.cql', '--format', 'json', '--write-baseline', 'baseline.json'], { cwd: repo });
    const inSub = await runCli(['audit', './app.cql', '--format', 'json', '--baseline', '../baseline.json'], { cwd: join(repo, 'schema') });
    const prints = (r: { stdout: string }): string[] => (JSON.parse(r.stdout) as Report).findings.map((f) => f.fingerprint ?? '');
    expect(prints(atRoot).length).toBeGreaterThan(1);
    expect(prints(inSub)).toEqual(prints(atRoot));
    expect((JSON.parse(inSub.stdout) as Report).findings.map((f) => f.baseline)).toEqual(prints(atRoot).map(() => 'existing'));
    expect(inSub.code).toBe(0);
    expect((JSON.parse(inSub.stdout) as Report).findings[0]?.file).toBe('./app.cql');
  });
});

describe('ksmig audit: standard input in CI reports', () => {
  it('--stdin-filename names the repository file that findings on - stand for', async () => {
    const sarif = await runCli(['audit', '-', '--format', 'sarif', '--stdin-filename', 'db/schema.cql', '--fail-on', 'never'], { cwd: dir, stdin: 'TRUNCATE t;\n' });
    const log = JSON.parse(sarif.stdout) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('db/schema.cql');
    const github = await runCli(['audit', '-', '--format', 'github', '--stdin-filename', 'db/schema.cql', '--fail-on', 'never'], { cwd: dir, stdin: 'TRUNCATE t;\n' });
    expect(github.stdout).toContain('::error file=db/schema.cql,line=1');
  });
});
