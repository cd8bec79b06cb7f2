/**
 * Canonical CQL from the AST alone (never from source text): keywords upper-case, types and
 * unquoted names lower-case, identifiers double-quoted only when they must be (or were), literals
 * re-emitted exactly as written, `WITH` properties in a stable order. One statement, no `;`.
 *
 * Contract: for any statement `s` built by the parser, parsing `printStatement(s)` yields an AST
 * equal to `s` apart from source ranges.
 *
 * This is the entry point; the printer is in `print/`, one module per statement family, matching
 * the builder's `build/` (`statement.ts` holds the table from statement kind to printer).
 */
export {
  needsQuoting,
  printIdentifier,
  printQualifiedName,
  quoteName,
  quoteString,
  RESERVED_KEYWORDS,
} from './print/names.js';
export { printNode } from './print/node.js';
export { orderedProperties, printProperties } from './print/properties.js';
export { printStatement } from './print/statement.js';
export { printExpression, printType } from './print/terms.js';
