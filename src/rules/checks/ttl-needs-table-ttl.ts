import type { Insert, Update } from '../../cql/ast/nodes.js';
import { defineCheck } from '../context.js';

export default defineCheck<{ assumeEnabled: boolean }>({
  name: 'ttl-needs-table-ttl',
  create(ctx) {
    const check = (node: Insert | Update): void => {
      const ttl = node.using?.ttl;
      if (ttl === undefined || ctx.options.assumeEnabled) return;
      const id = ctx.table(node.table)?.id ?? ctx.qualify(node.table);
      if (ctx.catalog.ttlEnabled(id)) return;
      ctx.report({ at: ttl, data: { table: id } });
    };
    return { Insert: check, Update: check };
  },
});
