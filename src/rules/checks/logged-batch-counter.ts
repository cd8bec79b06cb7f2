import { defineCheck } from '../context.js';
import { columnName } from '../helpers.js';

export default defineCheck({
  name: 'logged-batch-counter',
  create(ctx) {
    return {
      Batch(node) {
        if (node.batchType !== 'logged') return;
        for (const child of node.statements) {
          if (child.kind !== 'Update') continue;
          const table = ctx.table(child.table);
          for (const a of child.assignments) {
            const col = columnName(a.target);
            if (col === undefined || (a.operation !== 'add' && a.operation !== 'subtract')) continue;
            const type = table?.columns.get(col)?.type;
            // Without the table definition, `c = c + <number or marker>` can only be a counter (collections add literals of their kind).
            const counter =
              type !== undefined
                ? type.kind === 'NativeType' && type.name === 'counter'
                : table === undefined && (a.value.kind === 'BindMarker' || (a.value.kind === 'Literal' && a.value.type === 'integer'));
            if (counter) ctx.report({ at: a, data: { column: col } });
          }
        }
      },
    };
  },
});
