import type { CqlType, CreateKeyspace, CreateTable, CreateType, QualifiedName, Statement } from '../cql/ast/nodes.js';


/** Keyspace and table names Amazon Keyspaces accepts (keyspaces-facts §12; rule KS5004 invalid-name). */
export const KEYSPACES_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_]{0,47}$/;

/**
 * Cassandra's system keyspaces that Amazon Keyspaces does not have (keyspaces-facts §14: an account has
 * only `system`, `system_schema`, `system_schema_mcs` and `system_multiregion_info`).
 */
export const CASSANDRA_ONLY_KEYSPACES: ReadonlySet<string> = new Set([
  'system_auth',
  'system_distributed',
  'system_traces',
  'system_views',
  'system_virtual_schema',
]);

/**
 * The system keyspaces every Amazon Keyspaces account has, read-only and holding Keyspaces' own
 * tables (keyspaces-facts §14: they cannot be modified or dropped).
 */
export const KEYSPACES_SYSTEM_KEYSPACES: ReadonlySet<string> = new Set(['system', 'system_schema', 'system_schema_mcs', 'system_multiregion_info']);

/**
 * Apache Cassandra's own keyspaces (`DESCRIBE FULL SCHEMA` prints their definitions): the ones
 * Keyspaces lacks, and `system` and `system_schema`, which Keyspaces has as read-only keyspaces of
 * its own. None of them belongs in a Keyspaces schema.
 */
export const CASSANDRA_SYSTEM_KEYSPACES: ReadonlySet<string> = new Set([...CASSANDRA_ONLY_KEYSPACES, 'system', 'system_schema']);

/** Where a table's role puts a column. */
export type ColumnRole = 'partition' | 'clustering' | 'static' | 'regular';

export interface ColumnInfo {
  name: string;
  type: CqlType;
  role: ColumnRole;
}

/**
 * Where a statement stands in an audit: its source and its 0-based index there. Rules pass the
 * position of the statement they judge, so a feature that a later ALTER in the same script turns on
 * does not count for the statements before it (Keyspaces would refuse those when the script runs).
 * Across sources there is no order to trust, so DDL in other files always counts.
 */
export interface CatalogPosition {
  file: string;
  statementIndex: number;
}

/** True when `change` happens after `at` in the same source. */
export function happensLater(change: CatalogPosition | undefined, at: CatalogPosition | undefined): boolean {
  return change !== undefined && at !== undefined && change.file === at.file && change.statementIndex > at.statementIndex;
}

/** What the user declares about a target table that no CQL shows (config `targetTables`). */
export interface TargetTableState {
  ttl?: boolean;
  clientSideTimestamps?: boolean;
}

export interface TableInfo {
  /** Empty when the input names no keyspace for it (no USE, not qualified). */
  keyspace: string;
  name: string;
  /** `keyspace.name`. */
  id: string;
  columns: Map<string, ColumnInfo>;
  partitionKey: string[];
  clustering: string[];
  /** TTL feature on: `default_time_to_live` > 0 or `custom_properties.ttl` enabled (or declared by the user). */
  ttl: boolean;
  /** Client-side timestamps on: `custom_properties.client_side_timestamps` enabled, a multi-Region keyspace, or declared. */
  clientSideTimestamps: boolean;
  /** The ALTER that turned the TTL feature on after the table was created (absent: on from the start, or off). */
  ttlSince?: CatalogPosition;
  /** The ALTER (of the table or of its keyspace) that turned client-side timestamps on after creation. */
  clientSideTimestampsSince?: CatalogPosition;
  /** Every non-key column is a counter. */
  counter: boolean;
  /** Where the table was defined. */
  definedIn?: { file: string; line: number };
  /** The CREATE TABLE statement that defined it (for fixes that edit the definition). */
  definition?: { file: string; statement: CreateTable };
  /**
   * The table as it stands after every ALTER TABLE, as one CREATE TABLE (columns in order, key,
   * clustering order, options); `columns`, `partitionKey` and `clustering` are read from it.
   */
  ddl: CreateTable;
  /** The `ordinal` of the statement that created it (see `SessionStatement`). */
  ordinal: number;
}

export interface KeyspaceInfo {
  name: string;
  clientSideTimestamps: boolean;
  /** NetworkTopologyStrategy with two or more data centres (Keyspaces turns client-side timestamps on for these). */
  multiRegion: boolean;
  /** The ALTER KEYSPACE that made it multi-Region after it was created. */
  multiRegionSince?: CatalogPosition;
  /** The keyspace as one CREATE KEYSPACE: its definition with every ALTER KEYSPACE's properties set over it. */
  ddl: CreateKeyspace;
  /** The `ordinal` of the statement that created it. */
  ordinal: number;
}

/** A secondary index (2i, SASI or SAI) the input defines: Keyspaces has none, but queries may rely on it. */
export interface IndexInfo {
  keyspace: string;
  /** As written, or Cassandra's default `<table>_<column>_idx` when the CREATE INDEX names none. */
  name: string;
  /** `keyspace.name`. */
  id: string;
  /** The indexed table's id (`keyspace.table`). */
  table: string;
  /** What it indexes: a column (`simple`), or a collection's `keys`, `values`, `entries` or `full` value. */
  targets: Array<{ column: string; type: 'simple' | 'keys' | 'values' | 'entries' | 'full' }>;
  /** The class of a custom index as written (`sai`, `StorageAttachedIndex`, a SASI class name). */
  using?: string;
  /** Where the CREATE INDEX is. */
  at: CatalogPosition;
}

export interface TypeInfo {
  /** Empty when the input names no keyspace for it (no USE, not qualified). */
  keyspace: string;
  name: string;
  fields: Map<string, CqlType>;
  /** The type after every ALTER TYPE, as one CREATE TYPE; `fields` is read from it. */
  ddl: CreateType;
  /** The `ordinal` of the statement that created it. */
  ordinal: number;
}

/**
 * Keyspaces, tables (with columns and Keyspaces features) and user-defined types as left by all
 * DDL of an audit, in order. Names are the AST's normalised names; ids are `keyspace.name`.
 * Built by `buildCatalog`; rules and the converter only read it.
 */
export class Catalog {
  readonly keyspaces = new Map<string, KeyspaceInfo>();
  readonly tables = new Map<string, TableInfo>();
  readonly types = new Map<string, TypeInfo>();
  /** Secondary indexes by id (`keyspace.name`). */
  readonly indexes = new Map<string, IndexInfo>();
  /** For each CREATE TABLE / CREATE KEYSPACE statement: how many tables/keyspaces existed right after it. */
  readonly creationCounts = new WeakMap<Statement, number>();
  readonly targetTables: ReadonlyMap<string, TargetTableState>;

  constructor(targetTables: Record<string, TargetTableState> = {}) {
    this.targetTables = new Map(Object.entries(targetTables).map(([k, v]) => [k.toLowerCase(), v]));
  }

  /** The id `keyspace.name` of a table reference, resolving an unqualified name through `currentKeyspace`. */
  qualify(name: QualifiedName, currentKeyspace: string | undefined): string {
    const ks = name.keyspace?.text ?? currentKeyspace;
    return ks === undefined ? name.name.text : `${ks}.${name.name.text}`;
  }

  /** The table a reference names, if the audit defined it. */
  findTable(name: QualifiedName, currentKeyspace: string | undefined): TableInfo | undefined {
    const ks = name.keyspace?.text ?? currentKeyspace;
    if (ks !== undefined) return this.tables.get(`${ks}.${name.name.text}`);
    // Unqualified and no USE: accept a unique match across keyspaces.
    const matches = [...this.tables.values()].filter((t) => t.name === name.name.text);
    return matches.length === 1 ? matches[0] : undefined;
  }

  /** The user's declaration for a table id (`ks.t`), matched case-insensitively. */
  target(id: string): TargetTableState | undefined {
    return this.targetTables.get(id.toLowerCase());
  }

  /** Whether writes with TTL work on the target table (at `at`): defined with the feature, or declared by the user. */
  ttlEnabled(id: string, at?: CatalogPosition): boolean {
    if (this.target(id)?.ttl === true) return true;
    const table = this.tables.get(id);
    return table?.ttl === true && !happensLater(table.ttlSince, at);
  }

  /** Whether client-side timestamps are on for the target table (at `at`). */
  clientSideTimestampsEnabled(id: string, at?: CatalogPosition): boolean {
    if (this.target(id)?.clientSideTimestamps === true) return true;
    const table = this.tables.get(id);
    return table?.clientSideTimestamps === true && !happensLater(table.clientSideTimestampsSince, at);
  }

  /** Whether a keyspace is multi-Region (at `at`). */
  multiRegion(keyspace: string, at?: CatalogPosition): boolean {
    const ks = this.keyspaces.get(keyspace);
    return ks?.multiRegion === true && !happensLater(ks.multiRegionSince, at);
  }

  /** The indexes on a table (by id) that exist as of `at`: one created later in the same script does not count yet. */
  indexesOn(tableId: string, at?: CatalogPosition): IndexInfo[] {
    return [...this.indexes.values()].filter((i) => i.table === tableId && !happensLater(i.at, at));
  }

  /** An index by name, its keyspace resolved through `currentKeyspace` (or, without one, a unique match). */
  findIndex(name: QualifiedName, currentKeyspace: string | undefined): IndexInfo | undefined {
    const ks = name.keyspace?.text ?? currentKeyspace;
    if (ks !== undefined) return this.indexes.get(`${ks}.${name.name.text}`);
    const matches = [...this.indexes.values()].filter((i) => i.name === name.name.text);
    return matches.length === 1 ? matches[0] : undefined;
  }

  /** A user-defined type by keyspace and name. */
  findType(keyspace: string | undefined, name: string): TypeInfo | undefined {
    if (keyspace !== undefined) return this.types.get(`${keyspace}.${name}`);
    const matches = [...this.types.values()].filter((t) => t.name === name);
    return matches.length === 1 ? matches[0] : undefined;
  }
}
