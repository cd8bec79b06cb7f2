// ksmig estimate from the command line: the --json contract, literal-sized writes, rate flags,
// formats, and exit codes (2 for bad flags or inputs naming what was expected, 3 for an origin that
// cannot be reached, with its host and cause).
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EstimateReport } from '../../src/estimate/report.js';
import { runCli } from '../helpers/cli.js';

let dir: string;
// No Region from the environment: the estimate prices us-east-1 unless told otherwise.
const env = (): NodeJS.ProcessEnv => {
  const e = { ...process.env };
  delete e['AWS_REGION'];
  delete e['AWS_DEFAULT_REGION'];
  delete e['KSMIG_TARGET_REGION'];
  return e;
};
const estimate = (args: string[], stdin?: string) => runCli(['estimate', ...args], { env: env(), cwd: dir, ...(stdin !== undefined ? { stdin } : {}) });

const SCHEMA = `CREATE KEYSPACE app WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 3};
CREATE TABLE app.kv (k int PRIMARY KEY, v text);
CREATE TABLE app.users (id uuid PRIMARY KEY, name text);
`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ksmig-estimate-cli-'));
  await writeFile(join(dir, 'schema.cql'), SCHEMA);
  await writeFile(
    join(dir, 'app.cql'),
    `${SCHEMA}
BEGIN BATCH
  INSERT INTO app.kv (k, v) VALUES (1, 'a');
  INSERT INTO app.kv (k, v) VALUES (2, 'b');
  INSERT INTO app.kv (k, v) VALUES (3, 'c');
APPLY BATCH;
INSERT INTO app.kv (k, v) VALUES (4, '${'x'.repeat(2500)}');
`,
  );
});

describe('ksmig estimate --json', () => {
  it('prints one object; a logged batch of three small INSERTs is 6 WCU, an INSERT of a 2,500-byte value 3; each statement once per second, and says so', async () => {
    const r = await estimate(['app.cql', '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as EstimateReport;
    expect(report.region).toBe('us-east-1');
    expect(report.monthly).toEqual({ onDemand: expect.any(Number), provisioned: expect.any(Number), storage: expect.any(Number) });
    const batch = report.shapes.find((s) => s.shape.startsWith('begin batch'))!;
    expect(batch).toMatchObject({ perRun: { rru: 0, wcu: 6 }, perSecond: 1 });
    expect(batch.findings.map((f) => f.ruleId)).toContain('KS6008');
    const insert = report.shapes.find((s) => s.shape === 'insert into app.kv (k, v) values (?, ?)')!;
    expect(insert).toMatchObject({ perRun: { rru: 0, wcu: 3 }, perSecond: 1 });
    // Sorted by cost; monthly = rate × 30 days × units × price.
    expect(report.shapes[0]).toBe(batch);
    expect(batch.monthly.onDemand).toBeCloseTo(2_592_000 * 6 * 0.000000625, 2);
    expect(report.rates.basis).toBe('once-per-second');
    expect(report.notes[0]).toMatch(/each statement of the inputs counts as run once per second/);
  });

  it('turns --reads per table into a single-row read: 2,000 reads/s cost $648 a month on demand', async () => {
    const r = await estimate(['schema.cql', '--reads', 'app.users=2000', '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as EstimateReport;
    expect(report.rates.basis).toBe('flags');
    expect(report.shapes).toHaveLength(1);
    expect(report.shapes[0]).toMatchObject({ shape: 'select * from app.users where id = ?', perRun: { rru: 1, wcu: 0 }, perSecond: 2000, monthly: { onDemand: 648 } });
    expect(report.tables.find((t) => t.table === 'app.users')!.autoScaling.read).toMatchObject({ min: 2858, max: 2858, targetUtilization: 70 });
  });

  it('prices another listed Region, replica Regions, PITR and a target utilisation', async () => {
    const r = await estimate(['schema.cql', '--writes', 'app.users=100', '--rows', 'app.users=1000000', '--region', 'eu-west-1', '--replica-regions', 'us-east-1', '--pitr', '--target-utilization', '50', '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as EstimateReport;
    expect(report).toMatchObject({ region: 'eu-west-1', replicaRegions: ['us-east-1'], pitr: true, targetUtilization: 50 });
    expect(report.breakdown.onDemand.replicaWrites).toBeGreaterThan(0);
    expect(report.breakdown.onDemand.pitr).toBeGreaterThan(0);
    expect(report.tables[0]!.autoScaling.write.max).toBe(Math.ceil(100 / 0.5));
  });
});

describe('rates from query logs', () => {
  it('spreads a log without timestamps over --log-seconds, or counts each shape once per second and says so', async () => {
    await writeFile(join(dir, 'plain.log'), ['SELECT * FROM app.users WHERE id = 5b6962dd-3f90-4c93-8f61-eabfa4a803e2', 'SELECT * FROM app.users WHERE id = 6b6962dd-3f90-4c93-8f61-eabfa4a803e2', "INSERT INTO app.kv (k, v) VALUES (1, 'a')"].join('\n'));
    const spread = JSON.parse((await estimate(['schema.cql', '--query-log', 'plain.log', '--log-seconds', '60', '--json'])).stdout) as EstimateReport;
    expect(spread.rates.basis).toBe('log-seconds');
    expect(spread.shapes.find((x) => x.shape.startsWith('select'))).toMatchObject({ perSecond: 0.0333, count: 2 });
    const once = await estimate(['schema.cql', '--query-log', 'plain.log', '--json']);
    expect(once.stderr).toMatch(/no timestamps in this lines log/);
    const report = JSON.parse(once.stdout) as EstimateReport;
    expect(report.rates.basis).toBe('log-once-per-second');
    expect(report.shapes.every((x) => x.perSecond === 1)).toBe(true);
    expect(report.notes[0]).toMatch(/no timestamps and no --log-seconds/);
  });

  it('measures rates from timestamps, and lets --reads replace them for a table', async () => {
    const t0 = Date.UTC(2026, 0, 1);
    const lines = Array.from({ length: 100 }, (_, i) => JSON.stringify({ ts: t0 + i * 100, consistency: 'LOCAL_ONE', query: `SELECT * FROM app.users WHERE id = 5b6962dd-3f90-4c93-8f61-eabfa4a8${String(i).padStart(4, '0')}` }));
    await writeFile(join(dir, 'timed.jsonl'), lines.join('\n'));
    const r = JSON.parse((await estimate(['schema.cql', '--query-log', 'timed.jsonl', '--json'])).stdout) as EstimateReport;
    expect(r.rates).toMatchObject({ basis: 'log', seconds: 10, statements: 100 });
    expect(r.shapes[0]).toMatchObject({ perSecond: 10, rate: { average: 10, p95: 10, peak: 10 }, perRun: { rru: 0.5, wcu: 0 } });
    expect(r.tables.find((t) => t.table === 'app.users')!.reads).toEqual({ average: 5, p95: 5, peak: 5 });
    const flagged = JSON.parse((await estimate(['schema.cql', '--query-log', 'timed.jsonl', '--reads', 'app.users=300', '--json'])).stdout) as EstimateReport;
    expect(flagged.shapes[0]!.perSecond).toBe(300);
    expect(flagged.notes.some((n) => /--reads \/ --writes replace the logged rates of app\.users/.test(n))).toBe(true);
    expect(flagged.tables.find((t) => t.table === 'app.users')!.reads.peak).toBe(150);
  });
});

describe('other formats', () => {
  it('renders text by default and Markdown on request', async () => {
    const text = await estimate(['app.cql']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Monthly cost');
    expect(text.stdout).toContain('Cost by shape');
    const md = await estimate(['app.cql', '--format', 'markdown']);
    expect(md.stdout).toContain('### Statement shapes by cost');
    const out = join(dir, 'out', 'estimate.md');
    const file = await estimate(['app.cql', '--format', 'markdown', '-o', out]);
    expect(file.code).toBe(0);
    expect(file.stdout).toBe('');
  });
});

describe('exit codes', () => {
  it('exits 2 naming what was expected for bad flags and inputs', async () => {
    const cases: Array<[string[], RegExp]> = [
      [[], /nothing to estimate/],
      [['nope.cql'], /no such file or directory: nope\.cql/],
      [['schema.cql', '--reads', 'users=10'], /--reads expects keyspace\.table=<reads per second>/],
      [['schema.cql', '--region', 'mx-central-1'], /no prices for Region mx-central-1[\s\S]*--prices <file>/],
      [['schema.cql', '--region', 'Virginia'], /expected an AWS Region name/],
      [['schema.cql', '--target-utilization', '95'], /expected at most 90/],
      [['schema.cql', '--lwt-failure-rate', '2'], /expected a share from 0 to 1/],
      [['schema.cql', '--read-consistency', 'QUORUM'], /Allowed choices are LOCAL_QUORUM, LOCAL_ONE, ONE/],
      [['schema.cql', '--json', '--format', 'text'], /--json and --format text contradict/],
      [['schema.cql', '--prices', 'missing.json'], /--prices: cannot read \S*missing\.json/],
      [['schema.cql', '--sizes', 'schema.cql'], /--sizes: /],
    ];
    for (const [args, message] of cases) {
      const r = await estimate(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
    }
  });

  it('exits 2 for a price file that is not a price list, naming the keys', async () => {
    await writeFile(join(dir, 'prices.json'), JSON.stringify({ source: 'x', regions: { 'us-east-1': { name: 'x' } } }));
    const r = await estimate(['schema.cql', '--prices', 'prices.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/date: missing \(expected string\)/);
    expect(r.stderr).toMatch(/regions\.us-east-1\.readRequestUnit/);
  });

  it('exits 3 naming the host and the cause when the origin cannot be reached', async () => {
    const r = await estimate(['--origin', '127.0.0.1:1', '--origin-dc', 'dc1']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/127\.0\.0\.1:1/);
    expect(r.stderr).toMatch(/ECONNREFUSED|refused/i);
  });
});
