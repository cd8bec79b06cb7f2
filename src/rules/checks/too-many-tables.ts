import { defineCheck } from '../context.js';

export default defineCheck<{ maxTables: number }>({
  name: 'too-many-tables',
  create(ctx) {
    return {
      CreateTable(node) {
        const count = ctx.catalog.creationCounts.get(node);
        if (count !== undefined && count > ctx.options.maxTables) ctx.report({ at: node.name, data: { count, max: ctx.options.maxTables } });
      },
    };
  },
});
