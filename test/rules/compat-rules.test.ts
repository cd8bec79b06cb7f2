import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_KINDS } from '../../src/cql/ast/nodes.js';
import { checks } from '../../src/rules/checks/index.js';
import { DEFAULT_RULES_DIR, loadRules, retiredRules } from '../../src/rules/load.js';
import { runExample } from '../../src/audit/examples.js';
import { exampleText } from '../../src/rules/examples.js';
import { placeholders } from '../../src/rules/schema.js';

const rules = loadRules();

describe('rule files', () => {
  it('every yaml file in compat-rules/rules loads and validates', () => {
    const files = readdirSync(DEFAULT_RULES_DIR).filter((f) => f.endsWith('.yaml'));
    expect([...rules, ...retiredRules()].map((r) => basename(r.file)).sort()).toEqual(files.sort());
    expect(rules.length).toBeGreaterThanOrEqual(60);
  });

  it('a DROP of an index, view, function, aggregate or trigger names its kind and carries only its topic (issue 13)', () => {
    const drops: Array<[string, string, string]> = [
      ['DROP INDEX app.by_email;', 'KS1003', 'is an index'],
      ['DROP MATERIALIZED VIEW app.by_day;', 'KS1102', 'is a materialized view'],
      ['DROP FUNCTION app.double_it;', 'KS1203', 'is a user-defined function'],
      ['DROP AGGREGATE app.average_of;', 'KS1204', 'is a user-defined aggregate'],
      ['DROP TRIGGER audit ON app.orders;', 'KS1302', 'is a trigger'],
    ];
    // The kind's own topics (a user-defined function is a function, as for KS1201; an aggregate, as for KS1202).
    const topics: Record<string, string[]> = { KS1003: ['secondary-index'], KS1102: ['materialized-view'], KS1203: ['udf', 'function'], KS1204: ['uda', 'aggregate'], KS1302: ['trigger'] };
    for (const [cql, id, says] of drops) {
      const found = runExample(rules[0]!, cql, rules).filter((f) => f.topics.some((t) => ['secondary-index', 'materialized-view', 'udf', 'uda', 'trigger'].includes(t)));
      expect(found.map((f) => [f.ruleId, f.topics]), cql).toEqual([[id, topics[id]]]);
      expect(found[0]!.message, cql).toContain(says);
    }
  });

  it('ids and names are unique and file names are <id>-<name>.yaml', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    expect(new Set(rules.map((r) => r.name)).size).toBe(rules.length);
    for (const r of rules) expect(basename(r.file)).toBe(`${r.id}-${r.name}.yaml`);
  });

  it('every check module is referenced by exactly one rule, and every check: names a module', () => {
    const referenced = rules.flatMap((r) => (r.check === undefined ? [] : [r.check]));
    expect(new Set(referenced).size).toBe(referenced.length);
    expect([...referenced].sort()).toEqual(Object.keys(checks).sort());
    for (const [name, module] of Object.entries(checks)) expect(module.name).toBe(name);
  });

  it('declarative matches name real node kinds and supply every placeholder of message and help', () => {
    for (const r of rules.filter((x) => x.match !== undefined)) {
      const kinds = Array.isArray(r.match!.node) ? r.match!.node : [r.match!.node];
      for (const k of kinds) expect(NODE_KINDS as readonly string[], `${r.id} node ${k}`).toContain(k);
      for (const w of r.match!.within ?? []) expect(NODE_KINDS as readonly string[], `${r.id} within ${w}`).toContain(w);
      const keys = Object.keys(r.match!.data ?? {});
      for (const p of [...placeholders(r.message), ...placeholders(r.help)]) expect(keys, `${r.id} {{${p}}}`).toContain(p);
    }
  });

  it('the area digit of each id matches its documented range', () => {
    for (const r of rules) {
      const area = r.id[2];
      expect(['0', '1', '2', '3', '4', '5', '6', '7', '9'], r.id).toContain(area);
      if (r.meta === true) expect(['0', '9'], r.id).toContain(area);
    }
  });
});

describe.each(rules.filter((r) => r.meta !== true).map((r) => [`${r.id} ${r.name}`, r] as const))('%s', (_label, rule) => {
  it.each(rule.examples.invalid.map((e, i) => [i, e] as const))('invalid example %i is reported', (_i, example) => {
    const findings = runExample(rule, example, rules);
    expect(findings.filter((f) => f.ruleId === 'KS0001'), exampleText(example)).toEqual([]);
    const own = findings.filter((f) => f.ruleId === rule.id);
    expect(own.length, exampleText(example)).toBeGreaterThanOrEqual(1);
    for (const f of own) {
      // Every {{key}} of the templates was supplied by the rule's data.
      expect(f.message).not.toMatch(/\{\{/);
      expect(f.help).not.toMatch(/\{\{/);
      expect(f.severity).toBe(rule.severity);
      expect(f.topics).toEqual(rule.topics);
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.column).toBeGreaterThanOrEqual(1);
    }
  });

  it.each(rule.examples.valid.map((e, i) => [i, e] as const))('valid example %i is not reported', (_i, example) => {
    const findings = runExample(rule, example, rules);
    expect(findings.filter((f) => f.ruleId === 'KS0001'), exampleText(example)).toEqual([]);
    expect(findings.filter((f) => f.ruleId === rule.id).map((f) => f.message), exampleText(example)).toEqual([]);
  });
});

/** Applies fix edits (1-based, end exclusive) to one text, last edit first. */
function applyEdits(text: string, edits: Array<{ line: number; column: number; endLine: number; endColumn: number; text: string }>): string {
  const lines = text.split('\n');
  const offset = (line: number, column: number): number => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  return [...edits]
    .sort((a, b) => offset(b.line, b.column) - offset(a.line, a.column))
    .reduce((t, e) => t.slice(0, offset(e.line, e.column)) + e.text + t.slice(offset(e.endLine, e.endColumn)), text);
}

describe.each(rules.filter((r) => r.fix !== undefined).map((r) => [`${r.id} ${r.name} fix`, r] as const))('%s', (_label, rule) => {
  const withSchema = rule.examples.invalid.filter((e) => typeof e !== 'string' && e.schema !== undefined);

  it('has an invalid example with a schema to fix', () => expect(withSchema.length).toBeGreaterThan(0));

  it.each(withSchema.map((e, i) => [i, e] as const))('example %i: the fix edits the schema so the rule no longer fires', (_i, example) => {
    if (typeof example === 'string' || example.schema === undefined) throw new Error('unreachable');
    const finding = runExample(rule, example, rules).find((f) => f.ruleId === rule.id)!;
    expect(finding.fix).toBeDefined();
    expect(finding.fix!.title).not.toMatch(/\{\{/);
    expect(finding.fix!.safety).toBe(rule.fix!.safety);
    expect(finding.fix!.edits.every((e) => e.file === 'schema.cql')).toBe(true);
    const fixedSchema = applyEdits(example.schema, finding.fix!.edits);
    const after = runExample(rule, { ...example, schema: fixedSchema }, rules);
    expect(after.filter((f) => f.ruleId === 'KS0001')).toEqual([]);
    expect(after.filter((f) => f.ruleId === rule.id)).toEqual([]);
  });
});
