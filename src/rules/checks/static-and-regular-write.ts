import type { Insert, Update } from '../../cql/ast/nodes.js';
import { defineCheck } from '../context.js';
import { columnName } from '../helpers.js';

export default defineCheck({
  name: 'static-and-regular-write',
  create(ctx) {
    const check = (node: Insert | Update, written: Array<string | undefined>): void => {
      const table = ctx.table(node.table);
      if (table === undefined) return;
      const roles = written.flatMap((c) => (c === undefined ? [] : [table.columns.get(c)])).filter((c) => c !== undefined);
      const st = roles.find((c) => c.role === 'static');
      const reg = roles.find((c) => c.role === 'regular');
      if (st !== undefined && reg !== undefined) {
        ctx.report({ at: node, data: { table: table.id, staticColumn: st.name, regularColumn: reg.name } });
      }
    };
    return {
      Insert: (n) => check(n, n.columns.map((c) => c.text)),
      Update: (n) => check(n, n.assignments.map((a) => columnName(a.target) ?? (a.target.kind === 'ElementAccess' || a.target.kind === 'FieldAccess' ? columnName(a.target.target) : undefined))),
    };
  },
});
