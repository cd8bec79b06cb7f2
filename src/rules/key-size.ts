import type { Delete, Expression, Insert, Update } from '../cql/ast/nodes.js';
import { defineCheck, type CheckModule } from './context.js';
import { keyValues, literalBytes } from './helpers.js';

/**
 * A check of the literal bytes a write gives one part of the primary key (the partition key or
 * the clustering columns) against the rule's `maxBytes` option. Bound values are unknown
 * statically and not counted.
 */
export function keySizeCheck(name: string, part: 'partitionKey' | 'clustering'): CheckModule<{ maxBytes: number }> {
  return defineCheck<{ maxBytes: number }>({
    name,
    create(ctx) {
      const check = (node: Insert | Update | Delete): void => {
        const table = ctx.table(node.table);
        const columns = table?.[part] ?? [];
        if (columns.length === 0) return;
        const values = keyValues(node);
        let bytes = 0;
        let at: Expression | undefined;
        for (const col of columns) {
          const v = values.get(col);
          const b = v === undefined ? undefined : literalBytes(v);
          if (v === undefined || b === undefined) continue;
          bytes += b;
          at ??= v;
        }
        if (bytes > ctx.options.maxBytes && at !== undefined) {
          ctx.report({ at, data: { column: columns.join(', '), bytes, max: ctx.options.maxBytes } });
        }
      };
      return { Insert: check, Update: check, Delete: check };
    },
  });
}
