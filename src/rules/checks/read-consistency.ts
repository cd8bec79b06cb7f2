import type { AstNode, Select } from '../../cql/ast/nodes.js';
import { defineCheck } from '../context.js';

const ALLOWED = new Set(['ONE', 'LOCAL_ONE', 'LOCAL_QUORUM']);

export default defineCheck({
  name: 'read-consistency',
  create(ctx) {
    const check = (node: Select, ancestors: readonly AstNode[]): void => {
      // Only the statement the log recorded (not the children of a batch).
      if (ancestors.length > 0 || ctx.execution === undefined) return;
      const bad = Object.entries(ctx.execution.consistencies)
        .filter(([level, n]) => n > 0 && !ALLOWED.has(level.toUpperCase()))
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      if (bad.length === 0) return;
      ctx.report({ at: node, data: { levels: bad.map(([level, n]) => `${level.toUpperCase()} (${n})`).join(', ') } });
    };
    return { Select: check };
  },
});
