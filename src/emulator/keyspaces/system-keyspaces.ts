/**
 * Cassandra's system keyspaces that Amazon Keyspaces does not have (keyspaces-facts §14: an account
 * has only `system`, `system_schema`, `system_schema_mcs` and `system_multiregion_info`). The
 * backend is a real Cassandra and has them all, so the emulator refuses statements on them itself,
 * as Keyspaces would: the keyspace does not exist. The four keyspaces Keyspaces has pass untouched
 * (drivers and cqlsh read `system.local`, `system.peers`, `system.peers_v2` and `system_schema.*`).
 */
import { CASSANDRA_ONLY_KEYSPACES, KEYSPACES_SYSTEM_KEYSPACES } from '../../catalog/catalog.js';
import { schemaTarget } from '../../cql/ast/schema-target.js';
import { STATEMENT_KINDS } from '../../cql/ast/nodes.js';
import type { AstNode, Statement } from '../../cql/ast/nodes.js';
import { walk } from '../../cql/ast/walk.js';
import { reject } from './rejections.js';
import type { Rejection } from './errors.js';
import type { PolicyContext } from './policy-context.js';

/** Cassandra's system keyspaces that Keyspaces lacks. */
export const cassandraOnlyKeyspaces: ReadonlySet<string> = CASSANDRA_ONLY_KEYSPACES;

const statementKinds: ReadonlySet<string> = new Set(STATEMENT_KINDS);

/**
 * `Keyspace … does not exist` for a statement that uses one of `cassandraOnlyKeyspaces`: a name
 * qualified with it anywhere in the statement (tables, types, functions, batch children), `USE`,
 * `ALTER KEYSPACE`, `DROP KEYSPACE`, or an unqualified table name while the connection keyspace is
 * one of them. `CREATE KEYSPACE` and `DROP … IF EXISTS` are left to the backend. A schema
 * statement acting in one of the read-only system keyspaces Keyspaces has (`system`, `system_schema`,
 * `system_schema_mcs`, `system_multiregion_info`) is refused as not user-modifiable.
 */
export function checkSystemKeyspaces(stmt: Statement, ctx: Pick<PolicyContext, 'keyspace'>): Rejection | undefined {
  const missing = cachedMissingKeyspace(stmt, ctx.keyspace);
  if (missing !== undefined) return reject('keyspace-does-not-exist', { keyspace: missing });
  // Keyspaces' own system keyspaces are read-only: no schema statement may act in them (rule KS1802).
  const target = schemaTarget(stmt, ctx.keyspace);
  return target !== undefined && KEYSPACES_SYSTEM_KEYSPACES.has(target.keyspace) ? reject('system-keyspace-read-only', { keyspace: target.keyspace }) : undefined;
}

// Parsed statements are cached and executed many times: walk each one once per connection keyspace.
const verdicts = new WeakMap<Statement, Map<string | undefined, string | undefined>>();

function cachedMissingKeyspace(stmt: Statement, connectionKeyspace: string | undefined): string | undefined {
  let byKeyspace = verdicts.get(stmt);
  if (byKeyspace === undefined) verdicts.set(stmt, (byKeyspace = new Map()));
  if (byKeyspace.has(connectionKeyspace)) return byKeyspace.get(connectionKeyspace);
  const missing = missingKeyspace(stmt, connectionKeyspace);
  byKeyspace.set(connectionKeyspace, missing);
  return missing;
}

function missingKeyspace(stmt: Statement, connectionKeyspace: string | undefined): string | undefined {
  const lacking = (keyspace: string | undefined): keyspace is string => keyspace !== undefined && cassandraOnlyKeyspaces.has(keyspace);
  switch (stmt.kind) {
    case 'Use':
      return lacking(stmt.keyspace.text) ? stmt.keyspace.text : undefined;
    case 'AlterKeyspace':
      return lacking(stmt.name.text) ? stmt.name.text : undefined;
    case 'DropKeyspace':
      return !stmt.ifExists && lacking(stmt.name.text) ? stmt.name.text : undefined;
    case 'CreateKeyspace':
      return undefined;
    case 'DropTable':
    case 'DropType':
      if (stmt.ifExists) return undefined;
      break;
    default:
      break;
  }
  let found: string | undefined;
  walk(stmt, {
    QualifiedName(node, parent: AstNode | undefined) {
      if (found !== undefined) return false;
      const explicit = node.keyspace?.text;
      // Unqualified names resolve through the connection keyspace only where they name a table or a
      // schema object of the statement (not function or type references inside it).
      const keyspace = explicit ?? (parent !== undefined && statementKinds.has(parent.kind) ? connectionKeyspace : undefined);
      if (lacking(keyspace)) found = keyspace;
      return false;
    },
  });
  return found;
}
