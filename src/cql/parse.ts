/**
 * The public parse API: a CQL script in, typed statements and syntax errors out. Recovery is per
 * statement, so one bad statement never hides the next. Scripts too long to hold are read with a
 * ScriptReader (script-reader.ts) instead.
 *
 * It is synchronous, so it cannot wait for ANTLR to load when a statement needs it: importing this
 * module loads it (antlr.ts). Callers that can wait and should not load ANTLR unless a statement
 * needs it (the audit of files) use `parseScriptOnDemand` and the script reader's async methods.
 */
import { antlrImported } from './antlr.js';
import * as fullParse from './full-parse.js';
import type { StatementLimits } from './limits.js';
import { parseFast, parsedWindows, type ParseResult } from './parse-on-demand.js';
import { ScriptReader } from './script-reader.js';

export { DEFAULT_MAX_STATEMENT_LENGTH, MAX_NESTING, type StatementLimits } from './limits.js';
export type { ParseResult } from './parse-on-demand.js';

antlrImported(fullParse);

/**
 * Parses a CQL script (any CQL 3 up to Cassandra 5.0, cqlsh commands, Amazon Keyspaces
 * extensions). Positions in the result are relative to `text`. Statements longer than
 * `limits.maxLength` or nested deeper than MAX_NESTING are not parsed: each gives an error
 * marked with the limit.
 */
export function parseScript(text: string, limits?: Partial<StatementLimits>): ParseResult {
  return parseFast(text, limits) ?? parsedWindows(ScriptReader.all(text, { ...limits, fastPath: true }));
}

/** `parseScript` without the fast path: every statement through the parser (tests compare the two). */
export function parseScriptFully(text: string, limits?: Partial<StatementLimits>): ParseResult {
  return parsedWindows(ScriptReader.all(text, { ...limits, fastPath: false }));
}
