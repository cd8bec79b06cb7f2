/**
 * Parse tree → typed AST: the entry point the parse layer calls once per statement that parsed
 * without syntax errors. The builder itself is in `build/`, one module per statement family:
 *
 * - `statement.ts`  the dispatch table from statement context class to builder;
 * - `select.ts`, `dml.ts` (INSERT, UPDATE, DELETE, BATCH), `tables.ts` and `ddl.ts` (schema),
 *   `security.ts` (roles, users, permissions), `cqlsh.ts` (DESCRIBE and shell commands);
 * - `where.ts`, `properties.ts`, `terms.ts` (literals, expressions, types), `names.ts`;
 * - `context.ts`    ranges, errors, and the per-rule dispatch table (`Alternatives`).
 */
export { buildStatement } from './build/statement.js';
export { AstBuildError } from './build/context.js';
export { createPositionMapper, SCRIPT_ORIGIN, type PositionMapper, type TextOrigin } from './positions.js';
