/**
 * The error corpus: each statement under fixtures/cql/err (one per line, its reason in a `--`
 * comment above) yields exactly one syntax error, whose position and message are snapshotted.
 * Every message is checked for parser-internal wording.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CqlSyntaxError } from '../../src/cql/errors.js';
import { parseTrees } from '../../src/cql/parse-tree.js';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'cql', 'err');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.cql'))
  .sort();

/** Words and shapes that only make sense to someone who knows the grammar's internals. */
const FORBIDDEN: RegExp[] = [
  /\bK_[A-Z]/,
  /\b(IDENT|QUOTED_NAME|EMPTY_QUOTED_NAME|STRING_LITERAL|INTEGER|FLOAT|BOOLEAN|DURATION|HEXNUMBER|UUID|QMARK|ERROR_CHAR|EXPR_PAREN)\b/,
  /UNTERMINATED_|INTEGER_RANGE|LPAREN|RPAREN|LBRACE|RBRACE|LBRACKET|RBRACKET|\bSEMI\b|\bCOMMA\b/,
  /<EOF>|\bEOF\b/,
  /\{\s*'?[^{}\s]*'?\s*,\s*'?[^{}]*\}/, // an ANTLR token set such as {',', ')'}
  /no viable alternative|mismatched input|extraneous input|missing \S+ at '/,
  /\bContext\b|\brule\b/,
];

interface Case {
  line: number;
  reason: string;
  statement: string;
}

function cases(text: string): Case[] {
  const lines = text.split('\n');
  const out: Case[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('--')) return;
    const reason = lines[i - 1]?.startsWith('--') ? lines[i - 1]!.slice(2).trim() : '';
    out.push({ line: i + 1, reason, statement: line });
  });
  return out;
}

function where(e: CqlSyntaxError): string {
  return `${e.range.start.line}:${e.range.start.column}-${e.range.end.line}:${e.range.end.column}`;
}

describe('fixtures/cql/err', () => {
  it.each(files)('%s: one error per statement, at a snapshotted token', (name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    const expected = cases(text);
    expect(expected.length).toBeGreaterThan(0);
    expected.forEach((c) => expect(c.reason, `line ${c.line} needs a reason comment`).not.toBe(''));

    const result = parseTrees(text);
    expect(result.trees.map((t) => t.text)).toEqual([]);
    expect(result.errors).toHaveLength(expected.length);

    const report = expected.map((c, i) => {
      const error = result.errors[i]!;
      // The error belongs to the statement on this line.
      expect(error.statementRange.start.line).toBe(c.line);
      expect(error.range.start.line).toBe(c.line);
      return { reason: c.reason, statement: c.statement, at: where(error), message: error.message };
    });
    expect(report).toMatchSnapshot();
  });

  it('messages never use parser-internal names, <EOF> or token sets', () => {
    const messages = files.flatMap((name) => parseTrees(readFileSync(join(dir, name), 'utf8')).errors.map((e) => e.message));
    expect(messages.length).toBeGreaterThan(50);
    for (const message of messages) {
      for (const pattern of FORBIDDEN) expect(message, `"${message}" matches ${pattern}`).not.toMatch(pattern);
    }
  });

  it('the forbidden-pattern check catches ANTLR-style messages', () => {
    const antlrStyle = [
      "mismatched input 'FROM' expecting {K_SELECT, IDENT}",
      "no viable alternative at input 'SELECT FROM'",
      "extraneous input ';' expecting <EOF>",
      "missing ')' at 'VALUES'",
      "unexpected 'a'; expected {',', ')'}",
      'expected QUOTED_NAME',
    ];
    for (const message of antlrStyle) expect(FORBIDDEN.some((p) => p.test(message)), message).toBe(true);
  });
});
