import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/audit/types.js';
import { repoRoot, runCli } from '../helpers/cli.js';
import { schemaFixtures } from '../convert/schema-fixtures.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ksmig-audit-cli-'));
});

const json = (stdout: string): AuditReport => JSON.parse(stdout) as AuditReport;

describe('ksmig audit', () => {
  it('reports a syntax error at the exact token with the contract fields, and goes on with the next statement', async () => {
    const input = 'SELECT * FORM ks.t;\nTRUNCATE ks.t;\n';
    const r = await runCli(['audit', '-', '--format', 'json'], { stdin: input });
    expect(r.code).toBe(1);
    const report = json(r.stdout);
    expect(report.version).toBe(1);
    const syntax = report.findings.find((f) => f.ruleId === 'KS0001')!;
    expect(syntax).toMatchObject({
      rule: 'syntax-error',
      severity: 'error',
      topics: ['syntax'],
      file: '<stdin>',
      line: 1,
      column: 10,
      endLine: 1,
      endColumn: 14,
      statement: 'SELECT * FORM ks.t',
    });
    expect(report.findings.some((f) => f.rule === 'truncate' && f.line === 2)).toBe(true);
    expect(report.summary).toMatchObject({ files: 1, statements: 2 });
  });

  it('reports a file that is not text as KS0002 and audits the rest', async () => {
    const bad = join(dir, 'binary.cql');
    await writeFile(bad, Buffer.from([0x43, 0x52, 0xff, 0xfe, 0x00, 0x01]));
    const good = join(dir, 'good.cql');
    await writeFile(good, 'CREATE TABLE ks.t (id int PRIMARY KEY);\n');
    const r = await runCli(['audit', bad, good, '--format', 'json']);
    const report = json(r.stdout);
    expect(report.findings.find((f) => f.ruleId === 'KS0002')).toMatchObject({ rule: 'unreadable-file', file: bad, severity: 'error', line: 1, column: 1 });
    expect(report.summary.files).toBe(2);
    expect(r.code).toBe(1);
  });

  it('treats a missing path, a wrong flag value and an unknown flag as usage errors (exit 2) naming what was expected', async () => {
    const missing = await runCli(['audit', join(dir, 'nope.cql')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file or directory');
    const format = await runCli(['audit', '-', '--format', 'xml'], { stdin: '' });
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/Allowed choices are text, json, sarif, junit, github/);
    const unknown = await runCli(['audit', '-', '--colour'], { stdin: '' });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown option '--colour'");
    const rule = await runCli(['audit', '-', '--rules', 'KS7777'], { stdin: 'SELECT 1 FROM t;' });
    expect(rule.code).toBe(2);
    const nothing = await runCli(['audit']);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('nothing to audit');
  });

  it('takes context from --schema files without reporting on them', async () => {
    const schema = join(dir, 'context-schema.cql');
    await writeFile(schema, "CREATE TABLE app.s (id int PRIMARY KEY, v text) WITH gc_grace_seconds = 5 AND CUSTOM_PROPERTIES = {'ttl': {'status': 'enabled'}};\nTRUNCATE app.s;\n");
    const query = 'INSERT INTO app.s (id, v) VALUES (?, ?) USING TTL 60;\n';
    const withContext = json((await runCli(['audit', '-', '--schema', schema, '--format', 'json'], { stdin: query })).stdout);
    expect(withContext.findings).toEqual([]);
    expect(withContext.summary.files).toBe(1);
    const without = json((await runCli(['audit', '-', '--format', 'json', '--fail-on', 'never'], { stdin: query })).stdout);
    expect(without.findings.map((f) => f.rule)).toContain('ttl-needs-table-ttl');
  });

  it('exits by --fail-on', async () => {
    const input = "CREATE TABLE ks.t (id int PRIMARY KEY) WITH gc_grace_seconds = 10;\n";
    expect((await runCli(['audit', '-'], { stdin: input })).code).toBe(0); // only an info finding
    expect((await runCli(['audit', '-', '--fail-on', 'info'], { stdin: input })).code).toBe(1);
    expect((await runCli(['audit', '-', '--fail-on', 'never'], { stdin: 'TRUNCATE ks.t;' })).code).toBe(0);
  });

  it('audits a query log by statement shape, hiding literals unless --show-literals', async () => {
    const log = `${repoRoot}fixtures/query-logs/lines/app.log`;
    const r = await runCli(['audit', log, '--format', 'json', '--fail-on', 'never']);
    expect(r.code).toBe(0);
    const report = json(r.stdout);
    const filtering = report.findings.find((f) => f.rule === 'allow-filtering')!;
    expect(filtering).toMatchObject({ file: log, line: 9, count: 1, firstLine: 9 });
    expect(filtering.statement).toBe('select count (*) from shop.orders where status = ? allow filtering');
    // No value from the log reaches the report — not in statements, examples or rule messages.
    for (const value of ["'open'", 'shipped', '5b6962dd', '50554d6e', "'t-1'", '3600']) expect(JSON.stringify(report)).not.toContain(value);
    expect(report.findings.some((f) => f.rule === 'in-in-write' && f.message.includes('IN (?, ?)'))).toBe(true);
    const shown = json((await runCli(['audit', log, '--format', 'json', '--fail-on', 'never', '--show-literals'])).stdout);
    expect(JSON.stringify(shown)).toContain("'open'");
  });

  it('writes a Keyspaces-ready schema that audits again with no error findings, for every fixture schema', async () => {
    const schemas = schemaFixtures();
    expect(schemas).toEqual(expect.arrayContaining(['fixtures/demo/schema.cql', 'fixtures/schemas/app-ecommerce.cql', 'fixtures/rules/limits-and-names.cql']));
    let tables = 0;
    for (const schema of schemas) {
      for (const regions of [[], ['--regions', 'us-east-1'], ['--regions', 'us-east-1,eu-west-1']]) {
        const out = join(dir, `${schema.replace(/\W/g, '_')}${regions.length}.target.cql`);
        const first = await runCli(['audit', schema, '--fail-on', 'never', '--format', 'json', '--emit-target-schema', out, ...regions]);
        expect({ schema, code: first.code }).toEqual({ schema, code: 0 });
        const wrote = /wrote the Keyspaces-ready schema \((\d+) keyspaces, (\d+) tables/.exec(first.stderr);
        expect(wrote, first.stderr).not.toBeNull();
        const again = await runCli(['audit', out, '--format', 'json']);
        const report = json(again.stdout);
        const errors = report.findings.filter((f) => f.severity === 'error');
        expect({ schema, regions, errors }).toEqual({ schema, regions, errors: [] });
        expect(again.code).toBe(0);
        const text = await readFile(out, 'utf8');
        // The counts on stderr are what the file holds.
        expect((text.match(/^CREATE TABLE /gm) ?? []).length).toBe(Number(wrote![2]));
        expect((text.match(/^CREATE KEYSPACE /gm) ?? []).length).toBe(Number(wrote![1]));
        // One Region is SingleRegionStrategy (NTS with one Region draws KS4009); two are the NTS map of those Regions.
        const expected = regions[1] === undefined ? undefined : regions[1] === 'us-east-1' ? "{'class': 'SingleRegionStrategy'}" : "{'class': 'NetworkTopologyStrategy', 'us-east-1': '3', 'eu-west-1': '3'}";
        for (const line of text.split('\n').filter((l) => l.startsWith('CREATE KEYSPACE '))) if (expected) expect(line).toContain(`WITH replication = ${expected}`);
        tables += Number(wrote![2]);
      }
    }
    // Tables in keyspaces a file uses but never creates are written too (they once were dropped silently).
    expect(tables).toBeGreaterThanOrEqual(3 * 30);
  });

  it('never prints the origin password, even when the connection fails', async () => {
    const secret = 'pw-7f3a9c1e-do-not-print';
    const r = await runCli(['audit', '--origin', '127.0.0.1:1', '--username', 'app', '--password', secret, '--format', 'json']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/127\.0\.0\.1:1/);
    expect(`${r.stdout}${r.stderr}`).not.toContain(secret);
  });

  it('prints SARIF, JUnit and GitHub annotations', async () => {
    const input = 'TRUNCATE ks.t;\n';
    const sarif = JSON.parse((await runCli(['audit', '-', '--format', 'sarif'], { stdin: input })).stdout) as { version: string; runs: Array<{ results: unknown[] }> };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results.length).toBe(1);
    expect((await runCli(['audit', '-', '--format', 'junit'], { stdin: input })).stdout).toContain('<testsuites');
    expect((await runCli(['audit', '-', '--format', 'github'], { stdin: input })).stdout).toMatch(/^::error /m);
  });

  it('fails only on new findings with a baseline', async () => {
    const file = join(dir, 'legacy.cql');
    await writeFile(file, 'TRUNCATE ks.t;\n');
    const baseline = join(dir, 'baseline.json');
    expect((await runCli(['audit', file, '--write-baseline', baseline, '--format', 'json'])).code).toBe(1);
    expect((await runCli(['audit', file, '--baseline', baseline])).code).toBe(0);
    await writeFile(file, 'TRUNCATE ks.t;\nTRUNCATE ks.u;\n');
    const r = await runCli(['audit', file, '--baseline', baseline, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(json(r.stdout).findings.map((f) => f.baseline)).toEqual(['existing', 'new']);
  });
});
