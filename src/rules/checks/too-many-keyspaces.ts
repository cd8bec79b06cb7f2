import { defineCheck } from '../context.js';

export default defineCheck<{ maxKeyspaces: number }>({
  name: 'too-many-keyspaces',
  create(ctx) {
    return {
      CreateKeyspace(node) {
        const count = ctx.catalog.creationCounts.get(node);
        if (count !== undefined && count > ctx.options.maxKeyspaces) ctx.report({ at: node.name, data: { count, max: ctx.options.maxKeyspaces } });
      },
    };
  },
});
