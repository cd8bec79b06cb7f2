import type { Catalog } from '../catalog/catalog.js';
import type { CreateKeyspace, CreateTable } from '../cql/ast/nodes.js';
import { defineCheck, type CheckModule } from './context.js';

/**
 * A check for a per-Region object quota (tables, keyspaces): it reports once per audit, at the
 * first CREATE past the quota (whichever source holds it), with how many the whole audit defines.
 */
export function quotaCheck<K extends 'CreateTable' | 'CreateKeyspace', O extends string>(spec: {
  name: string;
  statement: K;
  option: O;
  total: (catalog: Catalog) => number;
}): CheckModule<Record<O, number>> {
  const reported = new WeakSet<Catalog>();
  return defineCheck<Record<O, number>>({
    name: spec.name,
    create(ctx) {
      const visit = (node: CreateTable | CreateKeyspace): void => {
        const position = ctx.catalog.creationCounts.get(node);
        const max = ctx.options[spec.option];
        if (position === undefined || position <= max || reported.has(ctx.catalog)) return;
        reported.add(ctx.catalog);
        ctx.report({ at: node.name, data: { count: Math.max(position, spec.total(ctx.catalog)), position, max } });
      };
      return { [spec.statement]: visit };
    },
  });
}
