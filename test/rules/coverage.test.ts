import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../src/rules/load.js';
import { TOPICS } from '../../src/rules/schema.js';

// The shared research notes live beside the checkout: <repo>/../shared/research/keyspaces-facts.md.
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const facts = readFileSync(new URL('../shared/research/keyspaces-facts.md', `file://${repoRoot}`), 'utf8');
const readme = readFileSync(new URL('compat-rules/README.md', `file://${repoRoot}`), 'utf8');
const ids = new Set(loadRules().map((r) => r.id));

/** The body of a Markdown section, from its heading line to the next heading of the same or a higher level. */
function section(text: string, heading: RegExp): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => heading.test(l));
  if (start < 0) throw new Error(`section ${heading} not found`);
  const level = /^#+/.exec(lines[start]!)![0].length;
  const end = lines.findIndex((l, i) => i > start && new RegExp(`^#{1,${level}} `).test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** First and second cells of every body row of the first Markdown table in `text`. */
function rows(text: string): Array<[string, string]> {
  return text
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .slice(2)
    .map((l) => {
      const cells = l.split('|').map((c) => c.trim());
      return [cells[1] ?? '', cells[2] ?? ''] as [string, string];
    });
}

const mapped = new Map([
  ...rows(section(readme, /^### §19 /)),
  ...rows(section(readme, /^### Final comparison table/)),
]);
const further = new Map(rows(section(readme, /^### Further facts/)));

function checkMapping(row: string): void {
  const target = mapped.get(row);
  expect(target, `facts row "${row}" is not mapped in compat-rules/README.md`).toBeDefined();
  if (target!.startsWith('not detectable from CQL:')) {
    expect(target!.slice('not detectable from CQL:'.length).trim().length, `reason for "${row}"`).toBeGreaterThan(10);
    return;
  }
  const named = target!.match(/KS\d{4}/g) ?? [];
  expect(named.length, `"${row}" maps to no rule id`).toBeGreaterThan(0);
  for (const id of named) expect(ids.has(id), `"${row}" names ${id}, which is not a rule`).toBe(true);
}

describe('facts coverage (compat-rules/README.md)', () => {
  const catalogue = rows(section(facts, /^## 19\. /)).map(([first]) => first);
  const comparison = rows(section(facts, /^## Final comparison table/)).map(([first]) => first);

  it('reads both tables of the facts file', () => {
    expect(catalogue.length).toBeGreaterThan(30);
    expect(comparison.length).toBeGreaterThan(40);
  });

  it.each(catalogue)('§19 row %s is mapped', (row) => checkMapping(row));
  it.each(comparison)('final table row %s is mapped', (row) => checkMapping(row));

  it('every rule mapped in the README exists, and every non-meta rule is cited by some row', () => {
    const cited = new Set([...mapped.values(), ...further.values()].flatMap((t) => t.match(/KS\d{4}/g) ?? []));
    for (const id of cited) expect(ids.has(id), id).toBe(true);
    const uncited = loadRules().filter((r) => r.meta !== true && r.check !== 'unknown-table' && !cited.has(r.id)).map((r) => r.id);
    expect(uncited).toEqual([]);
  });

  it('documents every topic of the vocabulary', () => {
    const topics = section(readme, /^## Topic vocabulary/);
    for (const t of TOPICS) expect(topics, t).toContain(`| \`${t}\` |`);
  });
});
