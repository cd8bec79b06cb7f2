/**
 * The public parse API: a CQL script in, typed statements and syntax errors out. Recovery is per
 * statement, so one bad statement never hides the next.
 */
import { buildStatement } from './ast/build.js';
import type { Statement } from './ast/nodes.js';
import type { CqlSyntaxError } from './errors.js';
import { parseDmlScript } from './fast-dml.js';
import type { SourcePosition } from './source.js';
import { parseStatements } from './parse-tree.js';

export interface ParseResult {
  /** The statements that parsed, in script order. */
  statements: Statement[];
  /** One error per statement that did not parse, in script order. */
  errors: CqlSyntaxError[];
}

/**
 * Parses a CQL script (any CQL 3 up to Cassandra 5.0, cqlsh commands, Amazon Keyspaces
 * extensions). Positions in the result are relative to `text`.
 */
export function parseScript(text: string): ParseResult {
  // Plain DML (most of what applications send) has a shortcut to the same statements.
  const dml = parseDmlScript(text);
  if (dml !== undefined) return { statements: dml, errors: [] };
  return parseScriptFully(text);
}

/** `parseScript` without the DML shortcut: every statement through the parser (tests compare the two). */
export function parseScriptFully(text: string): ParseResult {
  const statements: Statement[] = [];
  let mapper: ((codePointIndex: number) => SourcePosition) | undefined;
  const { errors } = parseStatements(text, ({ tree }, positions) => {
    mapper ??= (codePointIndex: number) => positions.at(positions.utf16(codePointIndex));
    statements.push(buildStatement(tree, mapper));
  });
  return { statements, errors };
}
