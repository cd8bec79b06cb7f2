import type { CqlType } from '../../cql/ast/nodes.js';
import { collectionDepth } from '../../cql/ast/types.js';
import { defineCheck } from '../context.js';

export default defineCheck<{ maxDepth: number }>({
  name: 'frozen-nesting-depth',
  create(ctx) {
    const check = (type: CqlType): void => {
      const d = collectionDepth(type);
      if (d > ctx.options.maxDepth) ctx.report({ at: type, data: { type: ctx.text(type), depth: d, maxDepth: ctx.options.maxDepth } });
    };
    return {
      ColumnDefinition: (n) => check(n.type),
      FieldDefinition: (n) => check(n.type),
    };
  },
});
