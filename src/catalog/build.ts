import type { AlterTable, CreateKeyspace, CreateTable, PropertyMap, Statement } from '../cql/ast/nodes.js';
import { AWS_REGION_NAME } from '../keyspaces/regions.js';
import { Catalog, type CatalogPosition, type ColumnInfo, type KeyspaceInfo, type TableInfo, type TargetTableState } from './catalog.js';
import { customFeatureEnabled, numberValue, property, replicationOf } from './properties.js';

/** One parsed input, in the order the audit saw it. */
export interface CatalogSource {
  file: string;
  statements: readonly Statement[];
}

/**
 * Builds the catalog from every DDL statement of every source, in order (CREATE/ALTER/DROP of
 * keyspaces, tables and types), resolving unqualified names through `USE` (which holds until the
 * end of its source). `targetTables` are the user's declarations of the target's state.
 */
export function buildCatalog(sources: readonly CatalogSource[], targetTables: Record<string, TargetTableState> = {}): Catalog {
  const catalog = new Catalog(targetTables);
  for (const source of sources) {
    let keyspace: string | undefined;
    for (const [statementIndex, stmt] of source.statements.entries()) {
      const at: CatalogPosition = { file: source.file, statementIndex };
      switch (stmt.kind) {
        case 'Use':
          keyspace = stmt.keyspace.text;
          break;
        case 'CreateKeyspace':
          createKeyspace(catalog, stmt);
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
          break;
        case 'CreateTable':
          createTable(catalog, stmt, keyspace, source.file);
          catalog.creationCounts.set(stmt, catalog.tables.size);
          break;
        case 'AlterTable':
          alterTable(catalog, stmt, keyspace, at);
          break;
        case 'DropTable':
          catalog.tables.delete(catalog.qualify(stmt.name, keyspace));
          break;
        case 'CreateType': {
          const ks = stmt.name.keyspace?.text ?? keyspace ?? '';
          catalog.types.set(`${ks}.${stmt.name.name.text}`, {
            keyspace: ks,
            name: stmt.name.name.text,
            fields: new Map(stmt.fields.map((f) => [f.name.text, f.type])),
          });
          break;
        }
        case 'DropType':
          catalog.types.delete(catalog.qualify(stmt.name, keyspace));
          break;
        default:
          break;
      }
    }
  }
  return catalog;
}

function createKeyspace(catalog: Catalog, stmt: CreateKeyspace): void {
  if (stmt.ifNotExists && catalog.keyspaces.has(stmt.name.text)) return;
  const ks: KeyspaceInfo = { name: stmt.name.text, clientSideTimestamps: false, multiRegion: false };
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

function createTable(catalog: Catalog, stmt: CreateTable, currentKeyspace: string | undefined, file: string): void {
  const id = catalog.qualify(stmt.name, currentKeyspace);
  if (stmt.ifNotExists && catalog.tables.has(id)) return;
  const keyspace = stmt.name.keyspace?.text ?? currentKeyspace ?? '';
  const partitionKey = stmt.primaryKey?.partitionKey.map((i) => i.text) ?? [];
  const clustering = stmt.primaryKey?.clusteringColumns.map((i) => i.text) ?? [];
  const columns = new Map<string, ColumnInfo>();
  for (const c of stmt.columns) {
    const name = c.name.text;
    const role = partitionKey.includes(name) ? 'partition' : clustering.includes(name) ? 'clustering' : c.static ? 'static' : 'regular';
    columns.set(name, { name, type: c.type, role });
  }
  const ks = catalog.keyspaces.get(keyspace);
  const table: TableInfo = {
    keyspace,
    name: stmt.name.name.text,
    id,
    columns,
    partitionKey,
    clustering,
    ttl: false,
    clientSideTimestamps: ks?.clientSideTimestamps === true || ks?.multiRegion === true,
    counter: false,
    definedIn: { file, line: stmt.range.start.line },
    definition: { file, statement: stmt },
  };
  applyTableProperties(table, stmt.properties);
  updateCounter(table);
  catalog.tables.set(id, table);
}

function alterTable(catalog: Catalog, stmt: AlterTable, currentKeyspace: string | undefined, at: CatalogPosition): void {
  const table = catalog.tables.get(catalog.qualify(stmt.name, currentKeyspace));
  if (table === undefined) return;
  const action = stmt.action;
  switch (action.kind) {
    case 'AlterTableAdd':
      for (const c of action.columns) table.columns.set(c.name.text, { name: c.name.text, type: c.type, role: c.static ? 'static' : 'regular' });
      break;
    case 'AlterTableDrop':
      for (const c of action.columns) table.columns.delete(c.text);
      break;
    case 'AlterTableRename':
      for (const r of action.renames) {
        const col = table.columns.get(r.from.text);
        if (col === undefined) continue;
        table.columns.delete(r.from.text);
        table.columns.set(r.to.text, { ...col, name: r.to.text });
        table.partitionKey = table.partitionKey.map((n) => (n === r.from.text ? r.to.text : n));
        table.clustering = table.clustering.map((n) => (n === r.from.text ? r.to.text : n));
      }
      break;
    case 'AlterTableAlterType': {
      const col = table.columns.get(action.column.text);
      if (col !== undefined) col.type = action.type;
      break;
    }
    case 'AlterTableWith': {
      const { ttl, clientSideTimestamps } = table;
      applyTableProperties(table, action.properties);
      if (table.ttl && !ttl) table.ttlSince = at;
      if (table.clientSideTimestamps && !clientSideTimestamps) table.clientSideTimestampsSince = at;
      break;
    }
    default:
      break;
  }
  updateCounter(table);
}

function applyTableProperties(table: TableInfo, props: PropertyMap): void {
  const ttl = numberValue(property(props, 'default_time_to_live'));
  // Setting the default back to 0 does not turn the feature off (keyspaces-facts §9).
  if ((ttl !== undefined && ttl > 0) || customFeatureEnabled(props, 'ttl')) table.ttl = true;
  if (customFeatureEnabled(props, 'client_side_timestamps')) table.clientSideTimestamps = true;
}

function updateCounter(table: TableInfo): void {
  const nonKey = [...table.columns.values()].filter((c) => c.role === 'regular' || c.role === 'static');
  table.counter = nonKey.length > 0 && nonKey.every((c) => c.type.kind === 'NativeType' && c.type.name === 'counter');
}
