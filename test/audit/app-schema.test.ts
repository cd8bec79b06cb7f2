import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { auditSources } from '../../src/audit/audit.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const files = ['fixtures/schemas/app-ecommerce.cql', 'fixtures/schemas/app-ecommerce-queries.cql'];
const sources = files.map((file) => ({ file, text: readFileSync(root + file, 'utf8') }));
const NOW = new Date('2026-11-24T00:00:00.000Z');

describe('full application schema with mixed problems', () => {
  it('matches the expected findings snapshot', async () => {
    const report = auditSources(sources, { now: NOW });
    await expect(`${JSON.stringify(report, null, 2)}\n`).toMatchFileSnapshot('../../fixtures/schemas/app-ecommerce.expected.json');
  });

  it('is stable from run to run (same order, same fingerprints)', () => {
    const a = auditSources(sources, { now: NOW });
    const b = auditSources([...sources], { now: NOW });
    expect(b).toEqual(a);
    expect(new Set(a.findings.map((f) => f.fingerprint)).size).toBe(a.findings.length);
  });

  it('keeps fingerprints when lines move', () => {
    const a = auditSources(sources, { now: NOW });
    const moved = sources.map((s) => ({ ...s, text: `-- a new header line\n\n${s.text}` }));
    const b = auditSources(moved, { now: NOW });
    expect(b.findings.map((f) => f.fingerprint)).toEqual(a.findings.map((f) => f.fingerprint));
    expect(b.findings.map((f) => f.line)).toEqual(a.findings.map((f) => f.line + 2));
  });

  it('declared target state silences the table-feature rules', () => {
    const before = auditSources(sources, { now: NOW }).findings.filter((f) => f.ruleId === 'KS3022');
    expect(before.length).toBe(2);
    const after = auditSources(sources, { now: NOW, targetTables: { 'shop.orders': { clientSideTimestamps: true } } });
    expect(after.findings.filter((f) => f.ruleId === 'KS3022')).toEqual([]);
  });

  it('reports every error-severity problem a migration engineer expects from this schema', () => {
    const ids = new Set(auditSources(sources, { now: NOW }).findings.filter((f) => f.severity === 'error').map((f) => f.ruleId));
    for (const id of ['KS1001', 'KS1101', 'KS1201', 'KS1401', 'KS1501', 'KS1503', 'KS1601', 'KS2001', 'KS2002', 'KS3004', 'KS3022', 'KS4007', 'KS4010', 'KS6004']) {
      expect(ids, id).toContain(id);
    }
  });
});
