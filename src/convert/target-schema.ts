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
import { collectionDepth } from '../cql/ast/types.js';
import { printExpression, printIdentifier, printStatement, printType } from '../cql/ast/print.js';
import { walk } from '../cql/ast/walk.js';
import { identifier, mapLiteral, numberLiteral, property, propertyMap, stringLiteral } from '../cql/ast/make.js';
import { SYNTHETIC_RANGE } from '../cql/ast/ranges.js';
import { AWS_REGION_NAME, NO_MULTI_REGION_REGION } from '../keyspaces/regions.js';
import { numberValue } from '../catalog/properties.js';
import { resolveOptions } from '../rules/engine.js';
import { findRule, type LoadedRule } from '../rules/load.js';
import { replicationMap } from '../rules/replication.js';
import { renderTemplate } from '../rules/schema.js';
import { IGNORED_TABLE_OPTIONS, KEYSPACES_TABLE_OPTIONS } from '../rules/table-options.js';

/** How the converted tables are billed. */
export type CapacityMode = { mode: 'on-demand' } | { mode: 'provisioned'; readCapacityUnits: number; writeCapacityUnits: number };

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
}

/** The converted schema and what changed, object by object. */
export interface TargetSchema {
  text: string;
  /** Every change as a one-line note (also written as comments into `text`). */
  notes: string[];
  /** Keyspaces, tables and types written (objects left out are counted in `omitted` only). */
  keyspaces: number;
  tables: number;
  types: number;
  omitted: number;
}

const WORDING_FILE = fileURLToPath(new URL('../../compat-rules/convert.yaml', import.meta.url));

/** Keyspace and table names Keyspaces accepts (the pattern rule KS5004 invalid-name checks; keyspaces-facts §12). */
const KEYSPACES_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_]{0,47}$/;

/**
 * Which rule explains dropping a table option from the target: Keyspaces documents compaction,
 * compression and a few more as ignored; `cdc = true` means something else there (its own CDC
 * streams; `cdc = false` means the same and is kept); anything else that is not one of Keyspaces'
 * own options is undocumented there (keyspaces-facts §13).
 */
function droppedOptionRule(name: string, value: Property['value']): string | undefined {
  if (name === 'cdc') return /^'?true'?$/i.test(printValue(value)) ? 'cdc-option' : undefined;
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
  /** False for a keyspace the input uses (for tables or types) but never creates. */
  defined: boolean;
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
 * mapped to storable ones — each change explained in a comment that cites the rule the audit
 * reports for it. A keyspace that tables or types use but the input never creates is created
 * with the same replication as the others. DML among `statements` is read only to learn which
 * tables need TTL or client-side timestamps.
 */
export function convertSchema(statements: readonly Statement[], options: TargetSchemaOptions): TargetSchema {
  const wording = loadWording();
  const rule: RuleRef = (name) => {
    const r = findRule(options.rules, name);
    return { ruleId: r?.id ?? name, rule: r?.name ?? name, help: r?.help.trim() ?? '' };
  };
  const regions = [...new Set(options.regions ?? [])];
  const maxDepth = nestingLimit(options);
  const keyspaces = new Map<string, KeyspaceState>();
  const orphans: string[] = [];
  const ttlTables = new Set(options.ttlTables ?? []);
  const timestampTables = new Set(options.timestampTables ?? []);
  let current: string | undefined;

  const keyspaceOf = (name: QualifiedName): string | undefined => name.keyspace?.text ?? current;
  const ks = (name: QualifiedName): KeyspaceState | undefined => {
    const k = keyspaceOf(name);
    return k === undefined ? undefined : keyspaces.get(k);
  };
  /** The keyspace a new type or table goes into, created on first use when the input never defines it. */
  const home = (name: QualifiedName, what: 'type' | 'table'): KeyspaceState | undefined => {
    const k = keyspaceOf(name);
    if (k === undefined) {
      orphans.push(renderTemplate(wording.noKeyspace, { object: `${what} ${printIdentifier(name.name)}`, name: printIdentifier(name.name) }));
      return undefined;
    }
    let state = keyspaces.get(k);
    if (state === undefined) {
      const create: CreateKeyspace = { kind: 'CreateKeyspace', range: SYNTHETIC_RANGE, name: identifier(k), ifNotExists: true, properties: propertyMap([]) };
      state = { create, defined: false, types: new Map(), tables: new Map(), notes: new Map(), omitted: [] };
      keyspaces.set(k, state);
    }
    return state;
  };
  const qualified = (name: QualifiedName): string => `${name.keyspace?.text ?? current ?? ''}.${name.name.text}`;
  const note = (state: KeyspaceState | undefined, object: string, text: string): void => {
    if (state === undefined) return;
    const list = state.notes.get(object) ?? [];
    list.push(text);
    state.notes.set(object, list);
  };

  const starts = new Set(options.sourceStarts ?? []);
  for (const [index, stmt] of statements.entries()) {
    if (starts.has(index)) current = undefined;
    switch (stmt.kind) {
      case 'Use':
        current = stmt.keyspace.text;
        break;
      case 'CreateKeyspace': {
        const state = keyspaces.get(stmt.name.text);
        if (state === undefined) {
          keyspaces.set(stmt.name.text, { create: stmt, defined: true, types: new Map(), tables: new Map(), notes: new Map(), omitted: [] });
        } else if (!state.defined) {
          // Used before it was created (e.g. files read in another order): the definition still counts.
          state.create = stmt;
          state.defined = true;
        }
        break;
      }
      case 'AlterKeyspace': {
        const state = keyspaces.get(stmt.name.text);
        if (state && stmt.properties) state.create = { ...state.create, properties: mergeProperties(state.create.properties, stmt.properties) };
        break;
      }
      case 'DropKeyspace':
        keyspaces.delete(stmt.name.text);
        break;
      case 'CreateType': {
        const state = home(stmt.name, 'type');
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
        const state = home(stmt.name, 'table');
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
  const header = [renderTemplate(wording.header, { version: options.version ?? '', sources: (options.sources ?? []).join(', ') || 'the given CQL' })];
  if (regions.length === 1) header.push(renderTemplate(wording.oneRegion, { region: regions[0] ?? '', ...rule('single-region-nts') }));
  else if (regions.length > 1 && !multiRegion(regions)) {
    header.push(renderTemplate(wording.noMultiRegion, { regions: regions.filter((r) => NO_MULTI_REGION_REGION.test(r)).join(', '), ...rule('multi-region-unsupported-region') }));
  }
  out.push(comment(header.join('\n')));
  const leaveOut = (text: string): void => {
    out.push(comment(text));
    allNotes.push(text);
    omitted++;
  };
  let written = 0;
  let tables = 0;
  let types = 0;
  let omitted = 0;
  const mapping: TypeMapping = { maxDepth, rule, wording };
  for (const [name, state] of keyspaces) {
    if (!KEYSPACES_NAME.test(name)) {
      // Nothing in a keyspace Keyspaces cannot name can be created; renaming is the user's call (their queries name it).
      const contents = [...[...state.tables.keys()].map((t) => `table ${printIdentifier(identifier(t))}`), ...[...state.types.keys()].map((t) => `type ${printIdentifier(identifier(t))}`)];
      leaveOut(
        renderTemplate(wording.invalidName, {
          object: `keyspace ${printIdentifier(identifier(name))}`,
          name,
          length: name.length,
          contents: contents.length === 0 ? '' : renderTemplate(wording.invalidNameContents, { objects: contents.join(', ') }),
          ...rule('invalid-name'),
        }),
      );
      omitted += contents.length;
      for (const text of state.omitted) leaveOut(text);
      continue;
    }
    const converted = convertKeyspace(state.create, regions, (text) => note(state, `keyspace:${name}`, text), rule, wording);
    if (!state.defined) state.notes.set(`keyspace:${name}`, [renderTemplate(wording.keyspaceAdded, { keyspace: printIdentifier(converted.name), replication: printValue(converted.properties.properties['replication']?.value ?? mapLiteral([])) })]);
    emit(`keyspace:${name}`, converted);
    written++;
    for (const [typeName, type] of state.types) {
      const object = `type:${typeName}`;
      const fields = type.fields.map((f) => ({ ...f, type: storableType(f.type, `${typeName}.${f.name.text}`, (text) => note(state, object, text), mapping) }));
      emit(object, { ...type, name: qualify(type.name, name), ifNotExists: true, fields });
      types++;
    }
    for (const [tableName, table] of state.tables) {
      if (!KEYSPACES_NAME.test(tableName)) {
        leaveOut(
          renderTemplate(wording.invalidName, {
            object: `table ${printIdentifier(identifier(name))}.${printIdentifier(identifier(tableName))}`,
            name: tableName,
            length: tableName.length,
            contents: '',
            ...rule('invalid-name'),
          }),
        );
        continue;
      }
      const object = `table:${tableName}`;
      const key = `${name}.${tableName}`;
      const convertedTable = convertTable(table, name, {
        needsTtl: ttlTables.has(key),
        needsTimestamps: timestampTables.has(key),
        capacity: options.capacity,
        note: (text) => note(state, object, text),
        mapping,
      });
      emit(object, convertedTable);
      tables++;
    }
    for (const text of state.omitted) leaveOut(text);

    function emit(object: string, stmt: Statement): void {
      const notes = state.notes.get(object) ?? [];
      allNotes.push(...notes);
      out.push([...notes.map(comment), `${printStatement(stmt)};`].join('\n'));
    }
  }
  for (const text of orphans) leaveOut(text);
  return { text: `${out.join('\n\n')}\n`, notes: allNotes, keyspaces: written, tables, types, omitted };
}

type RuleRef = (name: string) => { ruleId: string; rule: string; help: string };
interface Wording {
  header: string;
  oneRegion: string;
  noMultiRegion: string;
  keyspaceAdded: string;
  noKeyspace: string;
  invalidName: string;
  invalidNameContents: string;
  omitted: string;
  typeMapped: string;
  nestingFlattened: string;
  maskRemoved: string;
  /** Keyed by the rule that explains the removal; `default` for options Keyspaces documents as ignored. */
  optionsRemoved: Record<string, string> & { default: string };
  replicationChanged: string;
  replicationRegionsReason: string;
  replicationSingleRegionReason: string;
  replicationOneRegionReason: string;
  replicationNoMultiRegionReason: string;
  replicationRegionsKeptReason: string;
  compactStorageRemoved: string;
  featuresEnabled: string;
  ttlReason: string;
  timestampReason: string;
}

let wordingCache: Wording | undefined;
function loadWording(): Wording {
  wordingCache ??= parseYaml(readFileSync(WORDING_FILE, 'utf8')) as Wording;
  return wordingCache;
}

/** The deepest collection nesting the target accepts: rule KS2004's `maxDepth` option (its default unless overridden). */
function nestingLimit(options: TargetSchemaOptions): number {
  const r = findRule(options.rules, 'frozen-nesting-depth');
  if (r === undefined) return Number.POSITIVE_INFINITY;
  const given = options.ruleOptions?.[r.id] ?? options.ruleOptions?.[r.name];
  const value = resolveOptions(r, given)['maxDepth'];
  return typeof value === 'number' ? value : Number.POSITIVE_INFINITY;
}

/**
 * The replication of the target keyspace. With two or more `regions`: NTS over them. With none:
 * a NetworkTopologyStrategy map that is already a Keyspaces multi-Region map (two or more AWS
 * Region names) keeps its Regions; everything else becomes SingleRegionStrategy. One Region is
 * SingleRegionStrategy too: Keyspaces' NTS describes two Regions or more (KS4009).
 * The comment names the rules the audit reports for the input's replication (the same tests as
 * the checks replication-class, datacenter-not-region, single-region-nts, replication-factor and
 * the simple-strategy match), or the reason when no rule applies.
 */
function convertKeyspace(create: CreateKeyspace, regions: readonly string[], note: (t: string) => void, rule: RuleRef, wording: Wording): CreateKeyspace {
  const props = { ...create.properties.properties };
  const replication = props['replication'];
  const input = replicationMap(create);
  const datacenters = input?.className === 'NetworkTopologyStrategy' ? input.entries.filter((e) => e.key !== 'replication_factor') : [];
  const inputNoMultiRegion = datacenters.some((d) => NO_MULTI_REGION_REGION.test(d.key));
  const inputRegions = datacenters.length >= 2 && !inputNoMultiRegion && datacenters.every((d) => AWS_REGION_NAME.test(d.key)) ? datacenters.map((d) => d.key) : undefined;
  const targetRegions = multiRegion(regions) ? regions : regions.length === 0 ? inputRegions : undefined;
  const target: MapLiteral =
    targetRegions === undefined
      ? mapLiteral([['class', str('SingleRegionStrategy')]])
      : mapLiteral([['class', str('NetworkTopologyStrategy')] as const, ...targetRegions.map((r) => [r, str('3')] as const)]);
  const unchanged =
    input !== undefined &&
    (targetRegions === undefined
      ? input.className === 'SingleRegionStrategy' && input.entries.length === 0
      : input.className === 'NetworkTopologyStrategy' &&
        datacenters.length === targetRegions.length &&
        datacenters.every((d, i) => d.key === targetRegions[i] && numberValue(d.value) === 3) &&
        datacenters.length === input.entries.length);
  if (!unchanged) {
    const reasons: string[] = [];
    if (input?.className === 'SimpleStrategy') reasons.push(ruleLabel(rule('simple-strategy')));
    else if (input?.className !== undefined && !['SingleRegionStrategy', 'NetworkTopologyStrategy'].includes(input.className)) reasons.push(ruleLabel(rule('replication-class')));
    if (datacenters.some((d) => !AWS_REGION_NAME.test(d.key))) reasons.push(ruleLabel(rule('datacenter-not-region')));
    if (datacenters.length === 1) reasons.push(ruleLabel(rule('single-region-nts')));
    if (datacenters.some((d) => numberValue(d.value) !== undefined && numberValue(d.value) !== 3)) reasons.push(ruleLabel(rule('replication-factor')));
    if (inputNoMultiRegion) reasons.push(ruleLabel(rule('multi-region-unsupported-region')));
    if (multiRegion(regions)) reasons.push(wording.replicationRegionsReason);
    else if (regions.length > 0) reasons.push(regions.length === 1 ? wording.replicationOneRegionReason : wording.replicationNoMultiRegionReason);
    else if (reasons.length === 0) reasons.push(targetRegions !== undefined ? wording.replicationRegionsKeptReason : wording.replicationSingleRegionReason);
    const before = replication ? printValue(replication.value) : '(none)';
    note(renderTemplate(wording.replicationChanged, { from: before, to: printValue(target), reasons: reasons.join('; ') }));
  }
  props['replication'] = property('replication', target);
  const durable = props['durable_writes'];
  if (durable && /false/i.test(printValue(durable.value))) {
    delete props['durable_writes'];
    note(renderTemplate(wording.optionsRemoved['durable-writes-false'] ?? wording.optionsRemoved.default, { options: 'durable_writes = false', ...rule('durable-writes-false') }));
  }
  return { ...create, ifNotExists: true, properties: { ...create.properties, properties: props } };
}

/** Whether `regions` can be one multi-Region keyspace: two or more, none of them without multi-Region replication. */
function multiRegion(regions: readonly string[]): boolean {
  return regions.length >= 2 && !regions.some((r) => NO_MULTI_REGION_REGION.test(r));
}

function ruleLabel(r: { ruleId: string; rule: string }): string {
  return `${r.ruleId} ${r.rule}`;
}

interface TableContext {
  needsTtl: boolean;
  needsTimestamps: boolean;
  capacity: CapacityMode | undefined;
  note: (text: string) => void;
  mapping: TypeMapping;
}

function convertTable(table: CreateTable, keyspace: string, ctx: TableContext): CreateTable {
  const { rule, wording } = ctx.mapping;
  const props: Record<string, Property> = {};
  const removed = new Map<string, string[]>();
  for (const [name, prop] of Object.entries(table.properties.properties)) {
    const dropRule = droppedOptionRule(name, prop.value);
    if (dropRule !== undefined) {
      removed.set(dropRule, [...(removed.get(dropRule) ?? []), name === 'cdc' ? `cdc = ${printValue(prop.value)}` : name]);
      continue;
    }
    props[name] = prop;
  }
  for (const [ruleName, names] of removed) {
    ctx.note(renderTemplate(wording.optionsRemoved[ruleName] ?? wording.optionsRemoved.default, { options: names.join(', '), ...rule(ruleName) }));
  }
  if (table.compactStorage) ctx.note(renderTemplate(wording.compactStorageRemoved, rule('compact-storage')));

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
    const reasons = [ttl && enabled.includes('ttl') ? wording.ttlReason : undefined, enabled.includes('client_side_timestamps') ? wording.timestampReason : undefined].filter(
      (r): r is string => r !== undefined,
    );
    ctx.note(renderTemplate(wording.featuresEnabled, { features: enabled.join(', '), reason: reasons.join('; ') }));
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
    const type = storableType(c.type, c.name.text, ctx.note, ctx.mapping);
    if (c.mask) ctx.note(renderTemplate(wording.maskRemoved, { column: c.name.text, ...rule('data-masking') }));
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

/** What mapping column types needs: the nesting limit, and the rules and wording for the comments. */
interface TypeMapping {
  maxDepth: number;
  rule: RuleRef;
  wording: Wording;
}

/**
 * The type a column (or UDT field) is stored as on Keyspaces: unsupported types mapped to storable
 * ones, then collections nested deeper than Keyspaces allows cut at the limit, each change noted.
 */
function storableType(type: CqlType, column: string, note: (t: string) => void, mapping: TypeMapping): CqlType {
  const mapped = mapType(type, column, note, mapping.rule, mapping.wording);
  const depth = collectionDepth(mapped);
  if (depth <= mapping.maxDepth) return mapped;
  const capped = capNesting(mapped, mapping.maxDepth);
  note(
    renderTemplate(mapping.wording.nestingFlattened, {
      column,
      from: printType(mapped),
      to: printType(capped),
      depth,
      maxDepth: mapping.maxDepth,
      ...mapping.rule('frozen-nesting-depth'),
    }),
  );
  return capped;
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

/**
 * Keeps the outer `budget` levels of collections and stores each part that would sit deeper as
 * `text` (its value serialized as JSON), so the column keeps as much of its structure as Keyspaces
 * allows. A `frozen<>` whose content became text is dropped (CQL freezes only collections, tuples and UDTs).
 */
function capNesting(t: CqlType, budget: number): CqlType {
  if (collectionDepth(t) <= budget) return t;
  switch (t.kind) {
    case 'FrozenType': {
      const inner = capNesting(t.inner, budget);
      return inner.kind === 'NativeType' ? inner : { ...t, inner };
    }
    case 'TupleType':
      return { ...t, elements: t.elements.map((e) => capNesting(e, budget)) };
    case 'ListType':
    case 'SetType':
      return budget < 1 ? { kind: 'NativeType', name: 'text', range: t.range } : { ...t, element: capNesting(t.element, budget - 1) };
    case 'MapType':
      return budget < 1 ? { kind: 'NativeType', name: 'text', range: t.range } : { ...t, key: capNesting(t.key, budget - 1), value: capNesting(t.value, budget - 1) };
    default:
      return t;
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
