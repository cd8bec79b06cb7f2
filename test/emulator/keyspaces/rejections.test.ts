import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reject, rejectionCatalog, rejectionTableMarkdown } from '../../../src/emulator/keyspaces/rejections.js';

const doc = readFileSync(new URL('../../../docs/emulator-behaviour.md', import.meta.url), 'utf8');

describe('rejection catalog', () => {
  it('has unique rules', () => {
    const rules = rejectionCatalog.map((e) => e.rule);
    expect(new Set(rules).size).toBe(rules.length);
  });

  it('fills placeholders and reports inferred texts', () => {
    expect(reject('unlogged-batch-size', { count: 31 })).toEqual({
      code: 0x2200,
      message: 'An unlogged batch can contain at most 30 statements; this one has 31.',
      rule: 'unlogged-batch-size',
      inferred: true,
    });
    expect(reject('ttl-disabled').inferred).toBe(false);
  });

  it('is the table in the README section (regenerate with rejectionTableMarkdown())', () => {
    const start = doc.indexOf('<!-- rejections:start -->');
    const end = doc.indexOf('<!-- rejections:end -->');
    expect(start).toBeGreaterThan(-1);
    expect(doc.slice(start + '<!-- rejections:start -->'.length, end).trim()).toBe(rejectionTableMarkdown());
  });
});
