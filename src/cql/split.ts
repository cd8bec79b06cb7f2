/**
 * Splits a lexed script into statements over its token stream, so strings, `$$` bodies and
 * comments containing `;` never split anything. Internal to src/cql.
 *
 * - `;` at top level ends a statement; empty statements (`;;`) are dropped.
 * - A BATCH (`BEGIN … BATCH … APPLY BATCH`) keeps its inner `;`s. If a `;` inside an unfinished
 *   batch is followed by the start of another kind of statement, the batch ends there, so a batch
 *   missing `APPLY BATCH` does not swallow the statements after it.
 * - cqlsh commands that cqlsh ends at the end of the line (CONSISTENCY, SERIAL CONSISTENCY,
 *   SOURCE, PAGING, TRACING, EXPAND, CAPTURE, LOGIN, CLEAR/CLS, DESCRIBE/DESC) end there even
 *   without `;`. COPY needs its `;` in cqlsh too.
 * - An unterminated string, quoted name, `$$` string or comment ends its statement (the lexer has
 *   cut it where the script plausibly goes on, see tokens.ts), as a `;` would, batches included.
 */
import { Token } from 'antlr4ng';
import { statementStartTypes } from './atn.js';
import { CqlLexer } from './generated/CqlLexer.js';
import type { SourceRange } from './source.js';
import { isUnterminated } from './token-types.js';
import { lexScript, type LexedScript } from './tokens.js';

/** One statement of a script: its default-channel tokens (no trailing `;`), text and range. */
export interface StatementSlice {
  readonly tokens: Token[];
  readonly text: string;
  readonly range: SourceRange;
}

const LINE_COMMANDS: ReadonlySet<number> = new Set([
  CqlLexer.K_CONSISTENCY,
  CqlLexer.K_SERIAL,
  CqlLexer.K_SOURCE,
  CqlLexer.K_PAGING,
  CqlLexer.K_TRACING,
  CqlLexer.K_EXPAND,
  CqlLexer.K_CAPTURE,
  CqlLexer.K_LOGIN,
  CqlLexer.K_CLEAR,
  CqlLexer.K_CLS,
  CqlLexer.K_DESCRIBE,
  CqlLexer.K_DESC,
]);

/**
 * Tokens that start a statement other than a batch child: after a `;` inside a batch that has
 * not reached `APPLY BATCH`, one of these ends the batch (so it does not swallow what follows);
 * anything else stays in the batch and gets its error there.
 */
let statementStarts: ReadonlySet<number> | undefined;

function endsUnfinishedBatch(type: number): boolean {
  if (!statementStarts) {
    const types = new Set(statementStartTypes());
    for (const child of [CqlLexer.K_INSERT, CqlLexer.K_UPDATE, CqlLexer.K_DELETE]) types.delete(child);
    statementStarts = types;
  }
  return statementStarts.has(type);
}

/** Splits `text` (lexing it once) into statements. */
export function splitScript(text: string): { script: LexedScript; statements: StatementSlice[] } {
  const script = lexScript(text);
  return { script, statements: splitTokens(script) };
}

/** Splits an already lexed script into statements. */
export function splitTokens(script: LexedScript): StatementSlice[] {
  const { positions } = script;
  const sig = script.tokens.filter((t) => t.channel === Token.DEFAULT_CHANNEL);
  const statements: StatementSlice[] = [];
  let i = 0;
  while (i < sig.length) {
    const first = sig[i]!;
    if (first.type === CqlLexer.SEMI) {
      i++;
      continue;
    }
    const lineMode = LINE_COMMANDS.has(first.type);
    const inBatch = first.type === CqlLexer.K_BEGIN;
    let batchClosed = false;
    let j = i + 1;
    for (; j < sig.length && !isUnterminated(first.type); j++) {
      const tok = sig[j]!;
      if (lineMode && positions.at(positions.utf16(tok.start)).line > lineOfEnd(sig[j - 1]!, script)) break;
      if (tok.type === CqlLexer.SEMI || isUnterminated(tok.type)) {
        // An unterminated token stays in the statement it ends.
        const end = tok.type === CqlLexer.SEMI ? j : j + 1;
        if (!inBatch || batchClosed) {
          j = end;
          break;
        }
        const next = sig[j + 1];
        if (next === undefined || endsUnfinishedBatch(next.type)) {
          j = end;
          break;
        }
        continue;
      }
      if (inBatch && tok.type === CqlLexer.K_APPLY && sig[j + 1]?.type === CqlLexer.K_BATCH) batchClosed = true;
    }
    const tokens = sig.slice(i, j);
    const startOffset = positions.utf16(first.start);
    const endOffset = positions.utf16(tokens[tokens.length - 1]!.stop + 1);
    statements.push({
      tokens,
      text: text(script, startOffset, endOffset),
      range: positions.range(startOffset, endOffset),
    });
    i = j;
  }
  return statements;
}

function text(script: LexedScript, start: number, end: number): string {
  return script.text.slice(start, end);
}

function lineOfEnd(token: Token, script: LexedScript): number {
  const { positions } = script;
  return positions.at(Math.max(positions.utf16(token.stop + 1) - 1, 0)).line;
}
