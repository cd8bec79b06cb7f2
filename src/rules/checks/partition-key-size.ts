import type { Delete, Expression, Insert, Update } from '../../cql/ast/nodes.js';
import { defineCheck } from '../context.js';
import { keyValues, literalBytes } from '../helpers.js';

export default defineCheck<{ maxBytes: number }>({
  name: 'partition-key-size',
  create(ctx) {
    const check = (node: Insert | Update | Delete): void => {
      const table = ctx.table(node.table);
      if (table === undefined || table.partitionKey.length === 0) return;
      const values = keyValues(node);
      let bytes = 0;
      let at: Expression | undefined;
      for (const col of table.partitionKey) {
        const v = values.get(col);
        const b = v === undefined ? undefined : literalBytes(v);
        if (v === undefined || b === undefined) continue;
        bytes += b;
        at ??= v;
      }
      if (bytes > ctx.options.maxBytes && at !== undefined) {
        ctx.report({ at, data: { column: table.partitionKey.join(', '), bytes, max: ctx.options.maxBytes } });
      }
    };
    return { Insert: check, Update: check, Delete: check };
  },
});
