import type { CqlType, Relation, Select, WhereRelation } from '../cql/ast/nodes.js';
import { identifier } from '../cql/ast/make.js';
import { printIdentifier, printType } from '../cql/ast/print.js';
import type { Catalog, CatalogPosition, IndexInfo, TableInfo } from '../catalog/catalog.js';

/** What an index has to index to serve a relation: a column's value, or a collection's values, keys or entries. */
export type IndexTargetType = IndexInfo['targets'][number]['type'];

/** One restriction of a SELECT that Cassandra serves only with a secondary index. */
export interface IndexNeed {
  /** The relation, or the `expr(index, …)` expression. */
  relation: WhereRelation;
  /** The restricted column; undefined for an `expr()` on an index the audit does not know. */
  column: string | undefined;
  type: IndexTargetType;
  /** The audited index that serves it, when the input (or the live cluster) defines one. */
  index: IndexInfo | undefined;
  /** For `expr(index, …)`: the index name as written. */
  indexName?: string;
}

/** Index target types that can serve a restriction needing `type` (an unqualified index on a collection indexes its values). */
const SERVES: Record<IndexTargetType, readonly IndexTargetType[]> = {
  simple: ['simple', 'full'],
  full: ['full', 'simple'],
  values: ['values', 'simple'],
  keys: ['keys'],
  entries: ['entries'],
};

/**
 * The restrictions of a SELECT that Cassandra serves only with a secondary index, as of `at`
 * (ALLOW FILTERING aside, which makes any of them a filtered scan): `expr(index, …)`; CONTAINS and
 * CONTAINS KEY; a map entry `m['k'] = …`; and, when the table is known, a restriction on a regular
 * or static column, or on a key column while the partition key is not fully restricted with `=` or
 * IN. Each comes with the audited index that serves it, if any. LIKE is left to its own rule.
 */
export function indexNeeds(select: Select, table: TableInfo | undefined, catalog: Catalog, keyspace: string | undefined, at: CatalogPosition): IndexNeed[] {
  if (select.allowFiltering) return [];
  const tableId = table?.id ?? catalog.qualify(select.table, keyspace);
  const indexes = catalog.indexesOn(tableId, at);
  const served = (column: string, type: IndexTargetType): IndexInfo | undefined =>
    indexes.find((i) => i.targets.some((t) => t.column === column && SERVES[type].includes(t.type))) ?? indexes.find((i) => i.targets.some((t) => t.column === column));
  const keyRestricted = table !== undefined && partitionKeyRestricted(select, table);
  const out: IndexNeed[] = [];
  for (const relation of select.where) {
    if (relation.kind === 'IndexExpression') {
      const index = catalog.findIndex(relation.index, table?.keyspace ?? keyspace);
      const target = index?.targets[0];
      out.push({ relation, column: target?.column, type: target?.type ?? 'simple', index, indexName: relation.index.name.text });
      continue;
    }
    const need = neededTarget(relation, table, keyRestricted);
    if (need !== undefined) out.push({ relation, ...need, index: served(need.column, need.type) });
  }
  return out;
}

function neededTarget(relation: Relation, table: TableInfo | undefined, keyRestricted: boolean): { column: string; type: IndexTargetType } | undefined {
  const left = relation.left;
  if (left.kind === 'ElementAccess' && left.target.kind === 'ColumnRef') return { column: left.target.name.text, type: 'entries' };
  if (left.kind !== 'ColumnRef') return undefined;
  const column = left.name.text;
  if (relation.operator === 'CONTAINS') return { column, type: 'values' };
  if (relation.operator === 'CONTAINS KEY') return { column, type: 'keys' };
  if (relation.operator === 'LIKE' || relation.operator === 'IS NOT NULL' || table === undefined) return undefined;
  const info = table.columns.get(column);
  if (info === undefined) return undefined;
  const byKey = (info.role === 'partition' || info.role === 'clustering') && keyRestricted;
  if (byKey) return undefined;
  return { column, type: info.type.kind === 'FrozenType' && relation.operator === '=' ? 'full' : 'simple' };
}

/** Every partition key column restricted with `=` or IN. */
function partitionKeyRestricted(select: Select, table: TableInfo): boolean {
  const restricted = new Set(
    select.where.flatMap((r) => (r.kind === 'Relation' && r.left.kind === 'ColumnRef' && (r.operator === '=' || r.operator === 'IN') ? [r.left.name.text] : [])),
  );
  return table.partitionKey.length > 0 && table.partitionKey.every((c) => restricted.has(c));
}

/** The index a need names, as CREATE INDEX would write its target: `email`, `values(tags)`, `entries(attrs)`. */
export function indexTargetText(need: IndexNeed): string {
  if (need.column === undefined) return need.indexName ?? '?';
  const column = printIdentifier(identifier(need.column));
  return need.type === 'simple' ? column : `${need.type}(${column})`;
}

/**
 * The query table that serves a need instead of the index: partition key = what the index served
 * (the column, a collection's element or key, or a map entry's key and value), then the base
 * table's primary key as clustering columns. The CREATE TABLE when the base table is known (one
 * line of CQL), else only its name.
 */
export function queryTableDesign(need: IndexNeed, tableId: string, table: TableInfo | undefined): { key: string; design: string } {
  const name = (text: string): string => printIdentifier(identifier(text));
  const [keyspace, base] = tableId.includes('.') ? [tableId.slice(0, tableId.indexOf('.')), tableId.slice(tableId.indexOf('.') + 1)] : [undefined, tableId];
  const what = need.column ?? need.indexName ?? 'value';
  const queryTable = `${keyspace === undefined ? '' : `${name(keyspace)}.`}${name(`${base}_by_${what}`)}`;
  const type = need.column === undefined ? undefined : table?.columns.get(need.column)?.type;
  const keyColumns = keyColumnsFor(need, what, type);
  const key = keyColumns.map((c) => name(c.name)).join(', ');
  if (table === undefined || keyColumns.some((c) => c.type === undefined)) return { key, design: queryTable };
  const baseKey = [...table.partitionKey, ...table.clustering].filter((c) => !keyColumns.some((k) => k.name === c));
  const columns = [...keyColumns.map((c) => `${name(c.name)} ${printType(c.type as CqlType)}`), ...baseKey.map((c) => `${name(c)} ${printType(table.columns.get(c)!.type)}`)];
  const primaryKey = `(${key})${baseKey.length > 0 ? `, ${baseKey.map(name).join(', ')}` : ''}`;
  return { key, design: `CREATE TABLE ${queryTable} (${columns.join(', ')}, PRIMARY KEY (${primaryKey}))` };
}

function keyColumnsFor(need: IndexNeed, column: string, type: CqlType | undefined): Array<{ name: string; type: CqlType | undefined }> {
  const inner = type?.kind === 'FrozenType' ? type.inner : type;
  switch (need.type) {
    case 'values':
      return [{ name: column, type: inner?.kind === 'MapType' ? inner.value : inner?.kind === 'SetType' || inner?.kind === 'ListType' ? inner.element : type }];
    case 'keys':
      return [{ name: column, type: inner?.kind === 'MapType' ? inner.key : undefined }];
    case 'entries':
      return [
        { name: `${column}_key`, type: inner?.kind === 'MapType' ? inner.key : undefined },
        { name: `${column}_value`, type: inner?.kind === 'MapType' ? inner.value : undefined },
      ];
    default:
      return [{ name: column, type }];
  }
}
