/** Names as CQL: when a name must be double-quoted, and how table, function, type and role names are written. */
import type { Identifier, QualifiedName } from '../nodes.js';

/**
 * Cassandra 5.0's reserved keywords: as names they must be double-quoted. Every other keyword
 * is usable unquoted, so quoting it would change `Identifier.quoted` on re-parse.
 */
export const RESERVED_KEYWORDS: ReadonlySet<string> = new Set([
  'add', 'allow', 'alter', 'and', 'apply', 'asc', 'authorize', 'batch', 'begin', 'by', 'columnfamily', 'create',
  'delete', 'desc', 'describe', 'drop', 'entries', 'execute', 'from', 'full', 'grant', 'if', 'in', 'index',
  'infinity', 'insert', 'into', 'is', 'keyspace', 'limit', 'materialized', 'modify', 'nan', 'norecursive', 'not',
  'null', 'of', 'on', 'or', 'order', 'primary', 'rename', 'revoke', 'schema', 'select', 'set', 'table', 'to',
  'token', 'truncate', 'unlogged', 'update', 'use', 'using', 'view', 'where', 'with',
]);

/** Words the lexer reads as literals, so they can never be bare names. */
const LITERAL_WORDS: ReadonlySet<string> = new Set(['true', 'false']);

/** Reserved words that are still accepted unquoted as function names (`token(…)`). */
const FUNCTION_NAME_KEYWORDS: ReadonlySet<string> = new Set(['token']);

/** Unreserved words with a meaning of their own before `(`: bare, they would not be a function name. */
const NOT_FUNCTION_NAMES: ReadonlySet<string> = new Set(['ttl', 'writetime', 'maxwritetime', 'cast', 'json', 'distinct', 'key', 'expr']);

const NATIVE_TYPE_NAMES: ReadonlySet<string> = new Set([
  'ascii', 'bigint', 'blob', 'boolean', 'counter', 'date', 'decimal', 'double', 'duration', 'float', 'inet', 'int',
  'smallint', 'text', 'time', 'timestamp', 'timeuuid', 'tinyint', 'uuid', 'varchar', 'varint',
]);

/** Words that, bare, would not be read as a user type name (native types, function-like keywords). */
const NOT_TYPE_NAMES: ReadonlySet<string> = new Set([
  ...NATIVE_TYPE_NAMES, 'ttl', 'count', 'writetime', 'maxwritetime', 'cast', 'json', 'distinct',
]);

const PLAIN_NAME = /^[a-z][a-z0-9_]*$/;

/** True when `text` can only be written as a name in double quotes. */
export function needsQuoting(text: string): boolean {
  return !PLAIN_NAME.test(text) || RESERVED_KEYWORDS.has(text) || LITERAL_WORDS.has(text);
}

/** `"text"` with embedded `"` doubled. */
export function quoteName(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** `'text'` with embedded `'` doubled. */
export function quoteString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** A name as CQL: bare when possible, double-quoted when it was quoted or must be. */
export function printIdentifier(id: Identifier): string {
  return id.quoted || needsQuoting(id.text) ? quoteName(id.text) : id.text;
}

/** `keyspace.name` or `name`. */
export function printQualifiedName(name: QualifiedName): string {
  return name.keyspace === undefined
    ? printIdentifier(name.name)
    : `${printIdentifier(name.keyspace)}.${printIdentifier(name.name)}`;
}

/** A function or aggregate name, quoted where a bare word would read as something else before `(`. */
export function printFunctionName(name: QualifiedName): string {
  const bare = name.name;
  let fn: string;
  if (!bare.quoted && FUNCTION_NAME_KEYWORDS.has(bare.text)) fn = bare.text;
  else if (NOT_FUNCTION_NAMES.has(bare.text)) fn = quoteName(bare.text);
  else fn = printIdentifier(bare);
  return name.keyspace === undefined ? fn : `${printIdentifier(name.keyspace)}.${fn}`;
}

/** A user type name, quoted where a bare word would read as a native type or keyword. */
export function printTypeName(name: QualifiedName): string {
  const type = NOT_TYPE_NAMES.has(name.name.text) ? quoteName(name.name.text) : printIdentifier(name.name);
  return name.keyspace === undefined ? type : `${printIdentifier(name.keyspace)}.${type}`;
}

/** Role and user names: a quoted name is written as a string literal (the form every role statement accepts). */
export function printRoleName(id: Identifier): string {
  return id.quoted ? quoteString(id.text) : printIdentifier(id);
}
