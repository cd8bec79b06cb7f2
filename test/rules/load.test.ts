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
    expect(() => loadRules(dirWith({ 'KS1401-truncate.yaml': { ...good, check: 'truncate' } }))).toThrow(/exactly one of match, check or meta/);
  });

  it('rejects a file name that does not match id and name, duplicate ids, and invalid YAML', () => {
    expect(() => loadRules(dirWith({ 'KS1401-wrong.yaml': good }))).toThrow(/must be named KS1401-truncate\.yaml/);
    expect(() => loadRules(dirWith({ 'KS1401-truncate.yaml': good, 'KS1401-other.yaml': { ...good, name: 'other' } }))).toThrow(/duplicates the id/);
    expect(() => loadRules(dirWith({ 'KS1401-truncate.yaml': 'id: [unclosed' }))).toThrow(/not valid YAML/);
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
