import type { Insert, Update } from '../../cql/ast/nodes.js';
import { defineCheck } from '../context.js';
import { enableFeatureEdit } from '../helpers.js';

export default defineCheck<{ assumeEnabled: boolean }>({
  name: 'ttl-needs-table-ttl',
  create(ctx) {
    const check = (node: Insert | Update): void => {
      const ttl = node.using?.ttl;
      if (ttl === undefined || ctx.options.assumeEnabled) return;
      const table = ctx.table(node.table);
      const id = table?.id ?? ctx.qualify(node.table);
      if (ctx.catalog.ttlEnabled(id, ctx.position)) return;
      const edit = enableFeatureEdit(table, 'ttl');
      ctx.report({ at: ttl, data: { table: id }, ...(edit ? { fix: { edits: [edit] } } : {}) });
    };
    return { Insert: check, Update: check };
  },
});
