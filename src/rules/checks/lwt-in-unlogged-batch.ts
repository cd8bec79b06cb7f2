import { defineCheck } from '../context.js';
import { conditionText } from '../helpers.js';

export default defineCheck({
  name: 'lwt-in-unlogged-batch',
  create(ctx) {
    return {
      Batch(node) {
        if (node.batchType !== 'unlogged') return;
        for (const child of node.statements) {
          const condition = conditionText(child, ctx.text);
          if (condition !== undefined) ctx.report({ at: child, data: { condition } });
        }
      },
    };
  },
});
