import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { LoadedRule } from '../../src/rules/load.js';
import { stripCqlshNoise } from '../../src/sources/describe.js';
import { repoRoot } from '../helpers/cli.js';

/** DDL that creates something the converter writes or leaves out with a comment. */
const DDL = /\bCREATE\s+(TABLE|COLUMNFAMILY|TYPE|KEYSPACE)\b/i;

/**
 * Every `.cql` file under fixtures/ that holds DDL (schema files, the demo, DESCRIBE outputs, the
 * parser corpus, rule fixtures), repository-relative and sorted. Found by walking the tree, so a
 * new fixture is covered without editing a list.
 */
export function schemaFixtures(): string[] {
  const out: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.cql') && DDL.test(readFileSync(path, 'utf8'))) out.push(relative(repoRoot, path));
    }
  };
  visit(join(repoRoot, 'fixtures'));
  return out.sort();
}

/** A fixture's text as `ksmig audit` reads it (cqlsh noise of DESCRIBE output removed). */
export function fixtureText(path: string): string {
  return stripCqlshNoise(readFileSync(join(repoRoot, path), 'utf8'));
}

/** Every rule example whose text (schema and CQL query) holds DDL, with the options it runs with. */
export function ruleExampleSchemas(rules: readonly LoadedRule[]): Array<{ label: string; text: string; options?: Record<string, unknown>; rule: LoadedRule }> {
  const out: Array<{ label: string; text: string; options?: Record<string, unknown>; rule: LoadedRule }> = [];
  for (const rule of rules) {
    for (const kind of ['invalid', 'valid'] as const) {
      for (const [i, example] of (rule.examples?.[kind] ?? []).entries()) {
        const text = typeof example === 'string' ? example : [example.schema ?? '', example.source === 'log' ? '' : example.query].join('\n');
        if (!DDL.test(text)) continue;
        out.push({ label: `${rule.id} ${kind} #${i + 1}`, text, rule, ...(typeof example !== 'string' && example.options ? { options: example.options } : {}) });
      }
    }
  }
  return out;
}
