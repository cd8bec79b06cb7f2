import type { AstNode, Select } from '../../cql/ast/nodes.js';
import { defineCheck } from '../context.js';
import { isMultiCellCollection } from '../helpers.js';

export default defineCheck({
  name: 'ttl-writetime-on-collection',
  create(ctx) {
    return {
      WritetimeTtl(node, ancestors: readonly AstNode[]) {
        const select = ancestors.find((a): a is Select => a.kind === 'Select');
        if (select === undefined || node.argument.kind !== 'ColumnRef') return;
        const column = ctx.table(select.table)?.columns.get(node.argument.name.text);
        if (column !== undefined && isMultiCellCollection(column.type)) {
          ctx.report({ at: node, data: { function: node.function.toUpperCase(), column: column.name } });
        }
      },
    };
  },
});
