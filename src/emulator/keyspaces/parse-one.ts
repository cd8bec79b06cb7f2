/** The emulator's reading of a statement text, on the event loop or on the background parser's thread. */
import type { Statement } from '../../cql/ast/nodes.js';
import { parseScript } from '../../cql/parse.js';

/** The one statement of `cql`, or null when it does not parse as exactly one. */
export function parseOne(cql: string): Statement | null {
  try {
    const result = parseScript(cql);
    return result.errors.length === 0 && result.statements.length === 1 ? (result.statements[0] ?? null) : null;
  } catch {
    // A parser defect must not take the connection down: the statement is then judged by the
    // backend alone, like any text the parser cannot read.
    return null;
  }
}
