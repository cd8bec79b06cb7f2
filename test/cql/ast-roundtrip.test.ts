import { describe, expect, it } from 'vitest';
import { printStatement } from '../../src/cql/ast/print.js';
import { withoutRanges } from '../../src/cql/ast/ranges.js';
import { parseScript } from '../../src/cql/parse.js';
import { corpusFiles, corpusStatements } from './ast-corpus-files.js';

const files = corpusFiles();
const statements = corpusStatements(files);

describe('printer round trip over the ok corpus: parse(print(parse(x))) equals parse(x) without ranges', () => {
  it('has a corpus to check', () => {
    expect(statements.length).toBeGreaterThan(100);
  });

  it.each(statements.map((s) => [`${s.file}:${s.line} ${s.statement.kind}`, s] as const))('%s', (_name, s) => {
    const printed = printStatement(s.statement);
    const again = parseScript(printed);
    expect(again.errors, printed).toEqual([]);
    expect(again.statements, printed).toHaveLength(1);
    const reparsed = again.statements[0];
    expect(withoutRanges(reparsed), printed).toEqual(withoutRanges(s.statement));
    // Canonical: printing the re-parsed statement gives the same text.
    expect(reparsed && printStatement(reparsed)).toBe(printed);
    expect(printed.endsWith(';')).toBe(false);
  });
});
