import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type {
  AlterTable,
  AlterType,
  ColumnDefinition,
  CqlType,
  CreateKeyspace,
  CreateTable,
  CreateType,
  Identifier,
  Literal,
  MapLiteral,
  Property,
  PropertyMap,
  QualifiedName,
  Statement,
} from '../cql/ast/nodes.js';
import { printExpression, printStatement, printType } from '../cql/ast/print.js';
import { walk } from '../cql/ast/walk.js';
import { identifier, mapLiteral, numberLiteral, property, stringLiteral } from '../cql/ast/make.js';
import { findRule, type LoadedRule } from '../rules/load.js';
import { renderTemplate } from '../rules/schema.js';
import { IGNORED_TABLE_OPTIONS, KEYSPACES_TABLE_OPTIONS } from '../rules/table-options.js';

/** How the converted tables are billed. */
export type CapacityMode = { mode: 'on-demand' } | { mode: 'provisioned'; readCapacityUnits: number; writeCapacityUnits: number };

/** Options of `convertSchema`. */
export interface TargetSchemaOptions {
  /** Rules, for the reasons and advice written into comments. */
  rules: readonly LoadedRule[];
  /** AWS Regions for multi-Region keyspaces (NetworkTopologyStrategy, RF 3 each); absent → SingleRegionStrategy. */
  regions?: readonly string[];
  /** Capacity mode written into every table's CUSTOM_PROPERTIES; absent → left to Keyspaces' default (on-demand). */
  capacity?: CapacityMode;
  /** Tables (`ks.t`) known to need TTL or client-side timestamps beyond what the statements show (e.g. from query logs). */
  ttlTables?: ReadonlySet<string>;
  timestampTables?: ReadonlySet<string>;
  /** Names of the inputs, for the header comment. */
  sources?: readonly string[];
  version?: string;
}

/** The converted schema and what changed, object by object. */
export interface TargetSchema {
  text: string;
  /** Every change as a one-line note (also written as comments into `text`). */
  notes: string[];
  keyspaces: number;
  tables: number;
  types: number;
  omitted: number;
}

const WORDING_FILE = fileURLToPath(new URL('../../compat-rules/convert.yaml', import.meta.url));

/**
 * Which rule explains dropping a table option from the target: Keyspaces documents compaction,
 * compression and a few more as ignored; `cdc` means something else there (its own CDC streams);
 * anything else that is not one of Keyspaces' own options is undocumented there (keyspaces-facts §13).
 */
function droppedOptionRule(name: string): string | undefined {
  if (name === 'cdc') return 'cdc-option';
  if (KEYSPACES_TABLE_OPTIONS.has(name)) return undefined;
  if (name === 'compaction') return 'compaction-option';
  if (name === 'compression') return 'compression-option';
  if (IGNORED_TABLE_OPTIONS.has(name)) return 'ignored-table-option';
  return 'undocumented-table-option';
}

/** Statement kinds Keyspaces has no equivalent for, and the rule that explains each. */
const OMITTED_KINDS: Partial<Record<Statement['kind'], string>> = {
  CreateIndex: 'secondary-index',
  CreateMaterializedView: 'materialized-view',
  CreateFunction: 'user-defined-function',
  CreateAggregate: 'user-defined-aggregate',
  CreateTrigger: 'trigger',
  CreateRole: 'security-statement',
  AlterRole: 'security-statement',
  CreateUser: 'security-statement',
  AlterUser: 'security-statement',
  Grant: 'security-statement',
  GrantRole: 'security-statement',
  AddIdentity: 'security-statement',
};

interface KeyspaceState {
  create: CreateKeyspace;
  types: Map<string, CreateType>;
  tables: Map<string, CreateTable>;
  notes: Map<string, string[]>;
  omitted: string[];
}

/**
 * Converts the DDL among `statements` (in order: CREATE, ALTER and DROP are folded into the final
 * state of each object) into Keyspaces-ready DDL: SingleRegionStrategy (or NTS with Region
 * names), options Keyspaces ignores removed, CUSTOM_PROPERTIES for TTL, client-side timestamps
 * and capacity mode where needed, unsupported objects left out and unsupported column types
 * mapped to storable ones — each change explained in a comment. DML among `statements` is
 * read only to learn which tables need TTL or client-side timestamps.
 */
export function convertSchema(statements: readonly Statement[], options: TargetSchemaOptions): TargetSchema {
  const wording = loadWording();
  const rule = (name: string): { ruleId: string; rule: string; help: string } => {
    const r = findRule(options.rules, name);
    return { ruleId: r?.id ?? name, rule: r?.name ?? name, help: r?.help.trim() ?? '' };
  };
  const keyspaces = new Map<string, KeyspaceState>();
  const orphans: string[] = [];
  const ttlTables = new Set(options.ttlTables ?? []);
  const timestampTables = new Set(options.timestampTables ?? []);
  let current: string | undefined;

  const ks = (name: QualifiedName): KeyspaceState | undefined => {
    const k = name.keyspace?.text ?? current;
    return k === undefined ? undefined : keyspaces.get(k);
  };
  const qualified = (name: QualifiedName): string => `${name.keyspace?.text ?? current ?? ''}.${name.name.text}`;
  const note = (state: KeyspaceState | undefined, object: string, text: string): void => {
    if (state === undefined) return;
    const list = state.notes.get(object) ?? [];
    list.push(text);
    state.notes.set(object, list);
  };

  for (const stmt of statements) {
    switch (stmt.kind) {
      case 'Use':
        current = stmt.keyspace.text;
        break;
      case 'CreateKeyspace':
        if (!keyspaces.has(stmt.name.text)) {
          keyspaces.set(stmt.name.text, { create: stmt, types: new Map(), tables: new Map(), notes: new Map(), omitted: [] });
        }
        break;
      case 'AlterKeyspace': {
        const state = keyspaces.get(stmt.name.text);
        if (state && stmt.properties) state.create = { ...state.create, properties: mergeProperties(state.create.properties, stmt.properties) };
        break;
      }
      case 'DropKeyspace':
        keyspaces.delete(stmt.name.text);
        break;
      case 'CreateType': {
        const state = ks(stmt.name);
        if (state && !state.types.has(stmt.name.name.text)) state.types.set(stmt.name.name.text, stmt);
        break;
      }
      case 'AlterType': {
        const state = ks(stmt.name);
        const type = state?.types.get(stmt.name.name.text);
        if (state && type) state.types.set(stmt.name.name.text, applyAlterType(type, stmt));
        break;
      }
      case 'DropType':
        ks(stmt.name)?.types.delete(stmt.name.name.text);
        break;
      case 'CreateTable': {
        const state = ks(stmt.name);
        if (state && !state.tables.has(stmt.name.name.text)) state.tables.set(stmt.name.name.text, stmt);
        break;
      }
      case 'AlterTable': {
        const state = ks(stmt.name);
        const table = state?.tables.get(stmt.name.name.text);
        if (state && table) state.tables.set(stmt.name.name.text, applyAlterTable(table, stmt));
        break;
      }
      case 'DropTable':
        ks(stmt.name)?.tables.delete(stmt.name.name.text);
        break;
      case 'Insert':
      case 'Update':
      case 'Delete':
        if (stmt.using?.ttl) ttlTables.add(qualified(stmt.table));
        if (stmt.using?.timestamp) timestampTables.add(qualified(stmt.table));
        break;
      case 'Batch':
        for (const child of stmt.statements) {
          if (child.using?.ttl || stmt.using?.ttl) ttlTables.add(qualified(child.table));
          if (child.using?.timestamp || stmt.using?.timestamp) timestampTables.add(qualified(child.table));
        }
        break;
      case 'Select': {
        let usesWritetime = false;
        walk(stmt, {
          WritetimeTtl(node) {
            if (node.function !== 'ttl') usesWritetime = true;
          },
        });
        if (usesWritetime) timestampTables.add(qualified(stmt.table));
        break;
      }
      default: {
        const ruleName = OMITTED_KINDS[stmt.kind];
        if (ruleName !== undefined) {
          const label = firstLine(printStatement(withoutSecrets(stmt)));
          const text = renderTemplate(wording.omitted, { object: label, ...rule(ruleName) });
          const owner = 'table' in stmt && isQualifiedName(stmt.table) ? ks(stmt.table) : 'name' in stmt && isQualifiedName(stmt.name) ? ks(stmt.name) : undefined;
          if (owner) owner.omitted.push(text);
          else orphans.push(text);
        }
      }
    }
  }

  const out: string[] = [];
  const allNotes: string[] = [];
  const comment = (text: string): string =>
    text
      .split('\n')
      .map((l) => `-- ${l}`.trimEnd())
      .join('\n');
  out.push(comment(renderTemplate(wording.header, { version: options.version ?? '', sources: (options.sources ?? []).join(', ') || 'the given CQL' })));
  let tables = 0;
  let types = 0;
  let omitted = orphans.length;
  for (const [name, state] of keyspaces) {
    const converted = convertKeyspace(state.create, options.regions, (text) => note(state, `keyspace:${name}`, text), rule, wording);
    emit(`keyspace:${name}`, converted);
    for (const [typeName, type] of state.types) {
      const object = `type:${typeName}`;
      const fields = type.fields.map((f) => ({ ...f, type: mapType(f.type, `${typeName}.${f.name.text}`, (text) => note(state, object, text), rule, wording) }));
      emit(object, { ...type, name: qualify(type.name, name), ifNotExists: true, fields });
      types++;
    }
    for (const [tableName, table] of state.tables) {
      const object = `table:${tableName}`;
      const key = `${name}.${tableName}`;
      const convertedTable = convertTable(table, name, {
        needsTtl: ttlTables.has(key),
        needsTimestamps: timestampTables.has(key),
        capacity: options.capacity,
        note: (text) => note(state, object, text),
        rule,
        wording,
      });
      emit(object, convertedTable);
      tables++;
    }
    for (const text of state.omitted) {
      out.push(comment(text));
      allNotes.push(text);
      omitted++;
    }

    function emit(object: string, stmt: Statement): void {
      const notes = state.notes.get(object) ?? [];
      allNotes.push(...notes);
      out.push([...notes.map(comment), `${printStatement(stmt)};`].join('\n'));
    }
  }
  for (const text of orphans) {
    out.push(comment(text));
    allNotes.push(text);
  }
  return { text: `${out.join('\n\n')}\n`, notes: allNotes, keyspaces: keyspaces.size, tables, types, omitted };
}

type RuleRef = (name: string) => { ruleId: string; rule: string; help: string };
type Wording = Record<'header' | 'omitted' | 'typeMapped' | 'maskRemoved' | 'optionsRemoved' | 'replicationChanged' | 'compactStorageRemoved' | 'featuresEnabled' | 'ttlReason' | 'timestampReason', string>;

let wordingCache: Wording | undefined;
function loadWording(): Wording {
  wordingCache ??= parseYaml(readFileSync(WORDING_FILE, 'utf8')) as Wording;
  return wordingCache;
}

function convertKeyspace(create: CreateKeyspace, regions: readonly string[] | undefined, note: (t: string) => void, rule: RuleRef, wording: Wording): CreateKeyspace {
  const props = { ...create.properties.properties };
  const replication = props['replication'];
  const target: MapLiteral =
    regions && regions.length > 0
      ? mapLiteral([['class', str('NetworkTopologyStrategy')] as const, ...regions.map((r) => [r, str('3')] as const)])
      : mapLiteral([['class', str('SingleRegionStrategy')]]);
  const before = replication ? printValue(replication.value) : '(none)';
  const after = printValue(target);
  if (before !== after) {
    const why = replication && /SimpleStrategy/i.test(before) ? 'simple-strategy' : 'replication-class';
    note(renderTemplate(wording.replicationChanged, { from: before, to: after, ...rule(why) }));
  }
  props['replication'] = property('replication', target);
  const durable = props['durable_writes'];
  if (durable && /false/i.test(printValue(durable.value))) {
    delete props['durable_writes'];
    note(renderTemplate(wording.optionsRemoved, { options: 'durable_writes = false', ...rule('durable-writes-false') }));
  }
  return { ...create, ifNotExists: true, properties: { ...create.properties, properties: props } };
}

interface TableContext {
  needsTtl: boolean;
  needsTimestamps: boolean;
  capacity: CapacityMode | undefined;
  note: (text: string) => void;
  rule: RuleRef;
  wording: Wording;
}

function convertTable(table: CreateTable, keyspace: string, ctx: TableContext): CreateTable {
  const props: Record<string, Property> = {};
  const removed = new Map<string, string[]>();
  for (const [name, prop] of Object.entries(table.properties.properties)) {
    const dropRule = droppedOptionRule(name);
    if (dropRule !== undefined) {
      removed.set(dropRule, [...(removed.get(dropRule) ?? []), name]);
      continue;
    }
    props[name] = prop;
  }
  for (const [ruleName, names] of removed) ctx.note(renderTemplate(ctx.wording.optionsRemoved, { options: names.join(', '), ...ctx.rule(ruleName) }));
  if (table.compactStorage) ctx.note(renderTemplate(ctx.wording.compactStorageRemoved, ctx.rule('compact-storage')));

  const defaultTtl = props['default_time_to_live'];
  const ttl = ctx.needsTtl || (defaultTtl !== undefined && /^[1-9]/.test(printValue(defaultTtl.value)));
  const custom = new Map<string, MapLiteral>();
  const existing = props['custom_properties']?.value;
  if (existing?.kind === 'MapLiteral') {
    for (const e of existing.entries) if (e.key.kind === 'Literal' && e.value.kind === 'MapLiteral') custom.set(e.key.value ?? e.key.text, e.value);
  }
  const enabled: string[] = [];
  if (ttl && !custom.has('ttl')) {
    custom.set('ttl', mapLiteral([['status', str('enabled')]]));
    enabled.push('ttl');
  }
  if (ctx.needsTimestamps && !custom.has('client_side_timestamps')) {
    custom.set('client_side_timestamps', mapLiteral([['status', str('enabled')]]));
    enabled.push('client_side_timestamps');
  }
  if (enabled.length > 0) {
    const reasons = [ttl && enabled.includes('ttl') ? ctx.wording.ttlReason : undefined, enabled.includes('client_side_timestamps') ? ctx.wording.timestampReason : undefined].filter(
      (r): r is string => r !== undefined,
    );
    ctx.note(renderTemplate(ctx.wording.featuresEnabled, { features: enabled.join(', '), reason: reasons.join('; ') }));
  }
  if (ctx.capacity && !custom.has('capacity_mode')) {
    custom.set(
      'capacity_mode',
      ctx.capacity.mode === 'on-demand'
        ? mapLiteral([['throughput_mode', str('PAY_PER_REQUEST')]])
        : mapLiteral([
            ['throughput_mode', str('PROVISIONED')],
            ['read_capacity_units', int(ctx.capacity.readCapacityUnits)],
            ['write_capacity_units', int(ctx.capacity.writeCapacityUnits)],
          ]),
    );
  }
  if (custom.size > 0) props['custom_properties'] = property('custom_properties', mapLiteral(custom));

  const columns: ColumnDefinition[] = table.columns.map((c) => {
    const type = mapType(c.type, c.name.text, ctx.note, ctx.rule, ctx.wording);
    if (c.mask) ctx.note(renderTemplate(ctx.wording.maskRemoved, { column: c.name.text, ...ctx.rule('data-masking') }));
    const { mask: _mask, ...rest } = c;
    return { ...rest, type };
  });
  return {
    ...table,
    name: qualify(table.name, keyspace),
    ifNotExists: true,
    columns,
    compactStorage: false,
    properties: { ...table.properties, properties: props },
  };
}

/** Maps types Keyspaces cannot store to storable ones (recursively), noting each change. */
function mapType(type: CqlType, column: string, note: (t: string) => void, rule: RuleRef, wording: Wording): CqlType {
  const replaced = (to: CqlType, ruleName: string): CqlType => {
    note(renderTemplate(wording.typeMapped, { column, from: printType(type), to: printType(to), ...rule(ruleName) }));
    return to;
  };
  switch (type.kind) {
    case 'NativeType':
      return type.name === 'duration' ? replaced({ kind: 'NativeType', name: 'text', range: type.range }, 'duration-type') : type;
    case 'VectorType':
      return replaced({ kind: 'FrozenType', range: type.range, inner: { kind: 'ListType', range: type.range, element: mapType(type.element, column, note, rule, wording) } }, 'vector-type');
    case 'CustomType':
      return replaced({ kind: 'NativeType', name: 'blob', range: type.range }, 'custom-type');
    case 'ListType':
    case 'SetType':
      return { ...type, element: mapType(type.element, column, note, rule, wording) };
    case 'MapType':
      return { ...type, key: mapType(type.key, column, note, rule, wording), value: mapType(type.value, column, note, rule, wording) };
    case 'FrozenType':
      return { ...type, inner: mapType(type.inner, column, note, rule, wording) };
    case 'TupleType':
      return { ...type, elements: type.elements.map((e) => mapType(e, column, note, rule, wording)) };
    default:
      return type;
  }
}

function applyAlterTable(table: CreateTable, alter: AlterTable): CreateTable {
  const action = alter.action;
  switch (action.kind) {
    case 'AlterTableAdd':
      return { ...table, columns: [...table.columns, ...action.columns.filter((c) => !table.columns.some((x) => x.name.text === c.name.text))] };
    case 'AlterTableDrop': {
      const dropped = new Set(action.columns.map((c) => c.text));
      return { ...table, columns: table.columns.filter((c) => !dropped.has(c.name.text)) };
    }
    case 'AlterTableRename': {
      const rename = (id: Identifier): Identifier => {
        const r = action.renames.find((x) => x.from.text === id.text);
        return r ? r.to : id;
      };
      return {
        ...table,
        columns: table.columns.map((c) => ({ ...c, name: rename(c.name) })),
        primaryKey: table.primaryKey && { ...table.primaryKey, partitionKey: table.primaryKey.partitionKey.map(rename), clusteringColumns: table.primaryKey.clusteringColumns.map(rename) },
        clusteringOrder: table.clusteringOrder.map((o) => ({ ...o, column: rename(o.column) })),
      };
    }
    case 'AlterTableWith':
      return { ...table, properties: mergeProperties(table.properties, action.properties) };
    case 'AlterTableAlterType':
      return { ...table, columns: table.columns.map((c) => (c.name.text === action.column.text ? { ...c, type: action.type } : c)) };
    case 'AlterTableMask':
      return { ...table, columns: table.columns.map((c) => (c.name.text === action.column.text ? { ...c, mask: action.mask } : c)) };
    case 'AlterTableDropMask':
      return {
        ...table,
        columns: table.columns.map((c) => {
          if (c.name.text !== action.column.text) return c;
          const { mask: _mask, ...rest } = c;
          return rest;
        }),
      };
    case 'AlterTableDropCompactStorage':
      return { ...table, compactStorage: false };
    default:
      return table;
  }
}

function applyAlterType(type: CreateType, alter: AlterType): CreateType {
  const action = alter.action;
  switch (action.kind) {
    case 'AlterTypeAdd':
      return type.fields.some((f) => f.name.text === action.field.name.text) ? type : { ...type, fields: [...type.fields, action.field] };
    case 'AlterTypeRename':
      return {
        ...type,
        fields: type.fields.map((f) => {
          const r = action.renames.find((x) => x.from.text === f.name.text);
          return r ? { ...f, name: r.to } : f;
        }),
      };
    case 'AlterTypeAlterField':
      return { ...type, fields: type.fields.map((f) => (f.name.text === action.field.text ? { ...f, type: action.type } : f)) };
    default:
      return type;
  }
}

function mergeProperties(base: PropertyMap, extra: PropertyMap): PropertyMap {
  return { ...base, properties: { ...base.properties, ...extra.properties } };
}

const str = stringLiteral;
const int = (value: number): Literal => numberLiteral(Math.trunc(value));

function qualify(name: QualifiedName, keyspace: string): QualifiedName {
  return name.keyspace ? name : { ...name, keyspace: identifier(keyspace) };
}
function isQualifiedName(value: unknown): value is QualifiedName {
  return typeof value === 'object' && value !== null && (value as { kind?: string }).kind === 'QualifiedName';
}

function printValue(value: Literal | MapLiteral | Identifier): string {
  return value.kind === 'Identifier' ? value.text : printExpression(value);
}

/** Role and user statements lose their options (passwords among them) before they are quoted in a comment. */
function withoutSecrets(stmt: Statement): Statement {
  switch (stmt.kind) {
    case 'CreateRole':
    case 'AlterRole':
    case 'CreateUser':
    case 'AlterUser':
      return { ...stmt, options: [] };
    default:
      return stmt;
  }
}

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}
