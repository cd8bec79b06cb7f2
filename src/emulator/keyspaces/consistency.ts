/**
 * Keyspaces' consistency rules (keyspaces-facts §3): writes run only at LOCAL_QUORUM, reads at
 * ONE, LOCAL_ONE or LOCAL_QUORUM; anything else is refused with error 0x2200 and the server's own
 * text. DDL, USE and reads of system tables are not checked (drivers read `system.*` at ONE), and
 * the protocol-level serial consistency drivers attach to conditional writes is never refused.
 */
import { reject } from './rejections.js';
import { Consistency, consistencyName } from './errors.js';
import type { Rejection } from './errors.js';
import type { Statement } from '../../cql/ast/nodes.js';

/**
 * What a request does, as far as the consistency rules care.
 * `other` covers statements the rules do not apply to (e.g. an unparseable text the backend will
 * refuse anyway).
 */
export type OperationClass = 'read' | 'write' | 'conditional-write' | 'ddl' | 'use' | 'system-read' | 'other';

/** Levels Keyspaces accepts for writes. */
export const writeLevels: readonly number[] = [Consistency.LOCAL_QUORUM];
/** Levels Keyspaces accepts for reads (in the order its error text lists them). */
export const readLevels: readonly number[] = [Consistency.ONE, Consistency.LOCAL_QUORUM, Consistency.LOCAL_ONE];

/**
 * Checks a request's consistency. `serialConsistency` is accepted for symmetry with the frame
 * fields and deliberately ignored (Keyspaces runs drivers' conditional writes whatever they send).
 * Returns `undefined` when the request may go on.
 */
export function checkConsistency(
  operation: OperationClass,
  consistency: number,
  _serialConsistency?: number,
): Rejection | undefined {
  const level = consistencyName(consistency);
  switch (operation) {
    case 'write':
    case 'conditional-write':
      return writeLevels.includes(consistency) ? undefined : reject('consistency-write', { level });
    case 'read':
      return readLevels.includes(consistency) ? undefined : reject('consistency-read', { level });
    default:
      return undefined;
  }
}

/** Keyspaces' read-only system keyspaces plus Cassandra's own, whose reads drivers make at any level. */
export const systemKeyspaces: ReadonlySet<string> = new Set([
  'system',
  'system_schema',
  'system_schema_mcs',
  'system_multiregion_info',
  'system_auth',
  'system_distributed',
  'system_traces',
  'system_views',
  'system_virtual_schema',
]);

/** True when `keyspace` (already case-normalised) is a system keyspace. */
export function isSystemKeyspace(keyspace: string | undefined): boolean {
  return keyspace !== undefined && systemKeyspaces.has(keyspace);
}

/**
 * Classifies a parsed statement. SELECTs of system keyspaces (named, or the connection keyspace)
 * are `system-read`; INSERT/UPDATE/DELETE with `IF …` and batches holding one are
 * `conditional-write`; schema, security and TRUNCATE statements are `ddl`.
 */
export function classifyStatement(stmt: Statement, connectionKeyspace?: string): OperationClass {
  switch (stmt.kind) {
    case 'Select':
      return isSystemKeyspace(stmt.table.keyspace?.text ?? connectionKeyspace) ? 'system-read' : 'read';
    case 'Insert':
      return stmt.ifNotExists ? 'conditional-write' : 'write';
    case 'Update':
    case 'Delete':
      return stmt.ifExists || stmt.conditions.length > 0 ? 'conditional-write' : 'write';
    case 'Batch':
      return stmt.statements.some((s) => classifyStatement(s, connectionKeyspace) === 'conditional-write')
        ? 'conditional-write'
        : 'write';
    case 'Use':
      return 'use';
    case 'Describe':
    case 'Consistency':
    case 'SerialConsistency':
    case 'Copy':
    case 'Source':
    case 'Paging':
    case 'Tracing':
    case 'Expand':
    case 'Capture':
    case 'Login':
    case 'Clear':
      return 'other';
    default:
      return 'ddl';
  }
}

const ddlKeywords = new Set(['CREATE', 'ALTER', 'DROP', 'TRUNCATE', 'GRANT', 'REVOKE', 'LIST', 'RESTORE']);

/**
 * Cheap classification from the leading keyword, for text the parser could not read. A SELECT's
 * keyspace is taken from the first `FROM ks.t` (or the connection keyspace) to spot system reads;
 * a write is conditional when an ` IF ` keyword appears outside string literals.
 */
export function classifyText(cql: string, connectionKeyspace?: string): OperationClass {
  const stripped = stripLiteralsAndComments(cql);
  const first = /^\s*([A-Za-z]+)/.exec(stripped)?.[1]?.toUpperCase();
  if (first === undefined) return 'other';
  if (first === 'USE') return 'use';
  if (ddlKeywords.has(first)) return 'ddl';
  if (first === 'SELECT') {
    const from = /\bFROM\s+("(?:[^"]|"")+"|\w+)(\s*\.\s*("(?:[^"]|"")+"|\w+))?/i.exec(stripped);
    let keyspace = connectionKeyspace;
    if (from?.[2] !== undefined && from[1] !== undefined) keyspace = normaliseName(from[1]);
    return isSystemKeyspace(keyspace) ? 'system-read' : 'read';
  }
  if (first === 'INSERT' || first === 'UPDATE' || first === 'DELETE' || first === 'BEGIN') {
    return /\bIF\b/i.test(stripped) ? 'conditional-write' : 'write';
  }
  return 'other';
}

/** CQL identifier normalisation: unquoted names fold to lower case, quoted ones keep their case. */
export function normaliseName(name: string): string {
  if (name.startsWith('"') && name.endsWith('"') && name.length >= 2) return name.slice(1, -1).replace(/""/g, '"');
  return name.toLowerCase();
}

// Replaces string literals, quoted identifiers' contents are kept (they may be table names), and
// drops comments, so keyword tests do not match inside values.
function stripLiteralsAndComments(cql: string): string {
  return cql
    .replace(/'(?:[^']|'')*'/g, "''")
    .replace(/\$\$[\s\S]*?\$\$/g, "''")
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/(--|\/\/)[^\n]*/g, ' ');
}
