/**
 * Friendly syntax-error messages: "unexpected 'FROM'; expected a table name",
 * "expected a column name after ','", "missing ')' to close '(' at 1:14",
 * "unterminated string literal". Internal to src/cql.
 */
import { Token } from 'antlr4ng';
import { CqlLexer } from './generated/CqlLexer.js';
import { describeExpectedAt, isReservedKeyword, joinAlternatives, rankAlternatives } from './expected.js';
import { LEX_ERROR_MESSAGES, type PositionIndex, tokenDisplay } from './tokens.js';

const CLOSERS: ReadonlyMap<number, { open: number; text: string; openText: string }> = new Map([
  [CqlLexer.RPAREN, { open: CqlLexer.LPAREN, text: "')'", openText: "'('" }],
  [CqlLexer.RBRACKET, { open: CqlLexer.LBRACKET, text: "']'", openText: "'['" }],
  [CqlLexer.RBRACE, { open: CqlLexer.LBRACE, text: "'}'", openText: "'{'" }],
]);

/** Punctuation after which "expected X after ','" reads better than "unexpected …". */
const LEADING_PUNCTUATION: ReadonlySet<number> = new Set([
  CqlLexer.COMMA,
  CqlLexer.LPAREN,
  CqlLexer.LBRACKET,
  CqlLexer.LBRACE,
  CqlLexer.DOT,
  CqlLexer.EQ,
  CqlLexer.COLON,
  CqlLexer.LT,
]);

export function syntaxErrorMessage(
  offending: Token,
  statementTokens: readonly Token[],
  positions: PositionIndex,
): string {
  const lexMessage = LEX_ERROR_MESSAGES.get(offending.type);
  if (lexMessage) return lexMessage;
  if (offending.type === CqlLexer.ERROR_CHAR) return `unexpected character ${describeChar(offending.text ?? '')}`;

  const index = offending.type === Token.EOF ? statementTokens.length : statementTokens.indexOf(offending);
  const expected = index >= 0 ? describeExpectedAt(statementTokens, index) : [];
  const before = index >= 0 ? statementTokens.slice(0, index) : [];
  const prev = before[before.length - 1];

  const missing = missingCloser(expected, before, offending, positions);
  if (missing) return missing;

  const what = joinAlternatives(rankAlternatives(expected, offending));
  if (!what) return offending.type === Token.EOF ? 'unexpected end of statement' : `unexpected ${tokenDisplay(offending)}`;
  if (prev && LEADING_PUNCTUATION.has(prev.type)) return `expected ${what} after ${tokenDisplay(prev)}`;
  if (offending.type === Token.EOF) {
    return prev ? `incomplete statement: expected ${what} after ${tokenDisplay(prev)}` : `expected ${what}`;
  }
  return `unexpected ${tokenDisplay(offending)}; expected ${what}`;
}

function missingCloser(
  expected: string[],
  before: readonly Token[],
  offending: Token,
  positions: PositionIndex,
): string | undefined {
  // Only when the statement ends or a keyword follows: inside an expression the generic message
  // ("unexpected 'b'; expected ',' or ')'") is clearer.
  if (offending.type !== Token.EOF && offending.type !== CqlLexer.SEMI && !isReservedKeyword(offending.type)) {
    return undefined;
  }
  for (const [closer, info] of CLOSERS) {
    if (!expected.includes(info.text)) continue;
    const stack: Token[] = [];
    for (const t of before) {
      if (t.type === info.open) stack.push(t);
      else if (t.type === closer) stack.pop();
    }
    const open = stack[stack.length - 1];
    if (open) {
      const at = positions.at(positions.utf16(open.start));
      return `missing ${info.text} to close ${info.openText} at ${at.line}:${at.column}`;
    }
  }
  return undefined;
}

function describeChar(text: string): string {
  const cp = text.codePointAt(0) ?? 0;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return cp > 0x20 && cp < 0x7f ? `'${text}'` : hex;
}
