/**
 * Statement-policy checks on writes: TTL and client-side timestamps against the table's features,
 * the timestamp window, IN in UPDATE/DELETE, columns per write, key and row sizes, batch sizes
 * and the logged-batch restrictions; plus what capacity and range-delete counting need.
 */
import { printStatement } from '../../cql/ast/print.js';
import type { BatchChild, Delete, Expression, Insert, Relation, Select, Statement, Update, UsingClause } from '../../cql/ast/nodes.js';
import { appliedUsing } from '../../cql/ast/using.js';
import { reject } from './rejections.js';
import type { WriteCharge } from './capacity.js';
import { isSystemKeyspace } from './consistency.js';
import type { Rejection } from './errors.js';
import { checkSyntax, checkTyped } from './expression-policy.js';
import { checkCreating, isRelation, limits, rangeOperators, resolveTable } from './policy-context.js';
import type { BatchItem, PolicyContext, TableRef } from './policy-context.js';
import { tableKey, type TableColumns } from './state.js';
import { bindingsOf, integerValue, valueIdentity, valueSize } from './values.js';
import type { Bindings } from './values.js';

/**
 * Capacity charges of a write: one per written statement (`keyspace.table`, bytes of keys and
 * values). Empty for anything that is not a write.
 */
export function writeCharges(stmt: Statement, ctx: Pick<PolicyContext, 'keyspace' | 'values' | 'state'>): WriteCharge[] {
  const bindings = bindingsOf(stmt, ctx.values);
  if (stmt.kind === 'Batch') return stmt.statements.flatMap((child) => chargeOf(child, bindings, ctx));
  if (stmt.kind === 'Insert' || stmt.kind === 'Update' || stmt.kind === 'Delete') return chargeOf(stmt, bindings, ctx);
  return [];
}

/** Capacity charges of a BATCH frame. */
export function batchWriteCharges(items: readonly BatchItem[], ctx: Pick<PolicyContext, 'keyspace' | 'state'>): WriteCharge[] {
  return items.flatMap((item) => writeCharges(item.stmt, { ...ctx, values: item.values }));
}

/**
 * For a DELETE of a range of rows: a SELECT the proxy runs first (with the client's bound values
 * at `valueIndexes`) to count the rows the delete would remove; pass the number of rows it returned
 * to `checkRangeDeleteCount`. `undefined` when the statement is not a range delete.
 */
export function rangeDeleteProbe(
  stmt: Statement,
  ctx: Pick<PolicyContext, 'keyspace' | 'state'>,
): { cql: string; valueIndexes: number[] } | undefined {
  if (stmt.kind !== 'Delete' || stmt.selections.length > 0) return undefined;
  const target = resolveTable(stmt.table, ctx);
  if (target === undefined || isSystemKeyspace(target.keyspace)) return undefined;
  const columns = ctx.state.table(target.keyspace, target.table)?.columns;
  if (!isRangeDelete(stmt, columns)) return undefined;
  const range = stmt.range;
  const selectors: Select['selectors'] = (columns?.partitionKey ?? []).map((name) => ({
    kind: 'Selector',
    expression: { kind: 'ColumnRef', name: { kind: 'Identifier', text: name, quoted: name !== name.toLowerCase(), range }, range },
    range,
  }));
  const probe: Select = {
    kind: 'Select',
    json: false,
    distinct: false,
    selectors,
    wildcard: selectors.length === 0,
    table: stmt.table,
    where: stmt.where,
    groupBy: [],
    orderBy: [],
    limit: { kind: 'Literal', type: 'integer', text: String(limits.rangeDeleteRows + 1), range },
    allowFiltering: false,
    range,
  };
  const bindings = bindingsOf(stmt, undefined);
  const valueIndexes = [...bindingsOf(probe, undefined).markers.keys()].map((marker) => bindings.markers.get(marker) ?? -1);
  return { cql: printStatement(probe), valueIndexes };
}

/** The rejection for a range delete whose probe returned `rows` rows (more than 1,000 → refused). */
export function checkRangeDeleteCount(rows: number): Rejection | undefined {
  return rows > limits.rangeDeleteRows ? reject('range-delete-too-large') : undefined;
}

// ───────────────────────── writes ─────────────────────────

/** One batch child with the bindings its markers take values from, and the batch-level USING. */
export interface BatchEntry {
  stmt: BatchChild;
  bindings: Bindings;
  batchUsing: UsingClause | undefined;
}

/** Keyspaces' statement-count limits: 30 unlogged, 100 logged. */
export function checkBatchSize(type: 'logged' | 'unlogged', count: number): Rejection | undefined {
  if (type === 'unlogged' && count > limits.unloggedBatchStatements) return reject('unlogged-batch-size', { count });
  if (type === 'logged' && count > limits.loggedBatchStatements) return reject('logged-batch-size', { count });
  return undefined;
}

/** A batch's own rules (type, size, conditions, logged-batch restrictions), then every child as a write. */
export function checkBatchStatements(
  type: 'logged' | 'unlogged' | 'counter',
  entries: readonly BatchEntry[],
  ctx: PolicyContext,
): Rejection | undefined {
  if (type === 'counter') return reject('counter-batch');
  const size = checkBatchSize(type, entries.length);
  if (size !== undefined) return size;
  if (type === 'unlogged') {
    if (entries.some((e) => isConditional(e.stmt))) return reject('unlogged-batch-conditional');
  } else {
    const rows = new Set<string>();
    const inferredKeys = inferKeyColumns(entries, ctx);
    for (const entry of entries) {
      const target = resolveTable(entry.stmt.table, ctx);
      const columns = target === undefined ? undefined : ctx.state.table(target.keyspace, target.table)?.columns;
      if (entry.stmt.kind === 'Update' && isCounterUpdate(entry.stmt, columns)) return reject('logged-batch-counter');
      if (entry.stmt.kind === 'Delete' && isRangeDelete(entry.stmt, columns)) return reject('logged-batch-range-delete');
      if (entry.stmt.kind !== 'Insert') {
        const bad = entry.stmt.where.filter(isRelation).find((r) => r.operator === 'IN' || rangeOperators.has(r.operator));
        if (bad !== undefined) return reject('logged-batch-where', { operator: bad.operator });
      }
      if (target !== undefined) {
        const keys = columns === undefined ? inferredKeys.get(tableKey(target.keyspace, target.table)) : [...columns.partitionKey, ...columns.clustering];
        const row = keys === undefined ? undefined : rowIdentity(entry.stmt, entry.bindings, keys);
        if (row !== undefined) {
          const key = `${target.keyspace}.${target.table}:${row}`;
          if (rows.has(key)) return reject('logged-batch-same-row', target);
          rows.add(key);
        }
      }
    }
  }
  for (const entry of entries) {
    const rejection = checkWrite(entry.stmt, entry.batchUsing, entry.bindings, ctx);
    if (rejection !== undefined) return rejection;
  }
  return undefined;
}

/** One INSERT/UPDATE/DELETE: table status, TTL/timestamp features and window, IN, column count, sizes. */
export function checkWrite(
  stmt: Insert | Update | Delete,
  batchUsing: UsingClause | undefined,
  bindings: Bindings,
  ctx: PolicyContext,
): Rejection | undefined {
  const target = resolveTable(stmt.table, ctx);
  if (target === undefined || isSystemKeyspace(target.keyspace)) return undefined;
  const creating = checkCreating(target, ctx);
  if (creating !== undefined) return creating;
  const features = ctx.state.features(target.keyspace, target.table);
  const using = appliedUsing(stmt, batchUsing);
  if (using.ttl !== undefined && !features.ttl) return reject('ttl-disabled');
  if (using.timestamp !== undefined) {
    if (!features.clientSideTimestamps) return reject('client-timestamps-disabled', target);
    const micros = integerValue(using.timestamp, bindings);
    if (micros !== undefined && !timestampInWindow(micros, ctx.now)) {
      return reject('timestamp-out-of-range', { timestamp: micros });
    }
  }
  if (stmt.kind !== 'Insert' && stmt.where.some((r) => isRelation(r) && r.operator === 'IN')) {
    return reject('in-dml', { statement: stmt.kind === 'Update' ? 'UPDATE' : 'DELETE' });
  }
  const expressions = checkSyntax(stmt) ?? checkTyped(stmt, ctx.state.table(target.keyspace, target.table)?.columns, bindings);
  if (expressions !== undefined) return expressions;
  if (stmt.kind === 'Delete') return undefined;
  const written = writtenValues(stmt);
  const limit = features.ttl ? limits.columnsPerWriteWithTtl : limits.columnsPerWrite;
  if (written.count > limit) return reject('too-many-columns', { count: written.count, limit });
  return checkSizes(target, written.values, bindings, ctx.state.table(target.keyspace, target.table)?.columns);
}

/** True when a client timestamp (µs since epoch) lies within [now − 2 days, now + 5 minutes]. */
export function timestampInWindow(micros: bigint, nowMs: number): boolean {
  const low = BigInt(nowMs - limits.timestampPastMs) * 1000n;
  const high = BigInt(nowMs + limits.timestampFutureMs) * 1000n;
  return micros >= low && micros <= high;
}

interface WrittenValues {
  /** Columns written (keys included). */
  readonly count: number;
  /** Column → value expressions contributing to its size. */
  readonly values: ReadonlyMap<string, readonly Expression[]>;
}

/**
 * What a statement writes depends on its tree alone, and a prepared statement's tree is the parse
 * cache's, the same object on every EXECUTE: worked out once per tree (the trees are never changed).
 */
const writtenByStatement = new WeakMap<Insert | Update, WrittenValues>();

function writtenValues(stmt: Insert | Update): WrittenValues {
  let written = writtenByStatement.get(stmt);
  if (written === undefined) writtenByStatement.set(stmt, (written = collectWrittenValues(stmt)));
  return written;
}

function collectWrittenValues(stmt: Insert | Update): WrittenValues {
  const values = new Map<string, Expression[]>();
  const add = (column: string, expr: Expression) => values.set(column, [...(values.get(column) ?? []), expr]);
  if (stmt.kind === 'Insert') {
    if (stmt.json !== undefined) return { count: jsonColumnCount(stmt.json.value), values: jsonValues(stmt.json.value) };
    stmt.columns.forEach((column, i) => {
      const value = stmt.values[i];
      if (value !== undefined) add(column.text, value);
    });
    return { count: stmt.columns.length, values };
  }
  for (const relation of stmt.where) {
    if (isRelation(relation) && relation.operator === '=' && relation.left.kind === 'ColumnRef' && relation.right !== undefined && relation.right.kind !== 'InList') {
      add(relation.left.name.text, relation.right);
    }
  }
  for (const assignment of stmt.assignments) {
    const column = assignedColumn(assignment.target);
    if (column !== undefined) add(column, assignment.value);
  }
  return { count: values.size, values };
}

function checkSizes(
  target: TableRef,
  values: ReadonlyMap<string, readonly Expression[]>,
  bindings: Bindings,
  columns: TableColumns | undefined,
): Rejection | undefined {
  const sizeOf = (column: string) =>
    (values.get(column) ?? []).reduce((total, expr) => total + valueSize(expr, bindings, columns?.types[column]), 0);
  if (columns !== undefined) {
    const partitionKey = columns.partitionKey.reduce((total, column) => total + sizeOf(column), 0);
    if (partitionKey > limits.partitionKeyBytes) return reject('partition-key-too-large', { ...target, size: partitionKey });
    for (const column of columns.clustering) {
      const size = sizeOf(column);
      if (size > limits.clusteringColumnBytes) return reject('clustering-key-too-large', { ...target, column, size });
    }
  }
  let row = 0;
  for (const column of values.keys()) row += sizeOf(column);
  if (row > limits.rowBytes) return reject('row-too-large', { ...target, size: row });
  return undefined;
}

function chargeOf(stmt: BatchChild, bindings: Bindings, ctx: Pick<PolicyContext, 'keyspace' | 'state'>): WriteCharge[] {
  const target = resolveTable(stmt.table, ctx);
  if (target === undefined) return [];
  const columns = ctx.state.table(target.keyspace, target.table)?.columns;
  let bytes = 0;
  if (stmt.kind === 'Delete') {
    for (const relation of stmt.where) {
      if (isRelation(relation) && relation.right !== undefined) bytes += valueSize(relation.right, bindings);
    }
  } else {
    for (const [column, exprs] of writtenValues(stmt).values) {
      for (const expr of exprs) bytes += valueSize(expr, bindings, columns?.types[column]);
    }
  }
  return [{ table: tableKey(target.keyspace, target.table), bytes }];
}

function isConditional(stmt: BatchChild): boolean {
  if (stmt.kind === 'Insert') return stmt.ifNotExists;
  return stmt.ifExists || stmt.conditions.length > 0;
}

function assignedColumn(target: Expression): string | undefined {
  if (target.kind === 'ColumnRef') return target.name.text;
  if (target.kind === 'ElementAccess' || target.kind === 'FieldAccess') return assignedColumn(target.target);
  return undefined;
}

/** `c = c + n` / `c += n` on a counter column (or, with no schema known, with an integer literal). */
function isCounterUpdate(stmt: Update, columns: TableColumns | undefined): boolean {
  return stmt.assignments.some((a) => {
    if ((a.operation !== 'add' && a.operation !== 'subtract') || a.target.kind !== 'ColumnRef') return false;
    const type = columns?.types[a.target.name.text];
    if (type !== undefined) return type === 'counter';
    return a.value.kind === 'Literal' && a.value.type === 'integer';
  });
}

/** A DELETE of several rows: a range on a clustering column, or whole rows without every clustering column fixed. */
function isRangeDelete(stmt: Delete, columns: TableColumns | undefined): boolean {
  const relations = stmt.where.filter(isRelation);
  if (relations.some((r) => rangeOperators.has(r.operator))) return true;
  if (columns === undefined || stmt.selections.length > 0) return false;
  const fixed = new Set(
    relations.filter((r) => (r.operator === '=' || r.operator === 'IN') && r.left.kind === 'ColumnRef').map((r) =>
      r.left.kind === 'ColumnRef' ? r.left.name.text : '',
    ),
  );
  return columns.clustering.some((column) => !fixed.has(column));
}

/**
 * For tables the emulator has no columns for: the key columns the batch's own UPDATEs and DELETEs
 * name with `=` (they must restrict the whole primary key), by `keyspace.table`.
 */
function inferKeyColumns(entries: readonly BatchEntry[], ctx: PolicyContext): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const entry of entries) {
    if (entry.stmt.kind === 'Insert') continue;
    const target = resolveTable(entry.stmt.table, ctx);
    if (target === undefined || ctx.state.table(target.keyspace, target.table)?.columns !== undefined) continue;
    const key = tableKey(target.keyspace, target.table);
    if (out.has(key)) continue;
    const named = equalityColumns(entry.stmt.where.filter(isRelation));
    if (named.length > 0) out.set(key, named.sort());
  }
  return out;
}

function equalityColumns(relations: readonly Relation[]): string[] {
  return relations.flatMap((r) => (r.operator === '=' && r.left.kind === 'ColumnRef' ? [r.left.name.text] : []));
}

/** The values a statement gives the `keyColumns`, as text; undefined when it does not give them all. */
function rowIdentity(stmt: BatchChild, bindings: Bindings, keyColumns: readonly string[]): string | undefined {
  const byColumn = new Map<string, string>();
  if (stmt.kind === 'Insert') {
    if (stmt.json !== undefined) return undefined;
    stmt.columns.forEach((column, i) => {
      const value = stmt.values[i];
      if (value !== undefined) byColumn.set(column.text, valueIdentity(value, bindings));
    });
  } else {
    for (const relation of stmt.where.filter(isRelation)) {
      if (relation.operator === '=' && relation.left.kind === 'ColumnRef' && relation.right !== undefined && relation.right.kind !== 'InList') {
        byColumn.set(relation.left.name.text, valueIdentity(relation.right, bindings));
      }
    }
  }
  if (keyColumns.length === 0) return undefined;
  const parts: string[] = [];
  for (const column of keyColumns) {
    const value = byColumn.get(column);
    if (value === undefined) return undefined;
    parts.push(`${column}=${value}`);
  }
  return parts.join(',');
}

function jsonObject(value: Expression): Record<string, unknown> | undefined {
  if (value.kind !== 'Literal' || (value.type !== 'string' && value.type !== 'dollarString')) return undefined;
  try {
    const parsed: unknown = JSON.parse(value.value ?? '');
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function jsonColumnCount(value: Expression): number {
  return Object.keys(jsonObject(value) ?? {}).length;
}

// JSON values become string literals of their JSON text, which is close to their encoded size.
function jsonValues(value: Expression): Map<string, Expression[]> {
  const out = new Map<string, Expression[]>();
  for (const [key, item] of Object.entries(jsonObject(value) ?? {})) {
    const text = typeof item === 'string' ? item : JSON.stringify(item);
    const column = /^".*"$/.test(key) ? key.slice(1, -1) : key.toLowerCase();
    out.set(column, [{ kind: 'Literal', type: 'string', text: `'${text}'`, value: text, range: value.range }]);
  }
  return out;
}

