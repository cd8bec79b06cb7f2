import type { Statement } from '../cql/ast/nodes.js';
import { CASSANDRA_SYSTEM_KEYSPACES, KEYSPACES_NAME, KEYSPACES_SYSTEM_KEYSPACES } from '../catalog/catalog.js';
import { buildCatalog } from '../catalog/build.js';
import { sessionStatements, type CatalogSource } from '../catalog/session.js';
import type { LoadedRule } from '../rules/load.js';
import { renderTemplate } from '../rules/schema.js';
import { convertContext, type ConvertContext } from './context.js';
import { emitSchema, layout, type Block, type KeyspaceSection, type TargetSchema, type Unplaced } from './emit.js';
import { featuresUsed, type FeatureUse } from './features.js';
import { addedKeyspace, convertKeyspace, regionNotes } from './keyspace.js';
import { invalidNameNote, noKeyspaceNote, omittedStatements, systemKeyspaceNote } from './omitted.js';
import { convertTable, type CapacityMode } from './table.js';
import { convertType } from './type.js';
import { loadWording, type Wording } from './wording.js';

export type { CapacityMode } from './table.js';
export type { TargetSchema } from './emit.js';

/** Options of `convertSchema`. */
export interface TargetSchemaOptions {
  /** Rules, for the reasons and advice written into comments. */
  rules: readonly LoadedRule[];
  /**
   * AWS Regions of the target: two or more → multi-Region keyspaces (NetworkTopologyStrategy, RF 3
   * each); one or none → SingleRegionStrategy (Keyspaces' class for one Region; KS4009), and so
   * when one of them is a GovCloud or China Region, which have no multi-Region replication (KS4017).
   */
  regions?: readonly string[];
  /** Capacity mode written into every table's CUSTOM_PROPERTIES; absent → left to Keyspaces' default (on-demand). */
  capacity?: CapacityMode;
  /** Tables (`ks.t`) known to need TTL or client-side timestamps beyond what the statements show (e.g. from query logs). */
  ttlTables?: ReadonlySet<string>;
  timestampTables?: ReadonlySet<string>;
  /**
   * Indexes in `statements` where another input file begins: a `USE` holds only until the end of
   * its file, as in the audit's catalog.
   */
  sourceStarts?: readonly number[];
  /** Rule option overrides keyed by rule id or name, as the audit takes them (e.g. KS2004's `maxDepth`). */
  ruleOptions?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Names of the inputs, for the header comment. */
  sources?: readonly string[];
  version?: string;
  /** The comments' wording; absent → `compat-rules/convert.yaml`. */
  wording?: Wording;
}

/**
 * Converts the DDL among `statements` into Keyspaces-ready DDL. CREATE, ALTER and DROP are folded
 * into the final state of each object by the audit's catalog; each keyspace, type and table is
 * then converted (SingleRegionStrategy or NTS with Region names, options Keyspaces ignores
 * removed, CUSTOM_PROPERTIES for TTL, client-side timestamps and capacity mode where needed,
 * unsupported column types mapped to storable ones) and objects Keyspaces cannot have are left
 * out — each change explained in a comment that cites the rule the audit reports for it. System
 * keyspaces (Cassandra's own, as DESCRIBE FULL SCHEMA prints them, and Keyspaces' read-only ones)
 * are never written, nor is anything in them. A
 * keyspace that tables or types use but the input never creates is created with the same
 * replication as the others. DML among `statements` is read only to learn which tables need TTL
 * or client-side timestamps.
 */
export function convertSchema(statements: readonly Statement[], options: TargetSchemaOptions): TargetSchema {
  const ctx = convertContext({ ...options, wording: options.wording ?? loadWording() });
  const sources = splitSources(statements, options.sourceStarts ?? []);
  const catalog = buildCatalog(sources);
  const session = [...sessionStatements(sources)];
  const features = featuresUsed(session, catalog, { ttl: options.ttlTables, clientSideTimestamps: options.timestampTables });
  const { keyspaces, unplaced } = layout(catalog, omittedStatements(session, ctx));
  const header = [renderTemplate(ctx.wording.header, { version: options.version ?? '', sources: (options.sources ?? []).join(', ') || 'the given CQL' }), ...regionNotes(ctx)];
  const blocks = [...keyspaces.flatMap((section) => keyspaceBlocks(section, features, options.capacity, ctx)), ...unplaced.map((u) => unplacedBlock(u, ctx))];
  return emitSchema(header, blocks);
}

/**
 * A keyspace, its types and tables, and notes on the statements about it that are left out. A
 * keyspace or table whose name Keyspaces does not accept is left out with everything in it.
 */
function keyspaceBlocks(section: KeyspaceSection, features: FeatureUse, capacity: CapacityMode | undefined, ctx: ConvertContext): Block[] {
  const omitted = section.omitted.map((o): Block => ({ kind: 'left-out', note: o.note, count: 1 }));
  if (CASSANDRA_SYSTEM_KEYSPACES.has(section.name) || KEYSPACES_SYSTEM_KEYSPACES.has(section.name)) {
    // Never written: Cassandra's own keyspaces and tables, or Keyspaces' read-only ones (KS1801, KS1802).
    const inside = { tables: section.tables.map((t) => t.name), types: section.types.map((t) => t.name) };
    return [{ kind: 'left-out', note: systemKeyspaceNote(section.name, inside, ctx), count: 1 + inside.tables.length + inside.types.length + section.omitted.length }];
  }
  if (!KEYSPACES_NAME.test(section.name)) {
    const inside = { tables: section.tables.map((t) => t.name), types: section.types.map((t) => t.name) };
    return [{ kind: 'left-out', note: invalidNameNote({ keyspace: section.name }, inside, ctx), count: 1 + inside.tables.length + inside.types.length }, ...omitted];
  }
  const keyspace = section.info === undefined ? addedKeyspace(section.name, ctx) : convertKeyspace(section.info.ddl, ctx);
  return [
    { kind: 'keyspace', converted: keyspace },
    ...section.types.map((type): Block => ({ kind: 'type', converted: convertType(type, ctx) })),
    ...section.tables.map((table): Block => {
      if (!KEYSPACES_NAME.test(table.name)) return { kind: 'left-out', note: invalidNameNote({ keyspace: section.name, table: table.name }, { tables: [], types: [] }, ctx), count: 1 };
      const needs = { ttl: features.ttl.has(table.id), clientSideTimestamps: features.clientSideTimestamps.has(table.id), capacity };
      return { kind: 'table', converted: convertTable(table, needs, ctx) };
    }),
    ...omitted,
  ];
}

function unplacedBlock(u: Unplaced, ctx: ConvertContext): Block {
  switch (u.kind) {
    case 'table':
      return { kind: 'left-out', note: noKeyspaceNote('table', u.table.ddl.name.name, ctx), count: 1 };
    case 'type':
      return { kind: 'left-out', note: noKeyspaceNote('type', u.type.ddl.name.name, ctx), count: 1 };
    case 'statement':
      return { kind: 'left-out', note: u.statement.note, count: 1 };
  }
}

/** The statements as the catalog reads them: one source per input file, split where another begins. */
function splitSources(statements: readonly Statement[], starts: readonly number[]): CatalogSource[] {
  const bounds = [...new Set([0, ...starts.filter((s) => s > 0 && s < statements.length), statements.length])].sort((a, b) => a - b);
  return bounds.slice(1).map((end, i) => ({ file: `#${i}`, statements: statements.slice(bounds[i], end) }));
}
