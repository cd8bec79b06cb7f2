import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { auditSources } from '../../src/audit/audit.js';
import { summarizeQueryLog } from '../../src/sources/query-logs/summary.js';

const dir = fileURLToPath(new URL('../../fixtures/query-logs/', import.meta.url));
const NOW = new Date('2026-11-24T00:00:00.000Z');
const schema = {
  file: 'schema.cql',
  kind: 'schema-only' as const,
  text: 'CREATE TABLE shop.orders (customer_id uuid, order_id timeuuid, status text, PRIMARY KEY (customer_id, order_id));',
};

async function auditLog(relative: string, showLiterals = false) {
  const summary = await summarizeQueryLog(dir + relative);
  return auditSources([schema], { now: NOW, showLiterals, logShapes: summary.shapes.map((s) => ({ ...s, file: relative })) });
}

describe('query logs read by src/sources, audited by shape', () => {
  it('CSV export: writes at QUORUM and ONE are one shape, reported once with its execution count and the levels seen', async () => {
    const r = await auditLog('csv/export.csv');
    const writes = r.findings.filter((f) => f.ruleId === 'KS7004');
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({ file: 'csv/export.csv', line: 3, firstLine: 3, count: 2 });
    expect(writes[0]!.message).toContain('ONE (1)');
    expect(writes[0]!.message).toContain('QUORUM (1)');
    // Literals stay out of the report unless asked for.
    expect(writes[0]!.statement).not.toContain('5b6962dd');
  });

  it('JSON lines: a SERIAL read, and a range delete at ALL resolved against the schema and the session keyspace', async () => {
    const r = await auditLog('jsonl/export.jsonl');
    expect(r.findings.map((f) => `${f.line}:${f.ruleId}`)).toEqual(['1:KS7005', '3:KS3018', '3:KS7004']);
    expect(r.findings.find((f) => f.ruleId === 'KS3018')!.message).toContain('shop.orders');
    expect(r.findings.find((f) => f.ruleId === 'KS7005')!.message).toContain('SERIAL (1)');
  });

  it('--show-literals puts the logged example in the report', async () => {
    const r = await auditLog('jsonl/export.jsonl', true);
    expect(r.findings.find((f) => f.ruleId === 'KS3018')!.example).toContain('50554d6e-29bb-11e5-b345-feff819cdc9f');
  });
});
