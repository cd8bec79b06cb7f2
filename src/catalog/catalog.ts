import type { CqlType, CreateTable, QualifiedName, Statement } from '../cql/ast/nodes.js';

/** The shape of AWS Region names (`us-east-1`, `eu-central-2`, `us-gov-west-1`, `ap-southeast-5`). */
export const AWS_REGION_NAME = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;

/** Where a table's role puts a column. */
export type ColumnRole = 'partition' | 'clustering' | 'static' | 'regular';

export interface ColumnInfo {
  name: string;
  type: CqlType;
  role: ColumnRole;
}

/** What the user declares about a target table that no CQL shows (config `targetTables`). */
export interface TargetTableState {
  ttl?: boolean;
  clientSideTimestamps?: boolean;
}

export interface TableInfo {
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
  /** Every non-key column is a counter. */
  counter: boolean;
  /** Where the table was (last) defined. */
  definedIn?: { file: string; line: number };
  /** The CREATE TABLE statement that defined it (for fixes that edit the definition). */
  definition?: { file: string; statement: CreateTable };
}

export interface KeyspaceInfo {
  name: string;
  clientSideTimestamps: boolean;
  /** NetworkTopologyStrategy with two or more data centres (Keyspaces turns client-side timestamps on for these). */
  multiRegion: boolean;
}

export interface TypeInfo {
  keyspace: string;
  name: string;
  fields: Map<string, CqlType>;
}

/**
 * Keyspaces, tables (with columns and Keyspaces features) and user-defined types as left by all
 * DDL of an audit, in order. Names are the AST's normalised names; ids are `keyspace.name`.
 * Built by `buildCatalog`; rules only read it.
 */
export class Catalog {
  readonly keyspaces = new Map<string, KeyspaceInfo>();
  readonly tables = new Map<string, TableInfo>();
  readonly types = new Map<string, TypeInfo>();
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

  /** Whether writes with TTL work on the target table: defined with the feature, or declared by the user. */
  ttlEnabled(id: string): boolean {
    return this.target(id)?.ttl === true || this.tables.get(id)?.ttl === true;
  }

  /** Whether client-side timestamps are on for the target table. */
  clientSideTimestampsEnabled(id: string): boolean {
    return this.target(id)?.clientSideTimestamps === true || this.tables.get(id)?.clientSideTimestamps === true;
  }

  /** A user-defined type by keyspace and name. */
  findType(keyspace: string | undefined, name: string): TypeInfo | undefined {
    if (keyspace !== undefined) return this.types.get(`${keyspace}.${name}`);
    const matches = [...this.types.values()].filter((t) => t.name === name);
    return matches.length === 1 ? matches[0] : undefined;
  }
}
