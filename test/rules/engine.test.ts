import { describe, expect, it } from 'vitest';
import { parseScript } from '../../src/cql/parse.js';
import type { AstNode } from '../../src/cql/ast/nodes.js';
import { buildCatalog } from '../../src/catalog/build.js';
import { runRules, selectRules } from '../../src/rules/engine.js';
import { loadRules, type LoadedRule } from '../../src/rules/load.js';
import { holds } from '../../src/rules/match.js';
import { valuesAt } from '../../src/rules/paths.js';
import { placeholders, renderTemplate } from '../../src/rules/schema.js';

const NOW = new Date('2026-11-24T00:00:00.000Z');
const first = (cql: string): AstNode => {
  const { statements, errors } = parseScript(cql);
  expect(errors).toEqual([]);
  return statements[0]!;
};

/** A declarative rule built in the test, run through the real engine. */
function rule(match: LoadedRule['match'], message = 'hit {{x}}'): LoadedRule {
  return {
    id: 'KS8999', name: 'test-rule', title: 't', severity: 'warning', topics: ['cost'], message, help: 'h',
    docs: '## Why\n## What to do', references: [{ title: 'r', facts: '§1', checked: '2026-11-24' }], verifiedOn: '2026-11-24',
    examples: { invalid: [], valid: [] }, match, file: 'test.yaml',
  };
}
function run(r: LoadedRule, cql: string) {
  const { statements } = parseScript(cql);
  return runRules([{ file: 'f.cql', text: cql, statements, kind: 'script' }], { rules: [r], catalog: buildCatalog([]), now: NOW });
}

describe('property paths', () => {
  it('walk objects, fan out over arrays, and give array lengths', () => {
    const select = first('SELECT a FROM t WHERE k IN (1, 2) AND c > 3 ORDER BY c;');
    expect(valuesAt(select, 'where.operator')).toEqual(['IN', '>']);
    expect(valuesAt(select, 'orderBy.length')).toEqual([1]);
    expect(valuesAt(select, 'where.right.values.length')).toEqual([2]);
    expect(valuesAt(select, 'limit')).toEqual([]);
    expect(valuesAt(select, '$node')).toEqual([select]);
  });

  it('predicates compare identifiers by name and literals by value', () => {
    const ks = first("CREATE KEYSPACE k WITH replication = {'class': 'SimpleStrategy'} AND durable_writes = 'FALSE';");
    const props = (ks as { properties: { properties: Record<string, AstNode> } }).properties.properties;
    expect(holds(props['durable_writes']!, { path: 'value', equals: 'false', ignoreCase: true })).toBe(true);
    expect(holds(props['durable_writes']!, { path: 'value', equals: 'false' })).toBe(false);
    expect(holds(props['replication']!, { path: 'value.entries.value', matches: 'Simple' })).toBe(true);
    expect(holds(props['replication']!, { path: 'name', in: ['replication', 'x'] })).toBe(true);
    expect(holds(props['replication']!, { path: 'name', notIn: ['replication'] })).toBe(false);
    expect(holds(props['replication']!, { path: 'nothing', present: false })).toBe(true);
    const ttl = first('CREATE TABLE t (k int PRIMARY KEY) WITH default_time_to_live = 30;');
    const p = (ttl as { properties: { properties: Record<string, AstNode> } }).properties.properties['default_time_to_live']!;
    expect(holds(p, { path: 'value', gt: 29 })).toBe(true);
    expect(holds(p, { path: 'value', lt: 30 })).toBe(false);
  });
});

describe('declarative matches through the engine', () => {
  it('reports the node (or its `at` child) with data rendered from paths', () => {
    const r = rule({ node: 'Select', data: { x: 'table' }, at: 'limit' });
    const [f] = run(r, 'SELECT * FROM "Ks".t LIMIT 5;');
    expect(f).toMatchObject({ ruleId: 'KS8999', message: 'hit "Ks".t', line: 1, column: 28, endColumn: 29, statement: 'SELECT * FROM "Ks".t LIMIT 5' });
  });

  it('`within` restricts to the nearest enclosing statement', () => {
    const r = rule({ node: 'Relation', within: ['Delete'], data: { x: '$node' } });
    const out = run(r, 'SELECT * FROM t WHERE k = 1; BEGIN BATCH DELETE FROM t WHERE k = 2; APPLY BATCH;');
    expect(out.map((f) => f.message)).toEqual(['hit k = 2']);
  });

  it('visits every node once per statement, nested batch children included', () => {
    const r = rule({ node: 'Literal', data: { x: '$node' } });
    const out = run(r, "BEGIN BATCH INSERT INTO t (k, v) VALUES (1, 'a'); UPDATE t SET v = 'b' WHERE k = 2; APPLY BATCH;");
    expect(out.map((f) => f.message)).toEqual(["hit 1", "hit a", "hit b", "hit 2"]);
  });
});

describe('rule selection and templates', () => {
  const rules = loadRules();
  it('meta rules never run in the engine; topics, rules and disable filter the rest', () => {
    expect(selectRules(rules).some((r) => r.meta === true)).toBe(false);
    expect(selectRules(rules, { topics: ['truncate'] }).map((r) => r.id)).toEqual(['KS1401']);
    expect(selectRules(rules, { rules: ['truncate'], disable: ['KS1401'] })).toEqual([]);
  });

  it('renders placeholders and leaves unknown ones visible', () => {
    expect(placeholders('a {{x}} b {{ y }}')).toEqual(['x', 'y']);
    expect(renderTemplate('a {{x}} b {{ y }} {{z}}', { x: 1, y: 'two' })).toBe('a 1 b two {{z}}');
  });
});
