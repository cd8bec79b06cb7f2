import type { Catalog } from '../../catalog/catalog.js';
import { defineCheck } from '../context.js';

/** Audits (catalogs) already reported: the quota is crossed once per audit, whichever source crosses it. */
const reported = new WeakSet<Catalog>();

export default defineCheck<{ maxTables: number }>({
  name: 'too-many-tables',
  create(ctx) {
    return {
      CreateTable(node) {
        const position = ctx.catalog.creationCounts.get(node);
        const max = ctx.options.maxTables;
        if (position === undefined || position <= max || reported.has(ctx.catalog)) return;
        reported.add(ctx.catalog);
        // The first CREATE TABLE past the quota; the count is how many tables the whole audit ends up defining.
        ctx.report({ at: node.name, data: { count: Math.max(position, ctx.catalog.tables.size), position, max } });
      },
    };
  },
});
