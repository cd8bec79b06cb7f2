// Builds the statement cost model from CQL text: a schema, sizes per table, and statements to cost.
import { buildCatalog } from '../../src/catalog/build.js';
import type { Catalog } from '../../src/catalog/catalog.js';
import { parseScript } from '../../src/cql/parse.js';
import { TableModel } from '../../src/estimate/row-model.js';
import { tableKey, type TableSizes } from '../../src/estimate/sizes.js';
import { modelCache, statementCost, type StatementCost } from '../../src/estimate/statement-cost.js';

export interface Schema {
  catalog: Catalog;
  model: (id: string) => TableModel;
  cost: (cql: string, keyspace?: string) => StatementCost;
}

/** The model over `ddl`, with `sizes` per `ks.table`, and unknown values counted as `valueBytes`. */
export function schema(ddl: string, sizes: Record<string, Partial<TableSizes>> = {}, valueBytes = 64): Schema {
  const parsed = parseScript(ddl);
  if (parsed.errors.length > 0) throw new Error(parsed.errors.map((e) => e.message).join('; '));
  const catalog = buildCatalog([{ file: 'schema.cql', statements: parsed.statements }]);
  const model = modelCache((id) => {
    const s = sizes[id];
    return new TableModel(id, catalog.tables.get(id), s === undefined ? undefined : { columns: {}, basis: ['flags'], ...s }, { valueBytes });
  });
  return {
    catalog,
    model,
    cost(cql, keyspace) {
      const p = parseScript(cql);
      if (p.errors.length > 0 || p.statements.length !== 1) throw new Error(`not one statement: ${cql}`);
      const c = statementCost(p.statements[0]!, keyspace, { catalog, model });
      if (c === undefined) throw new Error(`no cost for ${cql}`);
      return c;
    },
  };
}

export { tableKey };
