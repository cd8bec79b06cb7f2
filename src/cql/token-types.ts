/**
 * Token-type facts for the modules that must not load ANTLR (the fast path and the script reader,
 * see antlr.ts): the two constants of antlr4ng's Token they use, and groups of the lexer's types.
 * test/cql/token-constants.test.ts checks the constants against antlr4ng's. Internal to src/cql.
 */
import * as L from './generated/CqlTokens.js';

/** antlr4ng's `Token.EOF`: the type of the token past the end of the input. */
export const EOF = -1;

/** antlr4ng's `Token.DEFAULT_CHANNEL`, the parser's (comments are on the hidden channel). */
export const DEFAULT_CHANNEL = 0;

/** Token types of an unterminated string, quoted name, `$$` string or block comment. */
export function isUnterminated(type: number): boolean {
  return type === L.UNTERMINATED_STRING || type === L.UNTERMINATED_QUOTED_NAME || type === L.UNTERMINATED_DOLLAR_STRING || type === L.UNTERMINATED_COMMENT;
}
