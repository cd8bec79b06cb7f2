import { defineCheck } from '../context.js';

export default defineCheck<{ maxBytes: number }>({
  name: 'table-schema-size',
  create(ctx) {
    return {
      CreateTable(node) {
        const bytes = Buffer.byteLength(ctx.text(node), 'utf8');
        if (bytes > ctx.options.maxBytes) ctx.report({ at: node.name, data: { table: ctx.qualify(node.name), bytes, max: ctx.options.maxBytes } });
      },
    };
  },
});
