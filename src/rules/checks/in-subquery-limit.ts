import { defineCheck } from '../context.js';
import { relations } from '../helpers.js';

export default defineCheck<{ maxSubqueries: number }>({
  name: 'in-subquery-limit',
  create(ctx) {
    return {
      Select(node) {
        const ins = relations(node.where).filter((r) => r.operator === 'IN' && r.right?.kind === 'InList');
        if (ins.length === 0) return;
        const count = ins.reduce((p, r) => p * (r.right?.kind === 'InList' ? Math.max(1, r.right.values.length) : 1), 1);
        const first = ins[0];
        if (count > ctx.options.maxSubqueries && first !== undefined) {
          ctx.report({ at: first, data: { count, max: ctx.options.maxSubqueries } });
        }
      },
    };
  },
});
