import { defineCheck } from '../context.js';
import { relations } from '../helpers.js';

export default defineCheck({
  name: 'token-with-in',
  create(ctx) {
    return {
      Select(node) {
        const rels = relations(node.where);
        const hasToken = rels.some((r) => r.left.kind === 'FunctionCall' && r.left.name.name.text === 'token');
        const firstIn = rels.find((r) => r.operator === 'IN');
        if (hasToken && firstIn !== undefined) ctx.report({ at: firstIn });
      },
    };
  },
});
