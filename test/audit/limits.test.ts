/**
 * Issue 14, items 3–5: inputs that made the audit crash or exhaust memory — many findings, deep
 * nesting, very long scripts, very long statements and log lines.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditSources } from '../../src/audit/audit.js';
import { auditInputs } from '../../src/audit/inputs.js';
import type { AuditReport } from '../../src/audit/types.js';
import { formatReport } from '../../src/reporters/index.js';
import { repoRoot, runCli } from '../helpers/cli.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ksmig-limits-'));
});

const ids = (r: AuditReport): string[] => r.findings.map((f) => f.ruleId);

async function writeLines(path: string, count: number, line: (i: number) => string): Promise<void> {
  const out = createWriteStream(path);
  for (let i = 0; i < count; i++) if (!out.write(line(i))) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
}

describe('many findings (item 3)', () => {
  it('reports 130,000 findings of one script without overflowing the stack', () => {
    const text = Array.from({ length: 130_000 }, (_, i) => `TRUNCATE ks.t${i};`).join('\n');
    const report = auditSources([{ file: 'many.cql', text }], { now: new Date('2026-01-01T00:00:00Z') });
    expect(report.summary).toMatchObject({ files: 1, statements: 130_000, errors: 130_000 });
    expect(report.findings[129_999]).toMatchObject({ ruleId: 'KS1401', line: 130_000 });
  }, 120_000);

  it('keeps spreads of unbounded arrays out of src/ (eslint)', async () => {
    const { ESLint } = await import('eslint');
    const eslint = new ESLint({ cwd: repoRoot });
    const lint = async (code: string): Promise<string[]> => {
      const [result] = await eslint.lintText(code, { filePath: `${repoRoot}src/audit/x.ts` });
      return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
    };
    expect(await lint('export function f(a: number[], b: number[]): number {\n  a.push(...b);\n  return Math.max(...a);\n}\n')).toHaveLength(2);
    expect(await lint('export function f(a: number[], b: number[]): number[] {\n  return [...a, ...b];\n}\n')).toEqual([]);
  });
});

describe('deep nesting (item 4)', () => {
  const cases: Array<[string, string]> = [
    ['1,000 nested parentheses in a WHERE clause', `SELECT * FROM ks.t WHERE a = ${'('.repeat(1000)}1${')'.repeat(1000)};`],
    ['100,000 opening braces', `INSERT INTO ks.t (k, v) VALUES (1, ${'{'.repeat(100_000)});`],
    ['100,000 opening brackets', `INSERT INTO ks.t (k, v) VALUES (1, ${'['.repeat(100_000)});`],
    ['100,000 nested frozen<list<', `CREATE TABLE ks.t (k int PRIMARY KEY, v ${'frozen<list<'.repeat(80_000)}int${'>>'.repeat(80_000)});`],
    ['forty unclosed braces (exponential in the expected-token search)', `INSERT INTO ks.t (k, v) VALUES (1, ${'{'.repeat(40)};`],
  ];
  it.each(cases)('%s: a finding at the statement, and every other statement and file is audited, quickly', (_name, statement) => {
    const started = Date.now();
    const report = auditSources(
      [
        { file: 'deep.cql', text: `TRUNCATE ks.before;\n${statement}\nTRUNCATE ks.after;\n` },
        { file: 'other.cql', text: 'TRUNCATE ks.other;\n' },
      ],
      { maxStatementLength: 4 * 1024 * 1024 },
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    const deep = report.findings.filter((f) => f.file === 'deep.cql');
    expect(deep.map((f) => [f.ruleId, f.line])).toEqual(expect.arrayContaining([['KS1401', 1], ['KS1401', 3]]));
    expect(deep.some((f) => f.line === 2 && (f.ruleId === 'KS0003' || f.ruleId === 'KS0001'))).toBe(true);
    expect(report.findings.some((f) => f.file === 'other.cql' && f.ruleId === 'KS1401')).toBe(true);
  }, 30_000);

  it('names the nesting limit in a KS0003 finding at the bracket past it', () => {
    const report = auditSources([{ file: 'p.cql', text: `SELECT * FROM ks.t WHERE a = ${'('.repeat(150)}1${')'.repeat(150)};` }]);
    expect(report.findings[0]).toMatchObject({ ruleId: 'KS0003', rule: 'statement-too-large', line: 1, column: 30 + 100 });
    expect(report.findings[0]!.message).toContain('more than 100 levels');
  });

  it('audits a statement nested 50 levels deep as any other', () => {
    const report = auditSources([{ file: 'p.cql', text: `SELECT * FROM ks.t WHERE a = ${'('.repeat(50)}1${')'.repeat(50)} ALLOW FILTERING;` }]);
    expect(ids(report)).not.toContain('KS0003');
    expect(ids(report)).toContain('KS3003');
  });

  it('a long chain of operators (no brackets) that exhausts the stack is a finding, not a crash', () => {
    const report = auditSources([{ file: 'c.cql', text: `SELECT * FROM ks.t WHERE a = 1${' + 1'.repeat(60_000)};\nTRUNCATE ks.t;` }], { maxStatementLength: 4 * 1024 * 1024 });
    expect(report.findings.some((f) => f.ruleId === 'KS1401')).toBe(true);
  }, 60_000);
});

describe('long scripts, statements and lines (item 5)', () => {
  it('caps one statement at 1 MiB by default with a KS0003 finding, configurable with --max-statement-size', async () => {
    const big = join(dir, 'big.cql');
    await writeFile(big, `INSERT INTO ks.t (k, v) VALUES (1, '${'x'.repeat(1_100_000)}');\nTRUNCATE ks.t;\n`);
    const r = await runCli(['audit', big, '--format', 'json']);
    const report = JSON.parse(r.stdout) as AuditReport;
    expect(report.findings.map((f) => [f.ruleId, f.line])).toEqual([
      ['KS0003', 1],
      ['KS1401', 2],
    ]);
    expect(report.findings[0]!.message).toContain('1,100,');
    expect(report.findings[0]!.statement.length).toBeLessThanOrEqual(200);
    const raised = await runCli(['audit', big, '--format', 'json', '--max-statement-size', '2MiB']);
    // Audited now: a row over 1 MB (KS5008) among what it finds.
    expect(ids(JSON.parse(raised.stdout) as AuditReport)).toEqual(expect.arrayContaining(['KS5008', 'KS1401']));
    expect(ids(JSON.parse(raised.stdout) as AuditReport)).not.toContain('KS0003');
    const small = await runCli(['audit', '-', '--format', 'json', '--max-statement-size', '1KiB'], { stdin: `SELECT ${'a, '.repeat(600)}b FROM ks.t;\nTRUNCATE ks.t;\n` });
    expect(ids(JSON.parse(small.stdout) as AuditReport)).toEqual(['KS0003', 'KS1401']);
    const bad = await runCli(['audit', '-', '--max-statement-size', 'lots'], { stdin: '' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('maxStatementSize');
  }, 60_000);

  it('never prints a whole huge line in a code frame', async () => {
    const line = `${'x'.repeat(500_000)} TRUNCATE ks.t; ${'y'.repeat(500_000)}`;
    const report = auditSources([{ file: 'wide.cql', text: `/* ${line} */\nSELECT * FROM ks.t WHERE a = 1 ALLOW FILTERING ${'z'.repeat(5000)};` }]);
    const text = formatReport('text', report, { sources: new Map([['wide.cql', `/* ${line} */\nSELECT * FROM ks.t WHERE a = 1 ALLOW FILTERING ${'z'.repeat(5000)};`]]) });
    expect(Math.max(...text.split('\n').map((l) => l.length))).toBeLessThan(400);
    expect(text).toContain('…');
  });

  it('keeps the memory of a streamed audit flat: 40,000 statements under a 96 MB heap', async () => {
    const path = join(dir, 'dump.cql');
    await writeLines(path, 40_000, (i) => `INSERT INTO shop.orders (id, customer, total, note) VALUES (${i}, 'customer ${i % 977}', ${i * 1.5}, 'note ${i}');\n`);
    const out = join(dir, 'dump.json');
    // Before the audit streamed, each statement cost about 7 KB for the whole run: 280 MB here.
    const r = spawnSync(process.execPath, ['--max-old-space-size=96', '--import', 'tsx', `${repoRoot}src/cli/dev.ts`, 'audit', path, '--format', 'json', '-o', out], { cwd: repoRoot, encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/heap out of memory/);
    expect(r.status).toBe(0);
    expect((JSON.parse(await readFile(out, 'utf8')) as AuditReport).summary.statements).toBe(40_000);
  }, 120_000);

  it('reads a query log that is one 40 MB line under a 96 MB heap, reporting it as too large', async () => {
    const path = join(dir, 'oneline.log');
    await writeLines(path, 400_000, (i) => `SELECT * FROM ks.t WHERE k = ${i}; `);
    const out = join(dir, 'oneline.json');
    const r = spawnSync(process.execPath, ['--max-old-space-size=96', '--import', 'tsx', `${repoRoot}src/cli/dev.ts`, 'audit', path, '--format', 'json', '-o', out], { cwd: repoRoot, encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/heap out of memory/);
    expect(r.status).toBe(1);
    const report = JSON.parse(await readFile(out, 'utf8')) as AuditReport;
    expect(report.findings.map((f) => [f.ruleId, f.line])).toEqual([['KS0003', 1]]);
  }, 120_000);

  it('streams a script fed in small pieces exactly as the same text in memory', async () => {
    // Longer than a window (256 KiB), so it is cut into several; suppressions and USE across the cuts.
    const dml = Array.from({ length: 6000 }, (_, i) =>
      i % 500 === 7 ? `-- ksmig-ignore KS1401: known\nTRUNCATE shop.orders;` : i % 300 === 3 ? `USE shop;\nSELECT * FROM orders WHERE total > ${i} ALLOW FILTERING;` : `INSERT INTO shop.orders (id, total) VALUES (${i}, ${i}.5) USING TTL ${i + 1};`,
    ).join('\n');
    const text = `${await readFile(join(repoRoot, 'fixtures/demo/schema.cql'), 'utf8')}\n${dml}\nSELECT * FORM shop.orders;\n`;
    expect(text.length).toBeGreaterThan(300 * 1024);
    const whole = auditSources([{ file: 'schema.cql', text }], { now: new Date('2026-01-01T00:00:00Z') });
    async function* pieces(): AsyncGenerator<string> {
      for (let i = 0; i < text.length; i += 97) yield text.slice(i, i + 97);
    }
    const streamed = await auditInputs([{ file: 'schema.cql', read: pieces }], { now: new Date('2026-01-01T00:00:00Z') });
    expect(streamed.report).toEqual(whole);
  });
});
