import type { Condition, CqlType, QualifiedName, Relation } from '../../cql/ast/nodes.js';
import { defineCheck } from '../context.js';
import { printType } from '../../cql/ast/print.js';
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
    const check = (table: QualifiedName, items: ReadonlyArray<Relation | Condition>): void => {
      const info = ctx.table(table);
      if (info === undefined) return;
      for (const item of items) {
        if (!INEQUALITY.has(item.operator) || item.left.kind !== 'ColumnRef') continue;
        const column = info.columns.get(item.left.name.text);
        if (column === undefined || !comparedAsWhole(column.type)) continue;
        ctx.report({ at: item, data: { relation: ctx.text(item), column: column.name, type: printType(column.type) } });
      }
    };
    return {
      Select: (n) => check(n.table, relations(n.where)),
      Update: (n) => check(n.table, n.conditions),
      Delete: (n) => check(n.table, n.conditions),
    };
  },
});
