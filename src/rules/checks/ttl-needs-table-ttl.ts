import type { AstNode, Insert, Update } from '../../cql/ast/nodes.js';
import { appliedUsing } from '../../cql/ast/using.js';
import { defineCheck } from '../context.js';
import { enableFeatureEdit, enclosingBatch } from '../helpers.js';

export default defineCheck<{ assumeEnabled: boolean }>({
  name: 'ttl-needs-table-ttl',
  create(ctx) {
    // A batch-level USING TTL is reported once per table of the batch, at the batch's TTL.
    const reported = new WeakMap<AstNode, Set<string>>();
    const check = (node: Insert | Update, ancestors: readonly AstNode[]): void => {
      const ttl = appliedUsing(node, enclosingBatch(ancestors)?.using).ttl;
      if (ttl === undefined || ctx.options.assumeEnabled) return;
      const table = ctx.table(node.table);
      const id = table?.id ?? ctx.qualify(node.table);
      if (ctx.catalog.ttlEnabled(id, ctx.position)) return;
      const seen = reported.get(ttl) ?? new Set<string>();
      if (seen.has(id)) return;
      reported.set(ttl, seen.add(id));
      const edit = enableFeatureEdit(table, 'ttl');
      ctx.report({ at: ttl, data: { table: id }, ...(edit ? { fix: { edits: [edit] } } : {}) });
    };
    return { Insert: check, Update: check };
  },
});
