import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { auditSources } from '../../src/audit/audit.js';
import { findRule, loadRules } from '../../src/rules/load.js';

/**
 * Annotated fixtures: `-- expect: <ids or names>` above a line says those rules report a finding
 * starting on that line; `-- ok: <ids or names>` says they do not. Each file is audited on its own
 * (at a fixed --now) and the findings, as a set of (line, rule id), must equal the expectations.
 */
const dir = fileURLToPath(new URL('../../fixtures/rules/', import.meta.url));
const rules = loadRules();
const NOW = new Date('2026-11-24T00:00:00.000Z');

interface Annotations {
  expect: Set<string>;
  ok: Array<[number, string]>;
}

function annotations(text: string): Annotations {
  const lines = text.split('\n');
  const out: Annotations = { expect: new Set(), ok: [] };
  let pending: Array<['expect' | 'ok', string]> = [];
  lines.forEach((line, i) => {
    const m = /^\s*--\s*(expect|ok):\s*(.+?)\s*$/.exec(line);
    if (m) {
      for (const ref of m[2]!.split(/[\s,]+/).filter(Boolean)) {
        const rule = findRule(rules, ref);
        if (rule === undefined) throw new Error(`line ${i + 1}: unknown rule ${ref}`);
        pending.push([m[1] as 'expect' | 'ok', rule.id]);
      }
      return;
    }
    if (pending.length === 0) return;
    for (const [kind, id] of pending) {
      if (kind === 'expect') out.expect.add(`${i + 1} ${id}`);
      else out.ok.push([i + 1, id]);
    }
    pending = [];
  });
  return out;
}

const files = readdirSync(dir).filter((f) => f.endsWith('.cql')).sort();

describe('annotated rule fixtures', () => {
  it('has fixtures', () => expect(files.length).toBeGreaterThanOrEqual(4));

  it.each(files)('%s', (name) => {
    const text = readFileSync(dir + name, 'utf8');
    const { expect: expected, ok } = annotations(text);
    const report = auditSources([{ file: name, text }], { rules, now: NOW });
    const actual = new Set(report.findings.filter((f) => f.suppressed === undefined).map((f) => `${f.line} ${f.ruleId}`));
    expect([...actual].sort()).toEqual([...expected].sort());
    for (const [line, id] of ok) expect(actual.has(`${line} ${id}`), `ok: ${id} at line ${line}`).toBe(false);
  });
});
