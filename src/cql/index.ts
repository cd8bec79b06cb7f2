/** Public surface of src/cql: parsing, its result types, and source positions. */
export { parseScript, type ParseResult } from './parse.js';
export type { CqlSyntaxError } from './errors.js';
export type { SourcePosition, SourceRange } from './source.js';
export type { Statement } from './ast/nodes.js';
