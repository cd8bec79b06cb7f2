import { defineCheck } from '../context.js';
import { relations } from '../helpers.js';

const RANGE = new Set(['<', '<=', '>', '>=']);

export default defineCheck({
  name: 'in-with-range',
  create(ctx) {
    return {
      Select(node) {
        const rels = relations(node.where);
        if (!rels.some((r) => r.operator === 'IN')) return;
        const range = rels.find((r) => RANGE.has(r.operator) && (r.left.kind === 'ColumnRef' || r.left.kind === 'TupleLiteral'));
        if (range !== undefined) ctx.report({ at: range, data: { column: ctx.text(range.left) } });
      },
    };
  },
});
