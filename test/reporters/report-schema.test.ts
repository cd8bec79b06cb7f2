import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/rules/finding.js';
import type { AuditReport } from '../../src/audit/types.js';
import { formatJson } from '../../src/reporters/json.js';
import { loadReport, reportsDir } from './fixture.js';

// The published JSON Schema of the audit report (schemas/audit-report.v1.schema.json).
const schema = JSON.parse(readFileSync(path.join(reportsDir, '../../schemas/audit-report.v1.schema.json'), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

function valid(value: unknown): boolean {
  return validate(value) === true;
}

function reportWith(extra: Record<string, unknown>): unknown {
  const report = loadReport();
  return { ...report, findings: [{ ...report.findings[0]!, ...extra }] };
}

describe('audit report JSON schema', () => {
  it('the JSON reporter output of the golden report validates', () => {
    const ok = validate(JSON.parse(formatJson(loadReport())));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('accepts every optional field DESIGN.md lists', () => {
    const extra: Partial<Finding> = {
      fingerprint: 'abc',
      count: 3,
      firstLine: 7,
      example: 'SELECT * FROM t WHERE k = ?',
      suppressed: 'reviewed',
      baseline: 'existing',
      fix: { title: 'Remove it', safety: 'safe', edits: [{ file: 'a.cql', line: 1, column: 1, endLine: 1, endColumn: 3, text: '' }] },
    };
    expect(valid(reportWith(extra))).toBe(true);
  });

  it('rejects fields outside the contract', () => {
    expect(valid(reportWith({ uri: 'a.cql' }))).toBe(false);
    expect(valid({ ...loadReport(), extra: true })).toBe(false);
    const report = loadReport() as AuditReport & { summary: Record<string, unknown> };
    expect(valid({ ...report, summary: { ...report.summary, suppressed: 1 } })).toBe(false);
  });

  it('rejects wrong values', () => {
    expect(valid({ ...loadReport(), version: 2 })).toBe(false);
    expect(valid(reportWith({ severity: 'fatal' }))).toBe(false);
    expect(valid(reportWith({ line: 0 }))).toBe(false);
    expect(valid(reportWith({ ruleId: 'KS12' }))).toBe(false);
    expect(valid(reportWith({ baseline: 'old' }))).toBe(false);
    expect(valid(reportWith({ statement: 'x'.repeat(201) }))).toBe(false);
    expect(valid(reportWith({ topics: [] }))).toBe(false);
  });

  it('rejects a finding missing a required field', () => {
    const report = loadReport();
    const { help: _help, ...withoutHelp } = report.findings[0]!;
    expect(valid({ ...report, findings: [withoutHelp] })).toBe(false);
  });
});
