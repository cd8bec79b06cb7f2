import { defineCheck } from '../context.js';

export default defineCheck<{ maxStatements: number }>({
  name: 'logged-batch-size',
  create(ctx) {
    return {
      Batch(node) {
        const count = node.statements.length;
        if (node.batchType === 'logged' && count > ctx.options.maxStatements) {
          ctx.report({ at: node, data: { count, max: ctx.options.maxStatements } });
        }
      },
    };
  },
});
