import { defineCheck } from '../context.js';
import { relations } from '../helpers.js';

export default defineCheck({
  name: 'logged-batch-non-equality',
  create(ctx) {
    return {
      Batch(node) {
        if (node.batchType !== 'logged') return;
        for (const child of node.statements) {
          if (child.kind === 'Insert') continue;
          for (const r of relations(child.where)) {
            if (r.operator !== '=') ctx.report({ at: r, data: { relation: ctx.text(r), operator: r.operator } });
          }
        }
      },
    };
  },
});
