import { readFileSync } from 'node:fs';
import path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/audit/types.js';
import { formatSarif } from '../../src/reporters/sarif.js';
import { goldenOptions, loadReport, loadSubdirReport, reportsDir, subdirOptions } from './fixture.js';

// The official SARIF 2.1.0 schema, vendored from an npm package (see fixtures/schemas/README.md).
const schema = JSON.parse(readFileSync(path.join(reportsDir, '../schemas/sarif-2.1.0.json'), 'utf8')) as object;
// The schema's `language` pattern is not valid in Unicode mode; see the README.
// Both packages are CommonJS; under NodeNext their classes are on `.default`.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

function expectValid(sarif: string): void {
  const ok = validate(JSON.parse(sarif));
  expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
  expect(ok).toBe(true);
}

describe('SARIF output against the official 2.1.0 schema', () => {
  it('the golden report validates', () => {
    expectValid(formatSarif(loadReport(), goldenOptions()));
  });

  it('the run-from-a-subdirectory report validates, with %SRCROOT% defined and repository-relative URIs', () => {
    const sarif = formatSarif(loadSubdirReport(), subdirOptions());
    expectValid(sarif);
    const run = (JSON.parse(sarif) as { runs: Array<Record<string, unknown>> }).runs[0]!;
    expect(run['originalUriBaseIds']).toEqual({ '%SRCROOT%': { uri: 'file:///repo/' } });
    expect(sarif).toContain('"uri": "services/api/schema/app.cql",\n                  "uriBaseId": "%SRCROOT%"');
    expect(sarif).toContain('"uri": "queries/app.cql",\n                  "uriBaseId": "%SRCROOT%"');
    expect(sarif).toContain('"uri": "file:///var/log/cassandra/queries.log"\n');
  });

  it('a report without findings, rules or options validates', () => {
    const empty: AuditReport = { version: 1, summary: { files: 0, statements: 0, errors: 0, warnings: 0, infos: 0 }, findings: [] };
    expectValid(formatSarif(empty));
  });

  it('files outside the base directory and absolute paths validate as file URIs', () => {
    const report = loadReport();
    report.findings = report.findings.map((f, i) => ({ ...f, file: i % 2 === 0 ? '/elsewhere/dir with space/ä.cql' : '../up.cql' }));
    const sarif = formatSarif(report, { baseDir: '/repo/sub' });
    expectValid(sarif);
    expect(sarif).toContain('"uri": "file:///elsewhere/dir%20with%20space/%C3%A4.cql"');
    expect(sarif).toContain('"uri": "file:///repo/up.cql"');
  });

  it('the schema rejects an invalid log, so the check can fail', () => {
    const sarif = JSON.parse(formatSarif(loadReport(), goldenOptions())) as { runs: Array<{ results: Array<Record<string, unknown>> }> };
    sarif.runs[0]!.results[0]!['level'] = 'fatal';
    expect(validate(sarif)).toBe(false);
  });
});
