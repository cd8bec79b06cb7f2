import type { AstNode, Batch, Delete, Insert, Update } from '../../cql/ast/nodes.js';
import { defineCheck } from '../context.js';

const ALLOWED = new Set(['LOCAL_QUORUM']);

export default defineCheck({
  name: 'write-consistency',
  create(ctx) {
    const check = (node: Batch | Delete | Insert | Update, ancestors: readonly AstNode[]): void => {
      // Only the statement the log recorded (not the children of a batch).
      if (ancestors.length > 0 || ctx.execution === undefined) return;
      const bad = Object.entries(ctx.execution.consistencies)
        .filter(([level, n]) => n > 0 && !ALLOWED.has(level.toUpperCase()))
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      if (bad.length === 0) return;
      ctx.report({ at: node, data: { levels: bad.map(([level, n]) => `${level.toUpperCase()} (${n})`).join(', ') } });
    };
    return { Insert: check, Update: check, Delete: check, Batch: check };
  },
});
