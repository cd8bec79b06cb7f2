import type { Identifier, QualifiedName, Statement } from './nodes.js';

/**
 * The keyspace a schema statement (CREATE/ALTER/DROP of keyspaces, tables, types, indexes, views,
 * functions, aggregates, triggers; TRUNCATE) creates, changes or drops something in, and the name
 * to point at; unqualified names resolve to `current` (the session keyspace). Undefined for other
 * statements, and for unqualified names without a session keyspace.
 */
export function schemaTarget(stmt: Statement, current: string | undefined): { keyspace: string; at: Identifier } | undefined {
  const qualified = (name: QualifiedName): { keyspace: string; at: Identifier } | undefined =>
    name.keyspace !== undefined ? { keyspace: name.keyspace.text, at: name.keyspace } : current === undefined ? undefined : { keyspace: current, at: name.name };
  switch (stmt.kind) {
    case 'CreateKeyspace':
    case 'AlterKeyspace':
    case 'DropKeyspace':
      return { keyspace: stmt.name.text, at: stmt.name };
    case 'CreateIndex':
    case 'CreateTrigger':
    case 'DropTrigger':
    case 'Truncate':
      return qualified(stmt.table);
    case 'CreateTable':
    case 'AlterTable':
    case 'DropTable':
    case 'CreateType':
    case 'AlterType':
    case 'DropType':
    case 'DropIndex':
    case 'CreateMaterializedView':
    case 'AlterMaterializedView':
    case 'DropMaterializedView':
    case 'CreateFunction':
    case 'DropFunction':
    case 'CreateAggregate':
    case 'DropAggregate':
      return qualified(stmt.name);
    default:
      return undefined;
  }
}
