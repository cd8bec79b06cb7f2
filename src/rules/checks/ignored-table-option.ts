import type { AlterTable, CreateMaterializedView, CreateTable } from '../../cql/ast/nodes.js';
import { defineCheck } from '../context.js';
import { IGNORED_TABLE_OPTIONS, tableProperties } from '../table-options.js';

export default defineCheck({
  name: 'ignored-table-option',
  create(ctx) {
    // One finding per statement listing every ignored option (a DESCRIBE output has several per table).
    const check = (node: CreateTable | AlterTable | CreateMaterializedView): void => {
      const props = tableProperties(node).filter((p) => IGNORED_TABLE_OPTIONS.has(p.name.text));
      const first = props[0];
      if (first !== undefined) ctx.report({ at: first, data: { options: props.map((p) => p.name.text).join(', ') } });
    };
    return { CreateTable: check, AlterTable: check, CreateMaterializedView: check };
  },
});
