import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { KsmigError } from '../shared/errors.js';
import { ruleFileSchema, type RuleFile } from './schema.js';

/** A validated rule file and where it came from. */
export interface LoadedRule extends RuleFile {
  /** Absolute path of the YAML file. */
  file: string;
}

/** `compat-rules/rules`, found relative to this module (same depth under `src/` and `dist/`). */
export const DEFAULT_RULES_DIR = fileURLToPath(new URL('../../compat-rules/rules/', import.meta.url));

/**
 * The validated rules that `npm run build` writes next to the compiled code (`dist/compat-rules.json`),
 * so that every run of the CLI does not parse and validate ~100 YAML files again. It does not exist
 * when running from the TypeScript sources (tests, development), which read the YAML files.
 */
const BUNDLE = fileURLToPath(new URL('../compat-rules.json', import.meta.url));

const cache = new Map<string, { live: LoadedRule[]; retired: LoadedRule[] }>();

function loadAll(dir: string): { live: LoadedRule[]; retired: LoadedRule[] } {
  const cached = cache.get(dir);
  if (cached !== undefined) return cached;
  const all = dir === DEFAULT_RULES_DIR && existsSync(BUNDLE) ? readBundle() : loadRuleFiles(dir);
  const split = { live: all.filter((r) => r.retired === undefined), retired: all.filter((r) => r.retired !== undefined) };
  cache.set(dir, split);
  return split;
}

/**
 * The rules in `dir` (sorted by id), validated, retired rules left out; for the default directory
 * the build's bundle is used when present. Throws a KsmigError of kind `bug` naming the file and
 * the key when a file is malformed, since rule data ships with ksmig. Results are cached per directory.
 */
export function loadRules(dir: string = DEFAULT_RULES_DIR): LoadedRule[] {
  return loadAll(dir).live;
}

/** The retired rules of `dir` (they keep their files and ids, and never run). */
export function retiredRules(dir: string = DEFAULT_RULES_DIR): LoadedRule[] {
  return loadAll(dir).retired;
}

/**
 * The rules a reference (id or name) means among `rules`: the rule itself, or for a retired rule
 * (of the default rule set) the rules that replaced it. Empty when it names no rule.
 */
export function resolveRuleRef(rules: readonly LoadedRule[], ref: string): LoadedRule[] {
  const live = findRule(rules, ref);
  if (live !== undefined) return [live];
  const retired = findRule(retiredRules(), ref);
  return (retired?.retired?.replacedBy ?? []).flatMap((id) => {
    const r = findRule(rules, id);
    return r === undefined ? [] : [r];
  });
}

/** The rules bundle `npm run build` writes: the validated rules with file names relative to the rules directory. */
export function rulesBundleJson(rules: readonly LoadedRule[]): string {
  return JSON.stringify(rules.map((r) => ({ ...r, file: basename(r.file) })));
}

function readBundle(): LoadedRule[] {
  const rules = JSON.parse(readFileSync(BUNDLE, 'utf8')) as LoadedRule[];
  return rules.map((r) => ({ ...r, file: join(DEFAULT_RULES_DIR, r.file) }));
}

/** Reads and validates every `*.yaml` rule file in `dir` (never the bundle). */
export function loadRuleFiles(dir: string): LoadedRule[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  const rules = files.map((f) => loadRuleFile(join(dir, f)));
  const byId = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const r of rules) {
    const clashId = byId.get(r.id);
    if (clashId !== undefined) throw ruleError(r.file, 'id', `duplicates the id of ${basename(clashId)}`);
    const clashName = byName.get(r.name);
    if (clashName !== undefined) throw ruleError(r.file, 'name', `duplicates the name of ${basename(clashName)}`);
    byId.set(r.id, r.file);
    byName.set(r.name, r.file);
  }
  for (const r of rules) {
    for (const id of r.retired?.replacedBy ?? []) {
      const replacement = rules.find((x) => x.id === id);
      if (replacement === undefined || replacement.retired !== undefined) throw ruleError(r.file, 'retired.replacedBy', `${id} is not a live rule`);
    }
  }
  rules.sort((a, b) => a.id.localeCompare(b.id));
  return rules;
}

/** Reads and validates one rule file; the file name must be `<id>-<name>.yaml`. */
export function loadRuleFile(file: string): LoadedRule {
  const rule = loadDataFile(file, ruleFileSchema, 'rule file');
  const expected = `${rule.id}-${rule.name}.yaml`;
  if (basename(file) !== expected) throw ruleError(file, 'id', `the file must be named ${expected}`);
  return { ...rule, file };
}

/**
 * Reads a YAML file of the data that ships with ksmig (`compat-rules/`) and validates it with
 * `schema`. Throws a KsmigError of kind `bug` naming the file (as `what`) and the first key that is
 * missing, unknown or malformed, since such a file is ksmig's own mistake, never the user's.
 */
export function loadDataFile<S extends z.ZodType>(file: string, schema: S, what: string): z.output<S> {
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new KsmigError('bug', 'KSMIG_RULE_FILE', `${what} ${basename(file)} is not valid YAML: ${(err as Error).message}`, {
      cause: err,
    });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue === undefined || issue.path.length === 0 ? '(root)' : issue.path.join('.');
    throw dataError(what, file, key, issue?.message ?? 'invalid');
  }
  return parsed.data;
}

function ruleError(file: string, key: string, message: string): KsmigError {
  return dataError('rule file', file, key, message);
}

function dataError(what: string, file: string, key: string, message: string): KsmigError {
  return new KsmigError('bug', 'KSMIG_RULE_FILE', `${what} ${basename(file)}, key "${key}": ${message}`);
}

/** Finds a rule by id (case-insensitive) or name. */
export function findRule(rules: readonly LoadedRule[], idOrName: string): LoadedRule | undefined {
  const key = idOrName.trim();
  return rules.find((r) => r.id.toLowerCase() === key.toLowerCase() || r.name === key.toLowerCase());
}
