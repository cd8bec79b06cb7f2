/**
 * Keyspaces-only DDL mapped onto the backend Cassandra. The backend gets a statement it accepts
 * (printed from a modified AST): the replication a single local node can serve instead of
 * `SingleRegionStrategy` / NTS with Region names, and no CUSTOM_PROPERTIES, AUTOSCALING_SETTINGS,
 * TAGS, `cdc` or tuning options Keyspaces ignores. What the backend cannot hold is remembered in
 * the emulator state once the backend has accepted the statement (`commit`). Statements that only
 * change Keyspaces-side settings (tags, custom properties) are answered without the backend.
 * Rejections are the policy's job (policy.ts runs first); this module only maps.
 */
import { decodeMap } from '../../cql/ast/properties.js';
import type { DecodedMap } from '../../cql/ast/properties.js';
import { printStatement, printType } from '../../cql/ast/print.js';
import type {
  AlterKeyspace,
  AlterTable,
  CreateKeyspace,
  CreateTable,
  Literal,
  MapEntry,
  MapLiteral,
  Property,
  PropertyMap,
  Statement,
  TagsChange,
} from '../../cql/ast/nodes.js';
import type { CustomProperties, EmulatorState, TableState } from './state.js';

/** What the DDL mapping needs besides the statement. */
export interface DdlContext {
  /** The connection's keyspace, for unqualified table names. */
  keyspace?: string | undefined;
  state: EmulatorState;
  /** Milliseconds since epoch: recorded as the creation time (CREATING → ACTIVE). */
  now: number;
  /** Replication given to the backend for every keyspace; default `SimpleStrategy`, RF 1. */
  backendReplication?: Record<string, string> | undefined;
}

/** The schema change to report for a statement answered locally (RESULT Schema_change). */
export interface SchemaChange {
  change: 'CREATED' | 'UPDATED' | 'DROPPED';
  target: 'KEYSPACE' | 'TABLE';
  keyspace: string;
  /** The table name, for `TABLE` targets. */
  name?: string;
}

/**
 * How to run a DDL statement:
 * - `forward`: send `cql` to the backend instead of the client's text; call `commit()` once the
 *   backend answered with success;
 * - `local`: do not call the backend; call `commit()` and answer RESULT Schema_change `change`.
 */
export type DdlPlan =
  | { action: 'forward'; cql: string; commit(): void }
  | { action: 'local'; change: SchemaChange; commit(): void };

/** The default backend replication: what a single local node accepts. */
export const defaultBackendReplication: Readonly<Record<string, string>> = {
  class: 'SimpleStrategy',
  replication_factor: '1',
};

/**
 * Table options the backend receives. Every other option is either Keyspaces-only (CUSTOM_PROPERTIES,
 * AUTOSCALING_SETTINGS, TAGS, cdc: kept in the state) or one Keyspaces ignores (dropped).
 */
export const forwardedTableOptions: readonly string[] = ['comment', 'default_time_to_live'];

/** Custom properties every Keyspaces table shows unless told otherwise (DG cql.ddl.table). */
export function defaultCustomProperties(): CustomProperties {
  return {
    capacity_mode: { throughput_mode: 'PAY_PER_REQUEST' },
    encryption_specification: { encryption_type: 'AWS_OWNED_KMS_KEY' },
    point_in_time_recovery: { status: 'disabled' },
  };
}

/** Maps one statement, or returns `undefined` when it goes to the backend unchanged. */
export function planDdl(stmt: Statement, ctx: DdlContext): DdlPlan | undefined {
  switch (stmt.kind) {
    case 'CreateKeyspace':
      return planCreateKeyspace(stmt, ctx);
    case 'AlterKeyspace':
      return planAlterKeyspace(stmt, ctx);
    case 'DropKeyspace':
      return forward(stmt, () => ctx.state.dropKeyspace(stmt.name.text));
    case 'CreateTable':
      return planCreateTable(stmt, ctx);
    case 'AlterTable':
      return planAlterTable(stmt, ctx);
    case 'DropTable': {
      const keyspace = stmt.name.keyspace?.text ?? ctx.keyspace;
      if (keyspace === undefined) return undefined;
      return forward(stmt, () => ctx.state.dropTable(keyspace, stmt.name.name.text));
    }
    default:
      return undefined;
  }
}

// ───────────────────────── keyspaces ─────────────────────────

function planCreateKeyspace(stmt: CreateKeyspace, ctx: DdlContext): DdlPlan {
  const name = stmt.name.text;
  const requested = mapProperty(stmt.properties, 'replication');
  const tags = mapProperty(stmt.properties, 'tags');
  const properties = keepProperties(stmt.properties, (key) => key !== 'tags' && key !== 'replication');
  properties.properties['replication'] = replicationProperty(stmt.properties, ctx.backendReplication ?? defaultBackendReplication);
  return forward({ ...stmt, properties }, () => {
    if (stmt.ifNotExists && ctx.state.keyspace(name) !== undefined) return;
    ctx.state.putKeyspace({
      keyspace: name,
      createdAt: ctx.now,
      replication: flatten(requested ?? { class: 'SingleRegionStrategy' }),
      tags: flatten(tags ?? {}),
    });
  });
}

function planAlterKeyspace(stmt: AlterKeyspace, ctx: DdlContext): DdlPlan {
  const name = stmt.name.text;
  const requested = stmt.properties === undefined ? undefined : mapProperty(stmt.properties, 'replication');
  const commit = () => {
    const current = ctx.state.keyspace(name) ?? { keyspace: name, createdAt: 0, replication: {}, tags: {} };
    ctx.state.putKeyspace({
      ...current,
      replication: requested === undefined ? current.replication : flatten(requested),
      tags: stmt.tags === undefined ? current.tags : applyTags(current.tags, stmt.tags),
    });
  };
  // Replication, durable_writes and Keyspaces' CLIENT_SIDE_TIMESTAMPS only concern Keyspaces here:
  // the backend keeps the replication it was created with.
  const rest =
    stmt.properties === undefined
      ? undefined
      : keepProperties(stmt.properties, (key) => !['replication', 'durable_writes', 'client_side_timestamps', 'tags'].includes(key));
  if (rest === undefined || Object.keys(rest.properties).length === 0) {
    return { action: 'local', change: { change: 'UPDATED', target: 'KEYSPACE', keyspace: name }, commit };
  }
  const { tags: _tags, ...withoutTags } = stmt;
  return forward({ ...withoutTags, properties: rest }, commit);
}

// ───────────────────────── tables ─────────────────────────

function planCreateTable(stmt: CreateTable, ctx: DdlContext): DdlPlan | undefined {
  const keyspace = stmt.name.keyspace?.text ?? ctx.keyspace;
  if (keyspace === undefined) return undefined;
  const table = stmt.name.name.text;
  const properties = keepProperties(stmt.properties, (key) => forwardedTableOptions.includes(key));
  const defaultTtl = Number(literalProperty(stmt.properties, 'default_time_to_live') ?? '0') || 0;
  // COMPACT STORAGE is not applicable on Keyspaces and Cassandra 4.0+ refuses it: accepted and dropped.
  return forward({ ...stmt, properties, compactStorage: false }, () => {
    if (stmt.ifNotExists && ctx.state.table(keyspace, table) !== undefined) return;
    const customProperties = { ...defaultCustomProperties(), ...customPropertiesOf(stmt.properties) };
    if (defaultTtl > 0) customProperties['ttl'] = { status: 'enabled' };
    const key = stmt.primaryKey;
    ctx.state.putTable({
      keyspace,
      table,
      createdAt: ctx.now,
      customProperties,
      autoscaling: mapProperty(stmt.properties, 'autoscaling_settings'),
      tags: flatten(mapProperty(stmt.properties, 'tags') ?? {}),
      defaultTimeToLive: defaultTtl,
      columns: {
        partitionKey: key?.partitionKey.map((c) => c.text) ?? [],
        clustering: key?.clusteringColumns.map((c) => c.text) ?? [],
        types: Object.fromEntries(stmt.columns.map((c) => [c.name.text, printType(c.type)])),
      },
    });
  });
}

function planAlterTable(stmt: AlterTable, ctx: DdlContext): DdlPlan | undefined {
  const keyspace = stmt.name.keyspace?.text ?? ctx.keyspace;
  if (keyspace === undefined) return undefined;
  const table = stmt.name.name.text;
  const change: SchemaChange = { change: 'UPDATED', target: 'TABLE', keyspace, name: table };
  const update = (edit: (current: TableState) => TableState) => () => {
    const current = ctx.state.table(keyspace, table) ?? unknownTable(keyspace, table);
    ctx.state.putTable(edit(current));
  };
  const action = stmt.action;
  switch (action.kind) {
    case 'AlterTableTags':
      return { action: 'local', change, commit: update((t) => ({ ...t, tags: applyTags(t.tags, action.change) })) };
    case 'AlterTableAdd':
      return forward(
        stmt,
        update((t) => ({
          ...t,
          columns:
            t.columns === undefined
              ? undefined
              : {
                  ...t.columns,
                  types: { ...t.columns.types, ...Object.fromEntries(action.columns.map((c) => [c.name.text, printType(c.type)])) },
                },
        })),
      );
    case 'AlterTableWith': {
      const given = action.properties;
      const ttlText = literalProperty(given, 'default_time_to_live');
      const commit = update((t) => {
        const customProperties = { ...t.customProperties };
        for (const [name, fields] of Object.entries(customPropertiesOf(given))) {
          customProperties[name] = { ...customProperties[name], ...fields };
        }
        const defaultTimeToLive = ttlText === undefined ? t.defaultTimeToLive : Number(ttlText) || 0;
        if (defaultTimeToLive > 0) customProperties['ttl'] = { status: 'enabled' };
        const autoscaling = mapProperty(given, 'autoscaling_settings');
        const tags = mapProperty(given, 'tags');
        return {
          ...t,
          customProperties,
          defaultTimeToLive,
          autoscaling: autoscaling ?? t.autoscaling,
          tags: tags === undefined ? t.tags : { ...t.tags, ...flatten(tags) },
        };
      });
      const rest = keepProperties(given, (key) => forwardedTableOptions.includes(key));
      if (Object.keys(rest.properties).length === 0) return { action: 'local', change, commit };
      return forward({ ...stmt, action: { ...action, properties: rest } }, commit);
    }
    default:
      return undefined;
  }
}

// A table created on the backend directly: Keyspaces defaults, already ACTIVE.
function unknownTable(keyspace: string, table: string): TableState {
  return { keyspace, table, createdAt: 0, customProperties: defaultCustomProperties(), tags: {}, defaultTimeToLive: 0 };
}

// ───────────────────────── helpers ─────────────────────────

function forward(stmt: Statement, commit: () => void): DdlPlan {
  return { action: 'forward', cql: printStatement(stmt), commit };
}

function keepProperties(map: PropertyMap, keep: (name: string) => boolean): PropertyMap {
  const properties: Record<string, Property> = {};
  for (const [name, property] of Object.entries(map.properties)) {
    if (keep(name.toLowerCase())) properties[name] = property;
  }
  return { ...map, properties };
}

function property(map: PropertyMap, name: string): Property | undefined {
  for (const [key, value] of Object.entries(map.properties)) if (key.toLowerCase() === name) return value;
  return undefined;
}

function mapProperty(map: PropertyMap, name: string): DecodedMap | undefined {
  const value = property(map, name)?.value;
  return value?.kind === 'MapLiteral' ? decodeMap(value) : undefined;
}

function literalProperty(map: PropertyMap, name: string): string | undefined {
  const value = property(map, name)?.value;
  if (value === undefined || value.kind === 'MapLiteral') return undefined;
  return value.kind === 'Identifier' ? value.text : (value.value ?? value.text);
}

/** CUSTOM_PROPERTIES as Keyspaces shows them: statuses lower-case, every value text. */
function customPropertiesOf(map: PropertyMap): CustomProperties {
  const out: CustomProperties = {};
  for (const [name, value] of Object.entries(mapProperty(map, 'custom_properties') ?? {})) {
    if (typeof value === 'string') continue;
    const fields = flatten(value);
    if (fields['status'] !== undefined) fields['status'] = fields['status'].toLowerCase();
    out[name] = fields;
  }
  return out;
}

/** A decoded map with nested maps rendered as JSON text, so every value is a string. */
function flatten(map: DecodedMap): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(map)) out[key] = typeof value === 'string' ? value : JSON.stringify(value);
  return out;
}

function applyTags(current: Record<string, string>, change: TagsChange): Record<string, string> {
  const given = flatten(decodeMap(change.tags));
  if (change.operation === 'add') return { ...current, ...given };
  const out = { ...current };
  for (const key of Object.keys(given)) delete out[key];
  return out;
}

/** A `replication = {…}` property carrying `replication`, placed where the original one was. */
function replicationProperty(map: PropertyMap, replication: Readonly<Record<string, string>>): Property {
  const original = property(map, 'replication');
  const range = original?.range ?? map.range;
  const literal = (text: string): Literal => ({ kind: 'Literal', type: 'string', text: quote(text), value: text, range });
  const entries: MapEntry[] = Object.entries(replication).map(([key, value]) => ({
    kind: 'MapEntry',
    key: literal(key),
    value: literal(value),
    range,
  }));
  const value: MapLiteral = { kind: 'MapLiteral', entries, range };
  return {
    kind: 'Property',
    name: original?.name ?? { kind: 'Identifier', text: 'replication', quoted: false, range },
    value,
    range,
  };
}

function quote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
