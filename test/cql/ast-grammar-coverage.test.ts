/**
 * The builder dispatches on labelled grammar alternatives by context class (tables keyed by class,
 * or `instanceof`); an alternative added to the grammar without a builder branch would only fail
 * at run time, on the first statement that uses it. This test reads the grammar and fails as soon
 * as such a gap exists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const grammar = readFileSync(new URL('../../grammar/CqlParser.g4', import.meta.url), 'utf8');
const builderDir = new URL('../../src/cql/ast/build/', import.meta.url);
const builder = [
  readFileSync(new URL('../../src/cql/ast/build.ts', import.meta.url), 'utf8'),
  ...readdirSync(builderDir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(new URL(f, builderDir), 'utf8')),
].join('\n');
const contextName = (rule: string): string => `${rule[0]?.toUpperCase() ?? ''}${rule.slice(1)}Context`;

/** Labels whose context the builder never needs to name (the default branch handles them). */
const IMPLICIT = new Set(['anonymousMarker']);

describe('the builder covers the grammar', () => {
  it('handles every statement alternative', () => {
    const body = /\nstatement\n([\s\S]*?)\n\s*;/.exec(grammar)?.[1] ?? '';
    const rules = [...body.matchAll(/(\w+Statement)\b/g)].map((m) => m[1] as string);
    expect(rules.length).toBeGreaterThan(50);
    expect(rules.filter((r) => !builder.includes(`P.${contextName(r)}`))).toEqual([]);
  });

  it('handles every labelled alternative', () => {
    const labels = [...new Set([...grammar.matchAll(/#\s*(\w+)/g)].map((m) => m[1] as string))];
    expect(labels.length).toBeGreaterThan(100);
    expect(labels.filter((l) => !IMPLICIT.has(l) && !builder.includes(`P.${contextName(l)}`))).toEqual([]);
  });
});
