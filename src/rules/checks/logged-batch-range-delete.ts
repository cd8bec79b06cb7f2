import { defineCheck } from '../context.js';
import { keyValues } from '../helpers.js';

export default defineCheck({
  name: 'logged-batch-range-delete',
  create(ctx) {
    return {
      Batch(node) {
        if (node.batchType !== 'logged') return;
        for (const child of node.statements) {
          if (child.kind !== 'Delete') continue;
          const table = ctx.table(child.table);
          if (table === undefined) continue;
          const fixed = keyValues(child);
          const missing = [...table.partitionKey, ...table.clustering].filter((c) => !fixed.has(c));
          if (missing.length > 0) ctx.report({ at: child, data: { table: table.id, missing: missing.join(', ') } });
        }
      },
    };
  },
});
