import type { AstNode, QualifiedName } from '../../cql/ast/nodes.js';
import { defineCheck } from '../context.js';

const SYSTEM_KEYSPACES = new Set(['system', 'system_schema', 'system_schema_mcs', 'system_multiregion_info', 'system_auth', 'system_distributed', 'system_traces', 'system_views', 'system_virtual_schema']);

export default defineCheck({
  name: 'unknown-table',
  create(ctx) {
    const check = (table: QualifiedName, at: AstNode): void => {
      if (ctx.catalog.tables.size === 0) return;
      const id = ctx.qualify(table);
      const ks = table.keyspace?.text ?? ctx.keyspace;
      if (ks !== undefined && SYSTEM_KEYSPACES.has(ks)) return;
      if (ctx.table(table) !== undefined) return;
      ctx.report({ at, data: { table: id } });
    };
    return {
      Insert: (n) => check(n.table, n.table),
      Update: (n) => check(n.table, n.table),
      Delete: (n) => check(n.table, n.table),
      Select: (n) => check(n.table, n.table),
    };
  },
});
