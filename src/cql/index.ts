/** Public surface of src/cql: parsing, its result types, and source positions. */
export { parseScript, DEFAULT_MAX_STATEMENT_LENGTH, MAX_NESTING, type ParseResult, type StatementLimits } from './parse.js';
export { parseScriptOnDemand } from './parse-on-demand.js';
export { ScriptReader, type ScriptReaderOptions, type ScriptStatement, type ScriptWindow } from './script-reader.js';
export type { CqlSyntaxError } from './errors.js';
export type { SourcePosition, SourceRange } from './source.js';
export type { Statement } from './ast/nodes.js';
