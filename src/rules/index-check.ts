import { defineCheck, type CheckModule } from './context.js';
import { indexNeeds, indexTargetText, queryTableDesign } from './index-reliance.js';

/**
 * The checks of the two rules about queries that rely on a secondary index: `query-uses-index`
 * reports a SELECT one of whose restrictions an audited index serves (naming the indexes), and
 * `query-assumes-index` one that only an index could serve while no audited schema defines it
 * (naming what the finding assumes). One finding per SELECT, at the first such restriction; the
 * two never report the same SELECT.
 */
export function indexCheck(name: 'query-uses-index' | 'query-assumes-index'): CheckModule {
  return defineCheck({
    name,
    create(ctx) {
      return {
        Select(node) {
          const table = ctx.table(node.table);
          const tableId = table?.id ?? ctx.qualify(node.table);
          const needs = indexNeeds(node, table, ctx.catalog, ctx.keyspace, ctx.position);
          const known = needs.filter((n) => n.index !== undefined);
          const reported = name === 'query-uses-index' ? known : known.length === 0 ? needs : [];
          const first = reported[0];
          if (first === undefined) return;
          const indexes =
            name === 'query-uses-index'
              ? [...new Set(known.map((n) => `${n.index!.name} (${indexTargetText(n)})`))].join(', ')
              : indexTargetText(first);
          ctx.report({ at: first.relation, data: { table: tableId, relation: ctx.text(first.relation).replace(/\s+/g, ' '), index: indexes, ...queryTableDesign(first, tableId, table) } });
        },
      };
    },
  });
}
