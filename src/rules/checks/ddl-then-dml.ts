import type { AstNode, QualifiedName } from '../../cql/ast/nodes.js';
import { defineCheck } from '../context.js';

export default defineCheck({
  name: 'ddl-then-dml',
  create(ctx) {
    // Tables changed earlier in this script: id → the DDL that changed them. Reported once per table.
    const changed = new Map<string, { ddl: string; line: number }>();
    const use = (table: QualifiedName, at: AstNode): void => {
      if (ctx.sourceKind !== 'script') return;
      const id = ctx.qualify(table);
      const ddl = changed.get(id);
      if (ddl === undefined) return;
      changed.delete(id);
      ctx.report({ at, data: { table: id, ddl: ddl.ddl, ddlLine: ddl.line } });
    };
    return {
      CreateTable: (n) => void changed.set(ctx.qualify(n.name), { ddl: 'CREATE TABLE', line: n.range.start.line }),
      AlterTable: (n) => void changed.set(ctx.qualify(n.name), { ddl: 'ALTER TABLE', line: n.range.start.line }),
      Insert: (n) => use(n.table, n),
      Update: (n) => use(n.table, n),
      Delete: (n) => use(n.table, n),
      Select: (n) => use(n.table, n),
    };
  },
});
