import type { BatchChild, Expression } from '../../cql/ast/nodes.js';
import { defineCheck } from '../context.js';
import { keyValues } from '../helpers.js';

export default defineCheck({
  name: 'logged-batch-same-row',
  create(ctx) {
    /** A value that identifies one row: literals as written, named markers by name; `?` never matches. */
    const valueKey = (v: Expression | undefined): string | undefined => {
      if (v === undefined) return undefined;
      if (v.kind === 'Literal') return `L:${v.text}`;
      if (v.kind === 'BindMarker' && v.name !== undefined) return `B:${v.name.text}`;
      return undefined;
    };
    return {
      Batch(node) {
        if (node.batchType !== 'logged') return;
        // Key columns per table: from the definition when known, else the `=` columns of its UPDATE/DELETE statements here.
        const keyCols = new Map<string, string[]>();
        const byTable = new Map<string, BatchChild[]>();
        for (const child of node.statements) {
          const id = ctx.qualify(child.table);
          byTable.set(id, [...(byTable.get(id) ?? []), child]);
        }
        for (const [id, children] of byTable) {
          const first = children[0];
          const table = first === undefined ? undefined : ctx.table(first.table);
          if (table !== undefined) {
            keyCols.set(id, [...table.partitionKey, ...table.clustering]);
          } else {
            const cols = new Set<string>();
            for (const c of children) if (c.kind !== 'Insert') for (const k of keyValues(c).keys()) cols.add(k);
            keyCols.set(id, [...cols].sort());
          }
        }
        const seen = new Map<string, number>();
        for (const child of node.statements) {
          const id = ctx.qualify(child.table);
          const cols = keyCols.get(id) ?? [];
          if (cols.length === 0) continue;
          const values = keyValues(child);
          const parts = cols.map((c) => valueKey(values.get(c)));
          if (parts.some((p) => p === undefined)) continue;
          const key = `${id}|${parts.join('|')}`;
          const other = seen.get(key);
          if (other !== undefined) ctx.report({ at: child, data: { table: id, otherLine: other } });
          else seen.set(key, child.range.start.line);
        }
      },
    };
  },
});
