import type { Statement } from '../../cql/ast/nodes.js';
import { defineCheck, type Visitor } from '../context.js';
import { DDL_KINDS } from '../helpers.js';

export default defineCheck({
  name: 'prepared-ddl',
  create(ctx) {
    const report = (node: Statement): void => {
      if (ctx.sourceKind === 'prepared') ctx.report({ at: node });
    };
    const visitor: Record<string, (n: Statement) => void> = {};
    for (const kind of DDL_KINDS) visitor[kind] = report;
    return visitor as Visitor;
  },
});
