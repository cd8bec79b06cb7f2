import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify, parse } from 'yaml';
import { DEFAULT_RULES_DIR, findRule, loadRules } from '../../src/rules/load.js';

const good = parse(readFileSync(join(DEFAULT_RULES_DIR, 'KS1401-truncate.yaml'), 'utf8')) as Record<string, unknown>;
const dirs: string[] = [];
function dirWith(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ksmig-rules-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), typeof content === 'string' ? content : stringify(content));
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('loadRules', () => {
  it('loads a valid directory sorted by id and finds rules by id (any case) or name', () => {
    const dir = dirWith({ 'KS1401-truncate.yaml': good, 'KS1000-other.yaml': { ...good, id: 'KS1000', name: 'other' } });
    const rules = loadRules(dir);
    expect(rules.map((r) => r.id)).toEqual(['KS1000', 'KS1401']);
    expect(findRule(rules, 'ks1401')?.name).toBe('truncate');
    expect(findRule(rules, 'other')?.id).toBe('KS1000');
    expect(findRule(rules, 'nope')).toBeUndefined();
  });

  it('names the file and the key of a schema violation', () => {
    const { severity: _s, ...noSeverity } = good;
    expect(() => loadRules(dirWith({ 'KS1401-truncate.yaml': noSeverity }))).toThrow(/KS1401-truncate\.yaml, key "severity"/);
    expect(() => loadRules(dirWith({ 'KS1401-truncate.yaml': { ...good, topics: ['not-a-topic'] } }))).toThrow(/key "topics\.0"/);
    expect(() => loadRules(dirWith({ 'KS1401-truncate.yaml': { ...good, id: 'KS14' } }))).toThrow(/key "id": id must be KS followed by 4 digits/);
    expect(() => loadRules(dirWith({ 'KS1401-truncate.yaml': { ...good, docs: 'no sections' } }))).toThrow(/key "docs"/);
    expect(() => loadRules(dirWith({ 'KS1401-truncate.yaml': { ...good, check: 'truncate' } }))).toThrow(/exactly one of match, check, meta: true or retired/);
  });

  it('rejects a file name that does not match id and name, duplicate ids, and invalid YAML', () => {
    expect(() => loadRules(dirWith({ 'KS1401-wrong.yaml': good }))).toThrow(/must be named KS1401-truncate\.yaml/);
    expect(() => loadRules(dirWith({ 'KS1401-truncate.yaml': good, 'KS1401-other.yaml': { ...good, name: 'other' } }))).toThrow(/duplicates the id/);
    expect(() => loadRules(dirWith({ 'KS1401-truncate.yaml': 'id: [unclosed' }))).toThrow(/not valid YAML/);
  });
});

describe('retired rules', () => {
  const retired = { ...good, id: 'KS1400', name: 'old-truncate', match: undefined, retired: { on: '2026-12-10', replacedBy: ['KS1401'] }, examples: { invalid: [], valid: [] } };

  it('keep their file and id but are not among the rules; their replacements must be live rules', async () => {
    const { retiredRules } = await import('../../src/rules/load.js');
    const dir = dirWith({ 'KS1401-truncate.yaml': good, 'KS1400-old-truncate.yaml': retired });
    expect(loadRules(dir).map((r) => r.id)).toEqual(['KS1401']);
    expect(retiredRules(dir).map((r) => r.id)).toEqual(['KS1400']);
    expect(() => loadRules(dirWith({ 'KS1400-old-truncate.yaml': retired }))).toThrow(/key "retired.replacedBy": KS1401 is not a live rule/);
  });

  it('KS1002 drop-unsupported-object stands for the five DROP rules that replaced it (issue 13)', async () => {
    const { resolveRuleRef } = await import('../../src/rules/load.js');
    const { selectRules } = await import('../../src/rules/engine.js');
    const rules = loadRules();
    expect(findRule(rules, 'KS1002')).toBeUndefined();
    expect(resolveRuleRef(rules, 'drop-unsupported-object').map((r) => r.id)).toEqual(['KS1003', 'KS1102', 'KS1203', 'KS1204', 'KS1302']);
    expect(selectRules(rules, { rules: ['KS1002'] }).map((r) => r.id)).toEqual(['KS1003', 'KS1102', 'KS1203', 'KS1204', 'KS1302']);
    expect(selectRules(rules, { disable: ['ks1002'] }).some((r) => r.id === 'KS1003')).toBe(false);
  });
});

describe('rules bundle (dist/compat-rules.json)', () => {
  it('round-trips to exactly what the YAML loader returns', async () => {
    const { loadRuleFiles, rulesBundleJson, DEFAULT_RULES_DIR } = await import('../../src/rules/load.js');
    const { basename, join } = await import('node:path');
    const rules = loadRuleFiles(DEFAULT_RULES_DIR);
    const back = (JSON.parse(rulesBundleJson(rules)) as typeof rules).map((r) => ({ ...r, file: join(DEFAULT_RULES_DIR, r.file) }));
    expect(back).toEqual(rules);
    expect(back.every((r) => basename(r.file) === `${r.id}-${r.name}.yaml`)).toBe(true);
  });
});
