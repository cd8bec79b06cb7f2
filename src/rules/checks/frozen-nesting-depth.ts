import type { CqlType } from '../../cql/ast/nodes.js';
import { defineCheck } from '../context.js';

/** Levels of collections along the deepest path of a type (frozen wrappers and tuples add none). */
function depth(t: CqlType): number {
  switch (t.kind) {
    case 'ListType':
    case 'SetType':
      return 1 + depth(t.element);
    case 'MapType':
      return 1 + Math.max(depth(t.key), depth(t.value));
    case 'FrozenType':
      return depth(t.inner);
    case 'TupleType':
      return Math.max(0, ...t.elements.map(depth));
    default:
      return 0;
  }
}

export default defineCheck<{ maxDepth: number }>({
  name: 'frozen-nesting-depth',
  create(ctx) {
    const check = (type: CqlType): void => {
      const d = depth(type);
      if (d > ctx.options.maxDepth) ctx.report({ at: type, data: { type: ctx.text(type), depth: d, maxDepth: ctx.options.maxDepth } });
    };
    return {
      ColumnDefinition: (n) => check(n.type),
      FieldDefinition: (n) => check(n.type),
    };
  },
});
