import type { AstNode, Identifier, Statement } from '../../cql/ast/nodes.js';
import { CASSANDRA_ONLY_KEYSPACES } from '../../catalog/catalog.js';
import { defineCheck } from '../context.js';


/** Tables that Cassandra 4.0+ drivers read for their own metadata; in a query log they are the driver's, not the application's. */
const DRIVER_METADATA_TABLES = new Set(['keyspaces', 'tables', 'columns']);

export default defineCheck({
  name: 'cassandra-system-keyspace',
  create(ctx) {
    // Each missing keyspace is reported once per statement.
    let current: Statement | undefined;
    let seen = new Set<string>();
    const flag = (name: Identifier | undefined): void => {
      if (name === undefined || !CASSANDRA_ONLY_KEYSPACES.has(name.text)) return;
      if (current !== ctx.statement) {
        current = ctx.statement;
        seen = new Set();
      }
      if (seen.has(name.text)) return;
      seen.add(name.text);
      ctx.report({ at: name, data: { keyspace: name.text } });
    };
    const driverMetadataRead = (): boolean => {
      const stmt = ctx.statement;
      return (
        ctx.sourceKind === 'log' &&
        stmt.kind === 'Select' &&
        stmt.table.keyspace?.text === 'system_virtual_schema' &&
        DRIVER_METADATA_TABLES.has(stmt.table.name.text)
      );
    };
    return {
      QualifiedName(node, ancestors) {
        const parent: AstNode | undefined = ancestors[ancestors.length - 1];
        // GRANT/REVOKE/LIST resources are security statements (KS1601); DROP … IF EXISTS of a missing object does nothing.
        if (ancestors.some((a) => a.kind === 'Resource')) return;
        if ((parent?.kind === 'DropTable' || parent?.kind === 'DropType') && parent.ifExists) return;
        if (driverMetadataRead()) return;
        flag(node.keyspace);
      },
      Use: (node) => flag(node.keyspace),
      // DESCRIBE FULL SCHEMA prints CREATE KEYSPACE system_auth … with Cassandra's own tables.
      CreateKeyspace: (node) => flag(node.name),
      AlterKeyspace: (node) => flag(node.name),
      DropKeyspace: (node) => {
        if (!node.ifExists) flag(node.name);
      },
      Describe: (node) => flag(node.keyspace),
    };
  },
});
