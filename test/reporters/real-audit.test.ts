import { readFileSync } from 'node:fs';
import path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { auditSources } from '../../src/audit/audit.js';
import { formatReport, type RuleMetadata } from '../../src/reporters/index.js';
import { parseBaseline, writeBaseline } from '../../src/audit/baseline.js';
import { loadRules, type LoadedRule } from '../../src/rules/load.js';
import { reportsDir } from './fixture.js';

// The reporters on a real audit (real parser, rule data and engine), checked against both
// published schemas: catches drift between what the audit produces and the contracts.
const fixtures = path.join(reportsDir, '..');
const read = (p: string) => readFileSync(path.join(fixtures, p), 'utf8');

const reportSchema = JSON.parse(read('../schemas/audit-report.v1.schema.json')) as object;
const validateReport = new Ajv2020({ allErrors: true, strict: true }).compile(reportSchema);
const sarifAjv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
ajvFormats.default(sarifAjv);
const validateSarif = sarifAjv.compile(JSON.parse(read('schemas/sarif-2.1.0.json')) as object);

function metadata(rule: LoadedRule): RuleMetadata {
  const helpUri = rule.references?.find((r) => typeof r.url === 'string')?.url;
  return {
    id: rule.id,
    name: rule.name,
    title: rule.title,
    severity: rule.severity,
    topics: rule.topics,
    help: rule.help,
    ...(helpUri !== undefined ? { helpUri } : {}),
    ...(rule.docs !== undefined ? { docs: rule.docs } : {}),
  };
}

const suppressed = [
  '-- ksmig-ignore KS1101: the view is rebuilt as a table by the migration',
  'CREATE MATERIALIZED VIEW shop.v AS SELECT * FROM shop.t WHERE a IS NOT NULL AND b IS NOT NULL PRIMARY KEY (a, b);',
  '-- ksmig-ignore no-such-rule',
  'SELEC broken;',
  '',
].join('\n');

function audit() {
  return auditSources(
    [
      { file: 'schema/app-ecommerce.cql', text: read('schemas/app-ecommerce.cql') },
      { file: 'queries/app-ecommerce-queries.cql', text: read('schemas/app-ecommerce-queries.cql') },
      { file: 'db/suppressed.cql', text: suppressed },
    ],
    { now: new Date('2026-11-24T00:00:00Z') },
  );
}

describe('reporters on a real audit', () => {
  const rules = loadRules().map(metadata);

  it('JSON validates against the published report schema', () => {
    const report = audit();
    expect(report.findings.length).toBeGreaterThan(10);
    const ok = validateReport(JSON.parse(formatReport('json', report)));
    expect(validateReport.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(report.findings.find((f) => f.ruleId === 'KS1101' && f.file === 'db/suppressed.cql')?.suppressed).toBe(
      'the view is rebuilt as a table by the migration',
    );
    expect(report.findings.some((f) => f.ruleId === 'KS9003' && f.file === 'db/suppressed.cql')).toBe(true);
  });

  it('SARIF validates against the official schema, with every rule described', () => {
    const sarif = formatReport('sarif', audit(), { rules, baseDir: '/repo', toolVersion: '0.1.0' });
    const ok = validateSarif(JSON.parse(sarif));
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('every format is identical across two runs, and a baseline of run 1 makes run 2 all existing', () => {
    const a = audit();
    const b = audit();
    for (const format of ['text', 'json', 'sarif', 'junit', 'github'] as const) {
      expect(formatReport(format, b, { rules })).toBe(formatReport(format, a, { rules }));
    }
    const baseline = parseBaseline(writeBaseline(a.findings));
    const again = auditSources(
      [
        { file: 'schema/app-ecommerce.cql', text: `-- a comment that moves every line\n\n${read('schemas/app-ecommerce.cql')}` },
        { file: 'queries/app-ecommerce-queries.cql', text: read('schemas/app-ecommerce-queries.cql') },
        { file: 'db/suppressed.cql', text: suppressed },
      ],
      { now: new Date('2026-11-24T00:00:00Z'), baseline },
    );
    const live = again.findings.filter((f) => f.suppressed === undefined);
    expect(live.length).toBe(a.findings.filter((f) => f.suppressed === undefined).length);
    expect(live.filter((f) => f.baseline !== 'existing')).toEqual([]);
  });
});
