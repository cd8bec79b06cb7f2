import type { AstNode, Insert, Update } from '../../cql/ast/nodes.js';
import { appliedUsing } from '../../cql/ast/using.js';
import { defineCheck } from '../context.js';
import { columnName, enclosingBatch, relations } from '../helpers.js';

export default defineCheck<{ maxColumns: number; maxColumnsWithTtl: number }>({
  name: 'columns-per-write',
  create(ctx) {
    const check = (node: Insert | Update, columns: Set<string>, ancestors: readonly AstNode[]): void => {
      const id = ctx.table(node.table)?.id ?? ctx.qualify(node.table);
      const ttl = ctx.catalog.ttlEnabled(id, ctx.position) || appliedUsing(node, enclosingBatch(ancestors)?.using).ttl !== undefined;
      const max = ttl ? ctx.options.maxColumnsWithTtl : ctx.options.maxColumns;
      if (columns.size > max) ctx.report({ at: node, data: { count: columns.size, table: id, max } });
    };
    return {
      Insert: (n, ancestors) => check(n, new Set(n.columns.map((c) => c.text)), ancestors),
      Update(n, ancestors) {
        const cols = new Set<string>();
        for (const a of n.assignments) {
          const c = columnName(a.target) ?? (a.target.kind === 'ElementAccess' || a.target.kind === 'FieldAccess' ? columnName(a.target.target) : undefined);
          if (c !== undefined) cols.add(c);
        }
        for (const r of relations(n.where)) {
          const c = columnName(r.left);
          if (c !== undefined) cols.add(c);
        }
        check(n, cols, ancestors);
      },
    };
  },
});
