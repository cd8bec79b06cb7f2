import { Token } from 'antlr4ng';
import { describe, expect, it } from 'vitest';
import { CqlLexer } from '../../src/cql/generated/CqlLexer.js';
import * as CqlTokens from '../../src/cql/generated/CqlTokens.js';
import { DEFAULT_CHANNEL, EOF } from '../../src/cql/token-types.js';

/** The number-valued own fields of a class or module: its token types. */
function tokenTypes(holder: object): Record<string, number> {
  return Object.fromEntries(Object.entries(holder).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
}

// The fast path and the script reader take token types from modules that do not load ANTLR.
describe('token constants without ANTLR', () => {
  it('generated/CqlTokens.ts holds the token types and names of the generated lexer', () => {
    const types = tokenTypes(CqlTokens);
    expect(types).toEqual(tokenTypes(CqlLexer));
    expect(Object.keys(types).length).toBeGreaterThan(200);
    expect(CqlTokens.literalNames).toEqual(CqlLexer.literalNames);
    expect(CqlTokens.symbolicNames).toEqual(CqlLexer.symbolicNames);
  });

  it('token-types.ts holds the constants of antlr4ng it stands for', () => {
    expect(EOF).toBe(Token.EOF);
    expect(DEFAULT_CHANNEL).toBe(Token.DEFAULT_CHANNEL);
  });
});
