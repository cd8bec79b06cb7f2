import type { AstNode, Delete, Insert, QualifiedName, Update } from '../../cql/ast/nodes.js';
import { appliedUsing } from '../../cql/ast/using.js';
import { defineCheck } from '../context.js';
import { enableFeatureEdit, enclosingBatch } from '../helpers.js';

export default defineCheck<{ assumeEnabled: boolean }>({
  name: 'client-timestamp-needs-table-feature',
  create(ctx) {
    // A batch-level USING TIMESTAMP is reported once per table of the batch, at the batch's timestamp.
    const reported = new WeakMap<AstNode, Set<string>>();
    const check = (table: QualifiedName, at: AstNode, usage: string): void => {
      if (ctx.options.assumeEnabled) return;
      const info = ctx.table(table);
      const id = info?.id ?? ctx.qualify(table);
      if (ctx.catalog.clientSideTimestampsEnabled(id, ctx.position)) return;
      const seen = reported.get(at) ?? new Set<string>();
      if (seen.has(id)) return;
      reported.set(at, seen.add(id));
      const edit = enableFeatureEdit(info, 'client_side_timestamps');
      ctx.report({ at, data: { usage, table: id }, ...(edit ? { fix: { edits: [edit] } } : {}) });
    };
    const write = (node: Insert | Update | Delete, ancestors: readonly AstNode[]): void => {
      const ts = appliedUsing(node, enclosingBatch(ancestors)?.using).timestamp;
      if (ts !== undefined) check(node.table, ts, 'USING TIMESTAMP');
    };
    return {
      Insert: write,
      Update: write,
      Delete: write,
      Select(node) {
        const selectors = node.selectors.map((s) => s.expression);
        const wt = selectors.find((e) => e.kind === 'WritetimeTtl' && (e.function === 'writetime' || e.function === 'maxwritetime'));
        if (wt !== undefined) check(node.table, wt, 'WRITETIME()');
      },
    };
  },
});
