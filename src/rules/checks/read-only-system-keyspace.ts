import type { Statement } from '../../cql/ast/nodes.js';
import { schemaTarget } from '../../cql/ast/schema-target.js';
import { KEYSPACES_SYSTEM_KEYSPACES } from '../../catalog/catalog.js';
import { defineCheck, type Visitor } from '../context.js';
import { DDL_KINDS } from '../helpers.js';

export default defineCheck({
  name: 'read-only-system-keyspace',
  create(ctx) {
    const check = (node: Statement): void => {
      // Only the statement itself (a batch child is never DDL).
      if (node !== ctx.statement) return;
      const t = schemaTarget(node, ctx.keyspace);
      if (t !== undefined && KEYSPACES_SYSTEM_KEYSPACES.has(t.keyspace)) ctx.report({ at: t.at, data: { keyspace: t.keyspace } });
    };
    const visitor: Record<string, (n: Statement) => void> = {};
    for (const kind of DDL_KINDS) visitor[kind] = check;
    return visitor as Visitor;
  },
});
