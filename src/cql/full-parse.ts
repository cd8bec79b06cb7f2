/**
 * The full parse: ANTLR's lexer and parser, and the AST built from their parse trees, for the
 * statements the fast path declines. The one module the script reader reaches it through, loaded on
 * demand (antlr.ts). Internal to src/cql.
 */
import { buildStatement } from './ast/build.js';
import type { Statement } from './ast/nodes.js';
import type { CqlSyntaxError } from './errors.js';
import { overflowMessage, type StatementLimits } from './limits.js';
import { parseSlice } from './parse-tree.js';
import { splitTokens, type StatementSlice } from './split.js';
import { lexScript, type LexedScript, type PositionIndex, type TextBase } from './tokens.js';

export { statementStartTypes } from './atn.js';

/** Lexes `text` (placed in its script by `base`) and cuts it into statements. */
export function lexStatements(text: string, base: TextBase): { script: LexedScript; slices: StatementSlice[] } {
  const script = lexScript(text, base);
  return { script, slices: splitTokens(script) };
}

/** A statement `lexStatements` cut, as its typed AST, or the error that stops it (a syntax error, or a limit it is past). */
export function parseStatement(slice: StatementSlice, positions: PositionIndex, limits: StatementLimits): { statement: Statement } | { error: CqlSyntaxError } {
  const outcome = parseSlice(slice, positions, limits);
  if ('error' in outcome) return { error: outcome.error };
  try {
    return { statement: buildStatement(outcome.tree, (cp: number) => positions.at(positions.utf16(cp))) };
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    return { error: { message: overflowMessage(), range: slice.range, statementRange: slice.range, statementText: slice.text, limit: 'nesting' } };
  }
}
