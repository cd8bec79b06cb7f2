import type { AlterTable, AlterType, CreateIndex, CreateKeyspace, CreateTable, CreateType, PropertyMap, QualifiedName } from '../cql/ast/nodes.js';
import { applyAlterTable, applyAlterType, mergeProperties } from './alter.js';
import { AWS_REGION_NAME } from '../keyspaces/regions.js';
import { Catalog, type CatalogPosition, type ColumnInfo, type KeyspaceInfo, type TableInfo, type TargetTableState, type TypeInfo } from './catalog.js';
import { customFeatureEnabled, numberValue, property, replicationOf } from './properties.js';
import { sessionStatements, type CatalogSource } from './session.js';

export type { CatalogSource } from './session.js';

/**
 * Builds the catalog from every DDL statement of every source, in order (CREATE/ALTER/DROP of
 * keyspaces, tables and types), resolving unqualified names through `USE` (which holds until the
 * end of its source). `targetTables` are the user's declarations of the target's state.
 *
 * Secondary indexes are kept too (CREATE/DROP INDEX): Keyspaces has none, but the queries that
 * rely on one need a table of their own there.
 *
 * As on Cassandra, a CREATE of an object that exists changes nothing (with or without IF NOT
 * EXISTS: without it Cassandra refuses the statement), and DROP KEYSPACE drops its tables, types
 * and indexes (DROP TABLE its indexes).
 */
export function buildCatalog(sources: readonly CatalogSource[], targetTables: Record<string, TargetTableState> = {}): Catalog {
  const catalog = new Catalog(targetTables);
  for (const { statement: stmt, keyspace, at, ordinal } of sessionStatements(sources)) {
    switch (stmt.kind) {
      case 'CreateKeyspace':
        createKeyspace(catalog, stmt, ordinal);
        catalog.creationCounts.set(stmt, catalog.keyspaces.size);
        break;
      case 'AlterKeyspace': {
        const ks = catalog.keyspaces.get(stmt.name.text);
        if (ks !== undefined && stmt.properties !== undefined) alterKeyspace(catalog, ks, stmt.properties, at);
        break;
      }
      case 'DropKeyspace':
        catalog.keyspaces.delete(stmt.name.text);
        for (const [id, t] of catalog.tables) if (t.keyspace === stmt.name.text) catalog.tables.delete(id);
        for (const [id, t] of catalog.types) if (t.keyspace === stmt.name.text) catalog.types.delete(id);
        for (const [id, i] of catalog.indexes) if (i.keyspace === stmt.name.text) catalog.indexes.delete(id);
        break;
      case 'CreateTable':
        createTable(catalog, stmt, keyspace, at.file, ordinal);
        catalog.creationCounts.set(stmt, catalog.tables.size);
        break;
      case 'AlterTable':
        alterTable(catalog, stmt, keyspace, at);
        break;
      case 'DropTable': {
        const id = catalog.qualify(stmt.name, keyspace);
        catalog.tables.delete(id);
        for (const [indexId, i] of catalog.indexes) if (i.table === id) catalog.indexes.delete(indexId);
        break;
      }
      case 'CreateIndex':
        createIndex(catalog, stmt, keyspace, at);
        break;
      case 'DropIndex': {
        const index = catalog.findIndex(stmt.name, keyspace);
        if (index !== undefined) catalog.indexes.delete(index.id);
        break;
      }
      case 'CreateType':
        createType(catalog, stmt, keyspace, ordinal);
        break;
      case 'AlterType':
        alterType(catalog, stmt, keyspace);
        break;
      case 'DropType':
        catalog.types.delete(typeId(stmt.name, keyspace));
        break;
      default:
        break;
    }
  }
  return catalog;
}

function createKeyspace(catalog: Catalog, stmt: CreateKeyspace, ordinal: number): void {
  if (catalog.keyspaces.has(stmt.name.text)) return;
  const ks: KeyspaceInfo = { name: stmt.name.text, clientSideTimestamps: false, multiRegion: false, ddl: stmt, ordinal };
  applyKeyspaceProperties(ks, stmt.properties);
  catalog.keyspaces.set(ks.name, ks);
}

function applyKeyspaceProperties(ks: KeyspaceInfo, props: PropertyMap): void {
  const replication = replicationOf(props);
  if (replication?.className === 'NetworkTopologyStrategy') {
    // Only Region-named data centres make a Keyspaces multi-Region keyspace; Cassandra DC names are converted to a single Region.
    const dcs = [...replication.options.keys()].filter((k) => k !== 'replication_factor');
    ks.multiRegion = dcs.length >= 2 && dcs.every((dc) => AWS_REGION_NAME.test(dc));
  } else if (replication !== undefined) {
    ks.multiRegion = false;
  }
  // ALTER KEYSPACE … AND CLIENT_SIDE_TIMESTAMPS = {'status': 'ENABLED'} (only ever turns it on).
  const cst = property(props, 'client_side_timestamps');
  if (cst !== undefined && cst.kind === 'MapLiteral') {
    for (const e of cst.entries) {
      if (e.key.kind === 'Literal' && e.key.value?.toLowerCase() === 'status' && e.value.kind === 'Literal' && e.value.value?.toLowerCase() === 'enabled') {
        ks.clientSideTimestamps = true;
      }
    }
  }
}

/** ALTER KEYSPACE: a keyspace that becomes multi-Region turns client-side timestamps on for its tables. */
function alterKeyspace(catalog: Catalog, ks: KeyspaceInfo, props: PropertyMap, at: CatalogPosition): void {
  const wasMultiRegion = ks.multiRegion;
  const hadTimestamps = ks.clientSideTimestamps;
  ks.ddl = { ...ks.ddl, properties: mergeProperties(ks.ddl.properties, props) };
  applyKeyspaceProperties(ks, props);
  if (ks.multiRegion && !wasMultiRegion) ks.multiRegionSince = at;
  if ((ks.multiRegion && !wasMultiRegion) || (ks.clientSideTimestamps && !hadTimestamps)) {
    for (const table of catalog.tables.values()) {
      if (table.keyspace !== ks.name || table.clientSideTimestamps) continue;
      table.clientSideTimestamps = true;
      table.clientSideTimestampsSince = at;
    }
  }
}

function createTable(catalog: Catalog, stmt: CreateTable, currentKeyspace: string | undefined, file: string, ordinal: number): void {
  const id = catalog.qualify(stmt.name, currentKeyspace);
  if (catalog.tables.has(id)) return;
  const keyspace = stmt.name.keyspace?.text ?? currentKeyspace ?? '';
  const ks = catalog.keyspaces.get(keyspace);
  const table: TableInfo = {
    keyspace,
    name: stmt.name.name.text,
    id,
    ...shapeOf(stmt),
    ttl: false,
    clientSideTimestamps: ks?.clientSideTimestamps === true || ks?.multiRegion === true,
    definedIn: { file, line: stmt.range.start.line },
    definition: { file, statement: stmt },
    ddl: stmt,
    ordinal,
  };
  applyTableProperties(table, stmt.properties);
  catalog.tables.set(id, table);
}

/** What the rules read of a table's definition: its columns with their roles, the key, and whether it is a counter table. */
function shapeOf(ddl: CreateTable): Pick<TableInfo, 'columns' | 'partitionKey' | 'clustering' | 'counter'> {
  const partitionKey = ddl.primaryKey?.partitionKey.map((i) => i.text) ?? [];
  const clustering = ddl.primaryKey?.clusteringColumns.map((i) => i.text) ?? [];
  const columns = new Map<string, ColumnInfo>();
  for (const c of ddl.columns) {
    const name = c.name.text;
    const role = partitionKey.includes(name) ? 'partition' : clustering.includes(name) ? 'clustering' : c.static ? 'static' : 'regular';
    columns.set(name, { name, type: c.type, role });
  }
  const nonKey = [...columns.values()].filter((c) => c.role === 'regular' || c.role === 'static');
  const counter = nonKey.length > 0 && nonKey.every((c) => c.type.kind === 'NativeType' && c.type.name === 'counter');
  return { columns, partitionKey, clustering, counter };
}

function alterTable(catalog: Catalog, stmt: AlterTable, currentKeyspace: string | undefined, at: CatalogPosition): void {
  const table = catalog.tables.get(catalog.qualify(stmt.name, currentKeyspace));
  if (table === undefined) return;
  table.ddl = applyAlterTable(table.ddl, stmt);
  Object.assign(table, shapeOf(table.ddl));
  if (stmt.action.kind === 'AlterTableWith') {
    const { ttl, clientSideTimestamps } = table;
    applyTableProperties(table, stmt.action.properties);
    if (table.ttl && !ttl) table.ttlSince = at;
    if (table.clientSideTimestamps && !clientSideTimestamps) table.clientSideTimestampsSince = at;
  }
}

function applyTableProperties(table: TableInfo, props: PropertyMap): void {
  const ttl = numberValue(property(props, 'default_time_to_live'));
  // Setting the default back to 0 does not turn the feature off (keyspaces-facts §9).
  if ((ttl !== undefined && ttl > 0) || customFeatureEnabled(props, 'ttl')) table.ttl = true;
  if (customFeatureEnabled(props, 'client_side_timestamps')) table.clientSideTimestamps = true;
}

/** A CREATE INDEX: named as written, or as Cassandra names it (`<table>_<column>_idx`). An existing name changes nothing. */
function createIndex(catalog: Catalog, stmt: CreateIndex, currentKeyspace: string | undefined, at: CatalogPosition): void {
  const keyspace = stmt.table.keyspace?.text ?? currentKeyspace ?? '';
  const table = stmt.table.name.text;
  const name = stmt.name?.text ?? `${table}_${stmt.targets.map((t) => t.column.text).join('_')}_idx`;
  const id = `${keyspace}.${name}`;
  if (catalog.indexes.has(id)) return;
  catalog.indexes.set(id, {
    keyspace,
    name,
    id,
    table: catalog.qualify(stmt.table, currentKeyspace),
    targets: stmt.targets.map((t) => ({ column: t.column.text, type: t.type })),
    ...(stmt.using?.value !== undefined ? { using: stmt.using.value } : {}),
    at,
  });
}

/** Types are keyed `keyspace.name`, with an empty keyspace when the input names none. */
function typeId(name: QualifiedName, currentKeyspace: string | undefined): string {
  return `${name.keyspace?.text ?? currentKeyspace ?? ''}.${name.name.text}`;
}

function createType(catalog: Catalog, stmt: CreateType, currentKeyspace: string | undefined, ordinal: number): void {
  const id = typeId(stmt.name, currentKeyspace);
  if (catalog.types.has(id)) return;
  catalog.types.set(id, { keyspace: stmt.name.keyspace?.text ?? currentKeyspace ?? '', name: stmt.name.name.text, fields: fieldsOf(stmt), ddl: stmt, ordinal });
}

function alterType(catalog: Catalog, stmt: AlterType, currentKeyspace: string | undefined): void {
  const type = catalog.types.get(typeId(stmt.name, currentKeyspace));
  if (type === undefined) return;
  type.ddl = applyAlterType(type.ddl, stmt);
  type.fields = fieldsOf(type.ddl);
}

function fieldsOf(ddl: CreateType): TypeInfo['fields'] {
  return new Map(ddl.fields.map((f) => [f.name.text, f.type]));
}
