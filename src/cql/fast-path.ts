/**
 * The parser's fast path: the statements applications send most (plain DML, fast-dml.ts) and the
 * ones schema files are made of (USE, CREATE KEYSPACE/TABLE/TYPE/INDEX, fast-ddl.ts), lexed
 * (fast-lex.ts) and parsed straight into the typed AST, without ANTLR's lexer, parser and parse
 * tree — several times faster, and much less code for a fresh process to warm up. Comments are
 * stepped over, as the lexer hides them.
 *
 * It is a shortcut, never a second grammar: it gives up (returns undefined) at the first thing it
 * does not know — another statement kind or clause, an operator, a keyword it has not
 * been told may be a name, any syntax error, anything Cassandra's parser refuses although the
 * grammar accepts it — and the caller then parses the usual way. When it does answer, the
 * statements are exactly what the full parse builds (the same nodes, fields in the same order, the
 * same ranges); test/cql/fast-path.test.ts checks that over generated and mutated scripts and every
 * corpus. Internal to src/cql.
 */
import type { Statement } from './ast/nodes.js';
import { SchemaParser } from './fast-ddl.js';
import { GIVE_UP, lex, type Tokens } from './fast-lex.js';
import * as L from './generated/CqlTokens.js';
import type { SourcePosition } from './source.js';
import type { TextBase } from './tokens.js';

/**
 * Positions of UTF-16 offsets in `text`, placed in a longer script by `base` as `PositionIndex`
 * places them. The fast path's offsets are UTF-16 already (a comment may hold a surrogate pair), so
 * nothing maps code points here, as `createPositionMapper` does for ANTLR's indices.
 */
function positionsOf(text: string, base: TextBase | undefined): (offset: number) => SourcePosition {
  const lineStarts = [0];
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) lineStarts.push(nl + 1);
  const { offset: baseOffset, lines: baseLines, column: baseColumn } = base ?? NO_BASE;
  return (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    const column = offset - (lineStarts[lo] as number) + 1;
    return { line: lo + 1 + baseLines, column: lo === 0 ? column + baseColumn : column, offset: offset + baseOffset };
  };
}

const NO_BASE: TextBase = { offset: 0, lines: 0, column: 0 };

/**
 * The statements of `text` when the fast path knows every one of them (see the top);
 * undefined otherwise, and then `parseScript` parses the script the usual way. `base` places
 * `text` inside a longer script (one statement of a window, see script-reader.ts).
 */
export function parseFastScript(text: string, base?: TextBase): Statement[] | undefined {
  const prefix = parseFastPrefix(text, base === undefined ? {} : { base });
  return prefix.end === text.length ? prefix.statements : undefined;
}

/** How much of a script the fast path read from its start (see `parseFastPrefix`). */
export interface FastPrefix {
  /** The statements read, in order. */
  statements: Statement[];
  /** Where the rest of the text begins: after the last statement read (its `;` included), or 0. */
  end: number;
}

/**
 * The statements at the start of `text`, up to the first one the fast path does not know: what a
 * script reader takes without the lexer while it can. With
 * `terminated`, a statement counts only once its `;` is in `text` (more text may follow it); a
 * statement longer than `maxLength` (UTF-16 units) ends the prefix too, for the limit to report.
 */
export function parseFastPrefix(text: string, options: { base?: TextBase; terminated?: boolean; maxLength?: number } = {}): FastPrefix {
  let at: ((offset: number) => SourcePosition) | undefined;
  const statements: Statement[] = [];
  let end = 0;
  for (let from = 0; from < text.length; ) {
    let tokens: Tokens & { end: number };
    let statement: Statement;
    try {
      tokens = lex(text, from);
      // Empty statements (`;;`, trailing blanks) are no statements.
      if (tokens.types.length === 0 || tokens.types[0] === L.SEMI) {
        if (tokens.types.length > 0 || options.terminated !== true) end = tokens.end;
        from = tokens.end;
        continue;
      }
      if (options.terminated === true && tokens.types[tokens.types.length - 1] !== L.SEMI) break;
      at ??= positionsOf(text, options.base);
      statement = new SchemaParser(text, tokens, 0, at).statement();
    } catch (e) {
      if (e === GIVE_UP) break;
      throw e;
    }
    if (options.maxLength !== undefined && statement.range.end.offset - statement.range.start.offset > options.maxLength) break;
    statements.push(statement);
    end = from = tokens.end;
  }
  return { statements, end };
}
