import type { Statement } from '../../cql/ast/nodes.js';
import { defineCheck } from '../context.js';

export default defineCheck<{ maxConcurrentDdl: number }>({
  name: 'too-many-concurrent-ddl',
  create(ctx) {
    // DDL statements of this script so far; reported once, at the first one past the quota.
    let count = 0;
    const ddl = (node: Statement): void => {
      if (ctx.sourceKind !== 'script') return;
      count++;
      const max = ctx.options.maxConcurrentDdl;
      if (count === max + 1) ctx.report({ at: node, data: { count, max } });
    };
    // CREATE/ALTER/DROP of keyspaces, tables and types: the DDL Keyspaces runs asynchronously (keyspaces-facts §13).
    return {
      CreateKeyspace: ddl,
      AlterKeyspace: ddl,
      DropKeyspace: ddl,
      CreateTable: ddl,
      AlterTable: ddl,
      DropTable: ddl,
      CreateType: ddl,
      AlterType: ddl,
      DropType: ddl,
    };
  },
});
