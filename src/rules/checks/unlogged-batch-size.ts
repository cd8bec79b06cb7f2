import { defineCheck } from '../context.js';

export default defineCheck<{ maxStatements: number }>({
  name: 'unlogged-batch-size',
  create(ctx) {
    return {
      Batch(node) {
        const count = node.statements.length;
        if (node.batchType === 'unlogged' && count > ctx.options.maxStatements) {
          ctx.report({ at: node, data: { count, max: ctx.options.maxStatements } });
        }
      },
    };
  },
});
