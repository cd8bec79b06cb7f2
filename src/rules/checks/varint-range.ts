import type { Expression, Insert, Update } from '../../cql/ast/nodes.js';
import { defineCheck } from '../context.js';
import { columnName, relations } from '../helpers.js';

const MAX_DIGITS = 38;

export default defineCheck({
  name: 'varint-range',
  create(ctx) {
    const check = (node: Insert | Update, pairs: Array<[string | undefined, Expression | undefined]>): void => {
      const table = ctx.table(node.table);
      if (table === undefined) return;
      for (const [col, value] of pairs) {
        if (col === undefined || value === undefined || value.kind !== 'Literal' || value.type !== 'integer') continue;
        const type = table.columns.get(col)?.type;
        if (type?.kind !== 'NativeType' || type.name !== 'varint') continue;
        const digits = value.text.replace(/^[-+]/, '').replace(/^0+(?=\d)/, '');
        if (digits.length > MAX_DIGITS) ctx.report({ at: value, data: { value: value.text, column: col } });
      }
    };
    return {
      Insert: (n) => check(n, n.columns.map((c, i) => [c.text, n.values[i]])),
      Update: (n) => {
        const pairs: Array<[string | undefined, Expression | undefined]> = n.assignments
          .filter((a) => a.operation === 'set')
          .map((a) => [columnName(a.target), a.value]);
        for (const r of relations(n.where)) if (r.operator === '=' && r.right?.kind !== 'InList') pairs.push([columnName(r.left), r.right as Expression | undefined]);
        check(n, pairs);
      },
    };
  },
});
