import type { AstNode, Batch, Delete, Insert, Select, Update } from '../cql/ast/nodes.js';
import { defineCheck, type CheckModule } from './context.js';

type Checked = Select | Insert | Update | Delete | Batch;

/**
 * A check of the consistency levels a query log recorded for a statement against the levels
 * Keyspaces accepts for it; reports every other level with how often it was used.
 */
export function consistencyCheck(name: string, allowed: readonly string[], kinds: ReadonlyArray<Checked['kind']>): CheckModule {
  const ok = new Set(allowed);
  return defineCheck({
    name,
    create(ctx) {
      const check = (node: Checked, ancestors: readonly AstNode[]): void => {
        // Only the statement the log recorded (not the children of a batch).
        if (ancestors.length > 0 || ctx.execution === undefined) return;
        const bad = Object.entries(ctx.execution.consistencies)
          .filter(([level, n]) => n > 0 && !ok.has(level.toUpperCase()))
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
        if (bad.length === 0) return;
        ctx.report({ at: node, data: { levels: bad.map(([level, n]) => `${level.toUpperCase()} (${n})`).join(', ') } });
      };
      return Object.fromEntries(kinds.map((k) => [k, check]));
    },
  });
}
