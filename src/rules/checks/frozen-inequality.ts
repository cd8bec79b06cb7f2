import type { CqlType, Expression, QualifiedName } from '../../cql/ast/nodes.js';
import { defineCheck } from '../context.js';
import { relations } from '../helpers.js';

const INEQUALITY = new Set(['<', '<=', '>', '>=', '!=']);

/** A whole frozen collection, or a user-defined type (frozen or not). */
function comparedAsWhole(t: CqlType): boolean {
  if (t.kind === 'UserType') return true;
  if (t.kind !== 'FrozenType') return false;
  const inner = t.inner;
  return inner.kind === 'ListType' || inner.kind === 'SetType' || inner.kind === 'MapType' || inner.kind === 'UserType';
}

export default defineCheck({
  name: 'frozen-inequality',
  create(ctx) {
    const check = (table: QualifiedName, items: ReadonlyArray<{ left: Expression; operator: string; range: unknown }>, nodes: readonly Expression[] | undefined): void => {
      void nodes;
      const info = ctx.table(table);
      if (info === undefined) return;
      for (const item of items) {
        if (!INEQUALITY.has(item.operator) || item.left.kind !== 'ColumnRef') continue;
        const column = info.columns.get(item.left.name.text);
        if (column === undefined || !comparedAsWhole(column.type)) continue;
        const node = item as unknown as Expression;
        ctx.report({ at: node, data: { relation: ctx.text(node), column: column.name, type: ctx.text(column.type) } });
      }
    };
    return {
      Select: (n) => check(n.table, relations(n.where), undefined),
      Update: (n) => check(n.table, n.conditions, undefined),
      Delete: (n) => check(n.table, n.conditions, undefined),
    };
  },
});
