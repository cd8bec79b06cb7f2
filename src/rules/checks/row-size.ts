import type { Expression, Insert, Update } from '../../cql/ast/nodes.js';
import { defineCheck } from '../context.js';
import { literalBytes } from '../helpers.js';

export default defineCheck<{ maxBytes: number }>({
  name: 'row-size',
  create(ctx) {
    const check = (node: Insert | Update, values: readonly Expression[]): void => {
      const bytes = values.reduce((sum, v) => sum + (literalBytes(v) ?? 0), 0);
      if (bytes > ctx.options.maxBytes) ctx.report({ at: node, data: { bytes, max: ctx.options.maxBytes } });
    };
    return {
      Insert: (n) => check(n, n.json === undefined ? n.values : [n.json.value]),
      Update: (n) => check(n, n.assignments.map((a) => a.value)),
    };
  },
});
