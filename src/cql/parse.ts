/**
 * The public parse API: a CQL script in, typed statements and syntax errors out. Recovery is per
 * statement, so one bad statement never hides the next. Scripts too long to hold are read with a
 * ScriptReader (script-reader.ts) instead.
 */
import type { Statement } from './ast/nodes.js';
import type { CqlSyntaxError } from './errors.js';
import { parseFastScript } from './fast-path.js';
import { statementLimits, type StatementLimits } from './limits.js';
import { ScriptReader } from './script-reader.js';

export { DEFAULT_MAX_STATEMENT_LENGTH, MAX_NESTING, type StatementLimits } from './limits.js';

export interface ParseResult {
  /** The statements that parsed, in script order. */
  statements: Statement[];
  /** One error per statement that did not parse, in script order (including those past a limit, marked with it). */
  errors: CqlSyntaxError[];
}

/**
 * Parses a CQL script (any CQL 3 up to Cassandra 5.0, cqlsh commands, Amazon Keyspaces
 * extensions). Positions in the result are relative to `text`. Statements longer than
 * `limits.maxLength` or nested deeper than MAX_NESTING are not parsed: each gives an error
 * marked with the limit.
 */
export function parseScript(text: string, limits?: Partial<StatementLimits>): ParseResult {
  // Plain DML (most of what applications send) and schema statements have a shortcut to the same
  // statements, skipping the lexer too (fast-path.ts). It takes nothing nested anywhere near the
  // nesting limit, and no statement can be past the length limit when the whole text is within it.
  if (text.length <= statementLimits(limits).maxLength) {
    const fast = parseFastScript(text);
    if (fast !== undefined) return { statements: fast, errors: [] };
  }
  return read(text, limits, true);
}

/** `parseScript` without the fast path: every statement through the parser (tests compare the two). */
export function parseScriptFully(text: string, limits?: Partial<StatementLimits>): ParseResult {
  return read(text, limits, false);
}

function read(text: string, limits: Partial<StatementLimits> | undefined, fastPath: boolean): ParseResult {
  const statements: Statement[] = [];
  const errors: CqlSyntaxError[] = [];
  for (const window of ScriptReader.all(text, { ...limits, fastPath })) {
    for (const s of window.statements) {
      const parsed = s.parse();
      if ('error' in parsed) errors.push(parsed.error);
      else statements.push(parsed.statement);
    }
  }
  return { statements, errors };
}
