import type { AstNode, Delete, Insert, QualifiedName, Update } from '../../cql/ast/nodes.js';
import { defineCheck } from '../context.js';
import { enableFeatureEdit } from '../helpers.js';

export default defineCheck<{ assumeEnabled: boolean }>({
  name: 'client-timestamp-needs-table-feature',
  create(ctx) {
    const check = (table: QualifiedName, at: AstNode, usage: string): void => {
      if (ctx.options.assumeEnabled) return;
      const info = ctx.table(table);
      const id = info?.id ?? ctx.qualify(table);
      if (ctx.catalog.clientSideTimestampsEnabled(id, ctx.position)) return;
      const edit = enableFeatureEdit(info, 'client_side_timestamps');
      ctx.report({ at, data: { usage, table: id }, ...(edit ? { fix: { edits: [edit] } } : {}) });
    };
    const write = (node: Insert | Update | Delete): void => {
      const ts = node.using?.timestamp;
      if (ts !== undefined) check(node.table, ts, 'USING TIMESTAMP');
    };
    return {
      Insert: write,
      Update: write,
      Delete: write,
      Batch(node) {
        const ts = node.using?.timestamp;
        if (ts === undefined) return;
        const seen = new Set<string>();
        for (const child of node.statements) {
          const id = ctx.qualify(child.table);
          if (seen.has(id)) continue;
          seen.add(id);
          check(child.table, ts, 'USING TIMESTAMP');
        }
      },
      Select(node) {
        const selectors = node.selectors.map((s) => s.expression);
        const wt = selectors.find((e) => e.kind === 'WritetimeTtl' && (e.function === 'writetime' || e.function === 'maxwritetime'));
        if (wt !== undefined) check(node.table, wt, 'WRITETIME()');
      },
    };
  },
});
