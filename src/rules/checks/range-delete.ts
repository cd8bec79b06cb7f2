import { defineCheck } from '../context.js';
import { columnName, enclosingBatch, relations } from '../helpers.js';

const RANGE = new Set(['<', '<=', '>', '>=']);

export default defineCheck<{ maxRows: number }>({
  name: 'range-delete',
  create(ctx) {
    return {
      Delete(node, ancestors) {
        // Inside a logged batch a range delete is an error of its own (KS6007).
        if (enclosingBatch(ancestors)?.batchType === 'logged') return;
        // Deleting named columns (e.g. static ones by partition key) removes cells, not a range of rows.
        if (node.selections.length > 0) return;
        const rels = relations(node.where);
        const table = ctx.table(node.table);
        let range: boolean;
        if (table !== undefined && table.clustering.length > 0) {
          const fixed = new Set(rels.filter((r) => r.operator === '=' || r.operator === 'IN').map((r) => columnName(r.left)));
          range = table.clustering.some((c) => !fixed.has(c));
        } else {
          range = rels.some((r) => RANGE.has(r.operator) && r.left.kind !== 'FunctionCall');
        }
        if (range) ctx.report({ at: node, data: { table: ctx.qualify(node.table), maxRows: ctx.options.maxRows } });
      },
    };
  },
});
