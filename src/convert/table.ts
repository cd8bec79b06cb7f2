import type { ColumnDefinition, CreateTable, MapLiteral, Property } from '../cql/ast/nodes.js';
import { mapLiteral, numberLiteral, property, stringLiteral } from '../cql/ast/make.js';
import type { TableInfo } from '../catalog/catalog.js';
import { renderTemplate } from '../rules/schema.js';
import { IGNORED_TABLE_OPTIONS, KEYSPACES_TABLE_OPTIONS } from '../rules/table-options.js';
import { printValue, qualify } from './ast.js';
import { storableType } from './columns.js';
import type { ConvertContext, Converted } from './context.js';
import { removalText } from './wording.js';

/** How the converted tables are billed. */
export type CapacityMode = { mode: 'on-demand' } | { mode: 'provisioned'; readCapacityUnits: number; writeCapacityUnits: number };

/** What a table needs on the target beyond its definition: features its statements use, and the capacity mode. */
export interface TableNeeds {
  ttl: boolean;
  clientSideTimestamps: boolean;
  capacity: CapacityMode | undefined;
}

/**
 * The table as Keyspaces can create it: options Keyspaces ignores, rejects or gives another
 * meaning removed; COMPACT STORAGE and column masks removed; column types made storable; and
 * CUSTOM_PROPERTIES turning on TTL and client-side timestamps where the table needs them, and the
 * capacity mode. Properties the input already sets in CUSTOM_PROPERTIES are kept as written.
 */
export function convertTable(table: TableInfo, needs: TableNeeds, ctx: ConvertContext): Converted<CreateTable> {
  const { wording, cite } = ctx;
  const ddl = table.ddl;
  const notes: string[] = [];
  const props: Record<string, Property> = {};
  const removed = new Map<string, string[]>();
  for (const [name, prop] of Object.entries(ddl.properties.properties)) {
    const dropRule = droppedOptionRule(name, prop.value);
    if (dropRule !== undefined) {
      removed.set(dropRule, [...(removed.get(dropRule) ?? []), name === 'cdc' ? `cdc = ${printValue(prop.value)}` : name]);
      continue;
    }
    props[name] = prop;
  }
  for (const [ruleName, names] of removed) notes.push(renderTemplate(removalText(wording, ruleName), { options: names.join(', '), ...cite(ruleName) }));
  if (ddl.compactStorage) notes.push(renderTemplate(wording.compactStorageRemoved, cite('compact-storage')));

  const custom = customProperties(props, needs, notes, ctx);
  if (custom.size > 0) props['custom_properties'] = property('custom_properties', mapLiteral(custom));

  const columns: ColumnDefinition[] = ddl.columns.map((c) => {
    const type = storableType(c.type, c.name.text, ctx, notes);
    if (c.mask) notes.push(renderTemplate(wording.maskRemoved, { column: c.name.text, ...cite('data-masking') }));
    const { mask: _mask, ...rest } = c;
    return { ...rest, type };
  });
  return {
    statement: { ...ddl, name: qualify(ddl.name, table.keyspace), ifNotExists: true, columns, compactStorage: false, properties: { ...ddl.properties, properties: props } },
    notes,
  };
}

/**
 * The table's CUSTOM_PROPERTIES: the input's, plus `ttl` when writes use TTL or the table sets
 * `default_time_to_live`, `client_side_timestamps` when statements set or read write times, and
 * `capacity_mode` when one is given (each only when the input does not set it already).
 */
function customProperties(props: Readonly<Record<string, Property>>, needs: TableNeeds, notes: string[], ctx: ConvertContext): Map<string, MapLiteral> {
  const { wording } = ctx;
  const defaultTtl = props['default_time_to_live'];
  const ttl = needs.ttl || (defaultTtl !== undefined && /^[1-9]/.test(printValue(defaultTtl.value)));
  const custom = new Map<string, MapLiteral>();
  const existing = props['custom_properties']?.value;
  if (existing?.kind === 'MapLiteral') {
    for (const e of existing.entries) if (e.key.kind === 'Literal' && e.value.kind === 'MapLiteral') custom.set(e.key.value ?? e.key.text, e.value);
  }
  const enabled: string[] = [];
  const reasons: string[] = [];
  if (ttl && !custom.has('ttl')) {
    custom.set('ttl', mapLiteral([['status', stringLiteral('enabled')]]));
    enabled.push('ttl');
    reasons.push(wording.ttlReason);
  }
  if (needs.clientSideTimestamps && !custom.has('client_side_timestamps')) {
    custom.set('client_side_timestamps', mapLiteral([['status', stringLiteral('enabled')]]));
    enabled.push('client_side_timestamps');
    reasons.push(wording.timestampReason);
  }
  if (enabled.length > 0) notes.push(renderTemplate(wording.featuresEnabled, { features: enabled.join(', '), reason: reasons.join('; ') }));
  if (needs.capacity && !custom.has('capacity_mode')) custom.set('capacity_mode', capacityMode(needs.capacity));
  return custom;
}

function capacityMode(capacity: CapacityMode): MapLiteral {
  if (capacity.mode === 'on-demand') return mapLiteral([['throughput_mode', stringLiteral('PAY_PER_REQUEST')]]);
  return mapLiteral([
    ['throughput_mode', stringLiteral('PROVISIONED')],
    ['read_capacity_units', numberLiteral(Math.trunc(capacity.readCapacityUnits))],
    ['write_capacity_units', numberLiteral(Math.trunc(capacity.writeCapacityUnits))],
  ]);
}

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
