import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { AuditReport } from '../../src/audit/types.js';
import type { ReporterOptions, RuleMetadata } from '../../src/reporters/index.js';

/** The golden reporter fixture: `fixtures/reports/` (input report, rule metadata, source texts, expected outputs). */
export const reportsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/reports');

export function loadReport(): AuditReport {
  return JSON.parse(readFileSync(path.join(reportsDir, 'input.json'), 'utf8')) as AuditReport;
}

export function loadRules(): RuleMetadata[] {
  return JSON.parse(readFileSync(path.join(reportsDir, 'rules.json'), 'utf8')) as RuleMetadata[];
}

/** Source texts keyed by the file names the findings carry. */
export function loadSources(): Map<string, string> {
  const read = (p: string) => readFileSync(path.join(reportsDir, 'sources', p), 'utf8');
  return new Map([
    ['schema/app.cql', read('schema/app.cql')],
    ['queries/app.cql', read('queries/app.cql')],
    ['logs/queries.log', read('logs/queries.log')],
    ['<stdin>', read('stdin.cql')],
  ]);
}

/** Options shared by the golden outputs: a fixed repository root and version so output is stable. */
export function goldenOptions(): ReporterOptions {
  return {
    sources: loadSources(),
    rules: loadRules(),
    baseDir: '/repo',
    toolVersion: '0.1.0',
    informationUri: 'https://example.com/ksmig',
    files: ['queries/app.cql', 'schema/app.cql', 'schema/clean.cql'],
  };
}

/** The working directory of the run-from-a-subdirectory goldens, below the repository root `/repo`. */
export const SUBDIR_CWD = '/repo/services/api';

/**
 * The golden report as a run from `SUBDIR_CWD` sees it: `schema/app.cql` is below the working
 * directory, `../../queries/app.cql` above it but inside the repository, and the query log lies
 * outside the repository (an absolute path).
 */
export function loadSubdirReport(): AuditReport {
  const rename: Record<string, string> = { 'queries/app.cql': '../../queries/app.cql', 'logs/queries.log': '/var/log/cassandra/queries.log' };
  const report = loadReport();
  report.findings = report.findings.map((f) => ({
    ...f,
    file: rename[f.file] ?? f.file,
    ...(f.fix ? { fix: { ...f.fix, edits: f.fix.edits.map((e) => ({ ...e, file: rename[e.file] ?? e.file })) } } : {}),
  }));
  return report;
}

/** Golden options for a run from `SUBDIR_CWD` (standard input stands for `piped.cql` there). */
export function subdirOptions(): ReporterOptions {
  return { ...goldenOptions(), sources: new Map(), cwd: SUBDIR_CWD, stdinPath: 'piped.cql' };
}

/**
 * Compares `actual` with `fixtures/reports/expected/<name>` byte for byte; with `UPDATE_GOLDEN=1`
 * rewrites the expected file instead.
 */
export function expectGolden(name: string, actual: string): void {
  const file = path.join(reportsDir, 'expected', name);
  if (process.env['UPDATE_GOLDEN'] === '1') {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
