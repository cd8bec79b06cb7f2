/**
 * Keyspaces' `system_schema_mcs` keyspace (keyspaces-facts §13, §14) and its view of
 * `system_schema.keyspaces`. The backend Cassandra has no `system_schema_mcs`, so a SELECT on it
 * is answered from the matching `system_schema` table (same key columns) plus the emulator state:
 * table `status` (CREATING until `--ddl-delay` has passed, then ACTIVE), `custom_properties` as
 * Keyspaces shows them, and each keyspace's replication as the client asked for it.
 *
 * Flow for the proxy: `mcsTarget(stmt)` says whether a SELECT is one of these; `mcsBackendQuery`
 * gives the `system_schema` query (and which bound values to pass on) to run on the backend;
 * `answerMcs` turns the backend's rows into the client's answer. Rows are protocol cells
 * (`Buffer | null`) with `ColumnSpec`s, ready for `encodeResult`.
 */
import { printStatement } from '../../cql/ast/print.js';
import type { Expression, Relation, Select, Selector, Statement } from '../../cql/ast/nodes.js';
import { TypeCode } from '../protocol/constants.js';
import type { ColumnSpec } from '../protocol/messages.js';
import type { ColumnType } from '../protocol/types.js';
import { bindingsOf, boundValue } from './values.js';
import type { BoundValueList } from './values.js';
import { defaultCustomProperties } from './ddl.js';
import type { CustomProperties, EmulatorState } from './state.js';

/** The `system_schema_mcs` tables the emulator answers. */
export type McsTable = 'keyspaces' | 'tables' | 'columns';

/** Backend rows as the proxy decoded them from the RESULT (columns from the metadata). */
export interface BackendRows {
  columns: readonly ColumnSpec[];
  rows: readonly (readonly (Buffer | null)[])[];
}

/** The answer: column specs (keyspace `system_schema_mcs`) and encoded cells. */
export interface McsAnswer {
  columns: ColumnSpec[];
  rows: (Buffer | null)[][];
}

/** What `answerMcs` needs besides the rows. */
export interface McsContext {
  state: EmulatorState;
  now: number;
  ddlDelayMs: number;
  /** The bound values of the client's statement (EXECUTE), positional. */
  values?: BoundValueList | undefined;
}

const text: ColumnType = { code: TypeCode.Varchar };
const int: ColumnType = { code: TypeCode.Int };
const boolean: ColumnType = { code: TypeCode.Boolean };
const textMap: ColumnType = { code: TypeCode.Map, key: text, value: text };
const customPropertiesType: ColumnType = { code: TypeCode.Map, key: text, value: textMap };

/** Columns Keyspaces adds to `system_schema_mcs.tables` (answered from the state, filtered locally). */
const mcsOnlyColumns: Partial<Record<McsTable, ReadonlySet<string>>> = {
  tables: new Set(['status', 'custom_properties']),
};

/** The columns of each answered table, in Cassandra's order (keys, then regular columns by name). */
export const mcsColumns: Readonly<Record<Exclude<McsTable, 'columns'>, readonly { name: string; type: ColumnType }[]>> = {
  keyspaces: [
    { name: 'keyspace_name', type: text },
    { name: 'durable_writes', type: boolean },
    { name: 'replication', type: textMap },
  ],
  tables: [
    { name: 'keyspace_name', type: text },
    { name: 'table_name', type: text },
    { name: 'comment', type: text },
    { name: 'custom_properties', type: customPropertiesType },
    { name: 'default_time_to_live', type: int },
    { name: 'status', type: text },
  ],
};

/** Which `system_schema_mcs` table a statement reads, if any. */
export function mcsTarget(stmt: Statement, connectionKeyspace?: string): McsTable | undefined {
  if (stmt.kind !== 'Select') return undefined;
  const keyspace = stmt.table.keyspace?.text ?? connectionKeyspace;
  if (keyspace !== 'system_schema_mcs') return undefined;
  const table = stmt.table.name.text;
  return table === 'keyspaces' || table === 'tables' || table === 'columns' ? table : undefined;
}

/**
 * The backend query for a `system_schema_mcs` SELECT: every column of the `system_schema` table
 * with the client's WHERE minus Keyspaces-only columns. `valueIndexes` lists which of the client's
 * bound values to send with it, in order.
 */
export function mcsBackendQuery(stmt: Select, table: McsTable): { cql: string; valueIndexes: number[] } {
  const bindings = bindingsOf(stmt, undefined);
  const localOnly = mcsOnlyColumns[table];
  const where = stmt.where.filter((r) => !(r.kind === 'Relation' && localOnly?.has(columnOf(r) ?? '') === true));
  const kept: Select = {
    ...stmt,
    json: false,
    selectors: [],
    wildcard: true,
    table: {
      ...stmt.table,
      keyspace: { kind: 'Identifier', text: 'system_schema', quoted: false, range: stmt.table.range },
    },
    where,
    allowFiltering: stmt.allowFiltering || where.length < stmt.where.length,
  };
  delete kept.limit;
  delete kept.perPartitionLimit;
  const valueIndexes = [...bindingsOf(kept, undefined).markers.keys()].map((marker) => bindings.markers.get(marker) ?? -1);
  return { cql: printStatement(kept), valueIndexes };
}

/** Builds the client's answer from the backend's `system_schema` rows. */
export function answerMcs(stmt: Select, table: McsTable, backend: BackendRows, ctx: McsContext): McsAnswer {
  const index = new Map(backend.columns.map((c, i) => [c.name, i]));
  const cell = (row: readonly (Buffer | null)[], name: string) => {
    const i = index.get(name);
    return i === undefined ? null : (row[i] ?? null);
  };
  let available: { name: string; type: ColumnType }[];
  let rows: (Buffer | null)[][];
  if (table === 'columns') {
    available = backend.columns.map((c) => ({ name: c.name, type: c.type }));
    rows = backend.rows.map((row) => [...row]);
  } else if (table === 'keyspaces') {
    available = [...mcsColumns.keyspaces];
    rows = backend.rows.map((row) => {
      const keyspace = decodeText(cell(row, 'keyspace_name'));
      const requested = keyspace === undefined ? undefined : ctx.state.keyspace(keyspace)?.replication;
      return [
        cell(row, 'keyspace_name'),
        cell(row, 'durable_writes'),
        requested === undefined ? cell(row, 'replication') : encodeTextMap(requested),
      ];
    });
  } else {
    available = [...mcsColumns.tables];
    rows = backend.rows.map((row) => {
      const keyspace = decodeText(cell(row, 'keyspace_name')) ?? '';
      const name = decodeText(cell(row, 'table_name')) ?? '';
      const state = ctx.state.table(keyspace, name);
      return [
        cell(row, 'keyspace_name'),
        cell(row, 'table_name'),
        cell(row, 'comment'),
        encodeCustomProperties(shownCustomProperties(state?.customProperties, state?.createdAt)),
        cell(row, 'default_time_to_live'),
        encodeText(ctx.state.tableStatus(keyspace, name, ctx.now, ctx.ddlDelayMs)),
      ];
    });
    rows = filterLocally(stmt, rows, available, ctx.values);
  }
  return project(stmt, table, available, rows);
}

/**
 * `system_schema.keyspaces` as Keyspaces shows it: each keyspace's replication as the client asked
 * for it. Takes and returns the backend's rows (columns unchanged).
 */
export function rewriteSchemaKeyspaces(backend: BackendRows, state: EmulatorState): (Buffer | null)[][] {
  const nameAt = backend.columns.findIndex((c) => c.name === 'keyspace_name');
  const replicationAt = backend.columns.findIndex((c) => c.name === 'replication');
  return backend.rows.map((row) => {
    const out = [...row];
    if (nameAt < 0 || replicationAt < 0) return out;
    const keyspace = decodeText(row[nameAt] ?? null);
    const requested = keyspace === undefined ? undefined : state.keyspace(keyspace)?.replication;
    if (requested !== undefined) out[replicationAt] = encodeTextMap(requested);
    return out;
  });
}

/** Column specs of a `system_schema_mcs` SELECT's bound variables (for PREPARE answers): all text keys. */
export function mcsBindColumns(stmt: Select, table: McsTable): ColumnSpec[] {
  const out: ColumnSpec[] = [];
  const markers = [...bindingsOf(stmt, undefined).markers.keys()];
  for (const marker of markers) {
    const relation = stmt.where.find((r) => r.kind === 'Relation' && containsNode(r, marker));
    const name = relation?.kind === 'Relation' ? (columnOf(relation) ?? '?') : '?';
    const type = name === 'default_time_to_live' ? int : text;
    out.push({ keyspace: 'system_schema_mcs', table, name, type });
  }
  return out;
}

/** Column specs of the answer to a `system_schema_mcs` SELECT (for PREPARE answers); undefined for `columns`. */
export function mcsResultColumns(stmt: Select, table: McsTable): ColumnSpec[] | undefined {
  if (table === 'columns') return undefined;
  return project(stmt, table, [...mcsColumns[table]], []).columns;
}

// ───────────────────────── helpers ─────────────────────────

/** Keyspaces' default properties plus the table's, with the capacity-mode timestamp Keyspaces adds. */
function shownCustomProperties(properties: CustomProperties | undefined, createdAt: number | undefined): CustomProperties {
  const shown: CustomProperties = { ...defaultCustomProperties(), ...(properties ?? {}) };
  const capacity = shown['capacity_mode'];
  if (capacity?.['throughput_mode'] === 'PAY_PER_REQUEST' && capacity['last_update_to_pay_per_request_timestamp'] === undefined) {
    shown['capacity_mode'] = { ...capacity, last_update_to_pay_per_request_timestamp: String(createdAt ?? 0) };
  }
  return shown;
}

function project(
  stmt: Select,
  table: McsTable,
  available: readonly { name: string; type: ColumnType }[],
  rows: (Buffer | null)[][],
): McsAnswer {
  const limit = stmt.limit?.kind === 'Literal' && stmt.limit.type === 'integer' ? Number(stmt.limit.text) : undefined;
  const limited = limit === undefined ? rows : rows.slice(0, limit);
  const spec = (name: string, type: ColumnType): ColumnSpec => ({ keyspace: 'system_schema_mcs', table, name, type });
  if (stmt.wildcard) {
    return { columns: available.map((c) => spec(c.name, c.type)), rows: limited };
  }
  const picks = stmt.selectors.map((s) => pick(s, available));
  return {
    columns: picks.map((p) => spec(p.name, p.type)),
    rows: limited.map((row) => picks.map((p) => (p.index < 0 ? null : (row[p.index] ?? null)))),
  };
}

function pick(selector: Selector, available: readonly { name: string; type: ColumnType }[]) {
  const column = selector.expression.kind === 'ColumnRef' ? selector.expression.name.text : undefined;
  const index = column === undefined ? -1 : available.findIndex((c) => c.name === column);
  return {
    name: selector.alias?.text ?? column ?? 'unknown',
    type: index < 0 ? text : (available[index]?.type ?? text),
    index,
  };
}

function filterLocally(
  stmt: Select,
  rows: (Buffer | null)[][],
  available: readonly { name: string }[],
  values: BoundValueList | undefined,
): (Buffer | null)[][] {
  const bindings = bindingsOf(stmt, values);
  let out = rows;
  for (const relation of stmt.where) {
    if (relation.kind !== 'Relation' || relation.operator !== '=' || relation.right === undefined || relation.right.kind === 'InList') continue;
    const column = columnOf(relation);
    if (column !== 'status') continue;
    const wanted = relation.right.kind === 'BindMarker' ? boundValue(relation.right, bindings)?.toString('utf8') : literalString(relation.right);
    if (wanted === undefined) continue;
    const at = available.findIndex((c) => c.name === column);
    out = out.filter((row) => decodeText(row[at] ?? null) === wanted);
  }
  return out;
}

function columnOf(relation: Relation): string | undefined {
  return relation.left.kind === 'ColumnRef' ? relation.left.name.text : undefined;
}

function literalString(expr: Expression): string | undefined {
  return expr.kind === 'Literal' ? (expr.value ?? expr.text) : undefined;
}

function containsNode(root: unknown, target: unknown): boolean {
  if (root === target) return true;
  if (typeof root !== 'object' || root === null) return false;
  return Object.values(root).some((value) => containsNode(value, target));
}

function decodeText(cell: Buffer | null): string | undefined {
  return cell === null ? undefined : cell.toString('utf8');
}

function encodeText(value: string): Buffer {
  return Buffer.from(value, 'utf8');
}

function encodeBytes(value: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeInt32BE(value.length, 0);
  return Buffer.concat([length, value]);
}

function encodeMap(entries: readonly [Buffer, Buffer][]): Buffer {
  const count = Buffer.alloc(4);
  count.writeInt32BE(entries.length, 0);
  return Buffer.concat([count, ...entries.flatMap(([k, v]) => [encodeBytes(k), encodeBytes(v)])]);
}

/** A `map<text, text>` cell, keys sorted as Cassandra sorts them. */
export function encodeTextMap(map: Readonly<Record<string, string>>): Buffer {
  return encodeMap(
    Object.keys(map)
      .sort()
      .map((key) => [encodeText(key), encodeText(map[key] ?? '')]),
  );
}

/** A `map<text, frozen<map<text, text>>>` cell. */
export function encodeCustomProperties(properties: CustomProperties): Buffer {
  return encodeMap(
    Object.keys(properties)
      .sort()
      .map((key) => [encodeText(key), encodeTextMap(properties[key] ?? {})]),
  );
}

/** Decodes a `map<text, text>` cell (the inverse of `encodeTextMap`). */
export function decodeTextMap(cell: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  let at = 4;
  const count = cell.readInt32BE(0);
  const next = () => {
    const length = cell.readInt32BE(at);
    const value = cell.subarray(at + 4, at + 4 + length);
    at += 4 + length;
    return value;
  };
  for (let i = 0; i < count; i++) {
    const key = next().toString('utf8');
    out[key] = next().toString('utf8');
  }
  return out;
}
