/**
 * What one execution of a statement costs on Amazon Keyspaces, per table it touches:
 *
 * - a write: ceil(encoded bytes / 1 KB) write units per row written (keyspaces-facts §3, §16),
 *   doubled for every statement of a logged batch (§5), and 2 × WCU(non-static) + 2 × WCU(static)
 *   for a write that sets static and regular columns together (§10); a conditional write (LWT)
 *   costs no more when it applies, and when its condition fails costs write units for the row's
 *   size (1 when the row is absent), plus read units on TTL tables without client-side timestamps
 *   for a failed IF EXISTS / IF NOT EXISTS (§4); a write that expires through TTL later costs one
 *   TTL delete per started KB of the row (§9);
 * - a read: ceil(bytes read / 4 KB) read units at LOCAL_QUORUM, half at ONE / LOCAL_ONE, on the
 *   data read rather than returned (§3, §6, §16); a read that cannot name the partition (ALLOW
 *   FILTERING, no WHERE, a token range) scans the table: every row, and one read unit for each
 *   empty storage partition of a new table (§6); IN on the key runs one read per combination (§6).
 *
 * Value sizes come from literals where the text has them, else from the table's measured or
 * declared averages (`TableModel`). Everything the model had to assume is listed in the result.
 */
import type { Catalog } from '../catalog/catalog.js';
import type { BatchChild, Delete, Expression, Insert, Relation, Select, Statement, Update } from '../cql/ast/nodes.js';
import { limits } from '../keyspaces/limits.js';
import { NEW_TABLE_STORAGE_PARTITIONS, readUnits, writeUnits, mixedWriteUnits, ttlDeleteUnits } from '../keyspaces/metering.js';
import type { TableModel, ModelCell } from './row-model.js';
import { tableKey } from './sizes.js';
import { literalValueSize, type ValueSize } from './value-size.js';

/** Assumptions the model may make about a statement (their wording is in messages.ts). */
export type Assumption =
  | 'table-unknown'
  | 'rows-unknown'
  | 'rows-per-partition-unknown'
  | 'in-list-bound'
  | 'whole-row-read'
  | 'delete-metered-by-key'
  | 'range-delete'
  | 'token-range-bound'
  | 'ttl-bound'
  | 'selectivity-unknown'
  | 'json-insert'
  | 'lwt-in-batch';

/** How a read finds its rows. */
export type AccessPath = 'point' | 'partition' | 'scan' | 'token-range';

/** What a read reads. */
export interface ReadPlan {
  table: string;
  path: AccessPath;
  /** Reads run per execution (the combinations of IN lists on the key). */
  subqueries: number;
  /** Bytes read per execution, all subqueries together. */
  bytesRead: number;
  /** Empty storage partitions a scan reads (one read unit each). */
  emptyStoragePartitions: number;
  /** Rows returned per execution, when it can be estimated. */
  rowsReturned?: number | undefined;
  /** Bytes returned per execution, when it can be estimated. */
  bytesReturned?: number | undefined;
  /** Non-key columns filtered with `=` (what a table keyed for the query would be keyed by). */
  filterColumns: string[];
  /** True when the filter has a range or other non-equality condition on a non-key column. */
  rangeFilter: boolean;
}

/** One table's units for one execution. */
export interface TableCharge {
  table: string;
  /** Read units at LOCAL_QUORUM. */
  readStrong: number;
  /** Read units at ONE / LOCAL_ONE. */
  readEventual: number;
  /** Write units when the write applies. */
  write: number;
  /** TTL deletes the write causes when its rows expire. */
  ttlDeletes: number;
  /** A conditional write whose condition fails: its write units instead of `write`, and the read units it adds. */
  failedWrite?: number | undefined;
  failedRead?: number | undefined;
}

/** Details of a write the fixes and the report refer to. */
export interface WritePlan {
  logged: boolean;
  /** Writes that set static and regular columns together. */
  mixedStatic: number;
  /** Write units if every mixed write were split into a static and a regular write. */
  splitUnits: number;
  /** Write units as an unlogged batch (or unbatched). */
  unloggedUnits: number;
  /** The conditional form, when the write is an LWT. */
  lwt?: 'if-not-exists' | 'if-exists' | 'if-condition' | undefined;
  /** Encoded bytes written (all rows, once). */
  bytes: number;
}

/** The cost of one execution of a statement. */
export interface StatementCost {
  kind: 'read' | 'write';
  charges: TableCharge[];
  read?: ReadPlan | undefined;
  write?: WritePlan | undefined;
  assumptions: Assumption[];
}

/** Settings of the model that no statement carries. */
export interface CostContext {
  catalog: Catalog;
  /** The model of a table by id (`keyspace.table`). */
  model: (id: string) => TableModel;
}

const MURMUR3_RING = 2 ** 64;

/** The cost of `stmt` run in session keyspace `keyspace`, or undefined for statements that read and write no table data (DDL, USE, …). */
export function statementCost(stmt: Statement, keyspace: string | undefined, ctx: CostContext): StatementCost | undefined {
  const assumptions = new Set<Assumption>();
  switch (stmt.kind) {
    case 'Select': {
      const plan = readPlan(stmt, keyspace, ctx, assumptions);
      return {
        kind: 'read',
        charges: [
          {
            table: plan.table,
            readStrong: readCharge(plan, 'strong'),
            readEventual: readCharge(plan, 'eventual'),
            write: 0,
            ttlDeletes: 0,
          },
        ],
        read: plan,
        assumptions: [...assumptions],
      };
    }
    case 'Insert':
    case 'Update':
    case 'Delete':
      return writeCost([stmt], false, keyspace, ctx, assumptions);
    case 'Batch':
      if (stmt.statements.some(conditional)) assumptions.add('lwt-in-batch');
      return writeCost(stmt.statements, stmt.batchType === 'logged', keyspace, ctx, assumptions);
    default:
      return undefined;
  }
}

function readCharge(plan: ReadPlan, metering: 'strong' | 'eventual'): number {
  const perEmpty = metering === 'strong' ? 1 : 0.5;
  if (plan.path === 'scan' || plan.path === 'token-range') return readUnits(plan.bytesRead, metering) + plan.emptyStoragePartitions * perEmpty;
  const perSubquery = plan.bytesRead / plan.subqueries;
  return plan.subqueries * readUnits(perSubquery, metering);
}

// ───────────────────────── reads ─────────────────────────

function readPlan(stmt: Select, keyspace: string | undefined, ctx: CostContext, assumptions: Set<Assumption>): ReadPlan {
  const id = ctx.catalog.qualify(stmt.table, keyspace);
  const model = ctx.model(id);
  if (!model.known) assumptions.add('table-unknown');
  assumptions.add('whole-row-read');
  const rels = stmt.where.filter((r): r is Relation => r.kind === 'Relation');
  const byColumn = new Map<string, Relation[]>();
  for (const r of rels) for (const c of relationColumns(r)) byColumn.set(c, [...(byColumn.get(c) ?? []), r]);
  const keyColumns = new Set([...model.partitionKey, ...model.clustering]);
  const filterColumns = [...byColumn.keys()].filter((c) => !keyColumns.has(c) && (byColumn.get(c) ?? []).some((r) => r.operator === '='));
  const rangeFilter = [...byColumn.entries()].some(([c, rs]) => !keyColumns.has(c) && rs.some((r) => r.operator !== '='));
  const limit = limitOf(stmt);
  const filtered = filterColumns.length > 0 || rangeFilter;

  const selectivity = filterSelectivity(model, filterColumns, rangeFilter);
  if (filtered && selectivity === undefined) assumptions.add('selectivity-unknown');
  const base = { table: id, filterColumns, rangeFilter, emptyStoragePartitions: 0 };

  const partitionRestricted = model.known
    ? model.partitionKey.length > 0 && model.partitionKey.every((c) => (byColumn.get(c) ?? []).some((r) => r.operator === '=' || r.operator === 'IN'))
    : !stmt.allowFiltering && rels.some((r) => r.operator === '=');
  const token = rels.some((r) => r.left.kind === 'FunctionCall' && r.left.name.name.text === 'token');

  if (!partitionRestricted) {
    const tableBytes = model.tableBytes;
    const rows = model.rows;
    if (token) {
      const fraction = tokenFraction(rels);
      if (fraction === undefined || tableBytes === undefined) {
        assumptions.add(fraction === undefined ? 'token-range-bound' : 'rows-unknown');
        return { ...base, path: 'token-range', subqueries: 1, bytesRead: Math.min(tableBytes ?? limits.pageBytes, limits.pageBytes) };
      }
      return { ...base, path: 'token-range', subqueries: 1, bytesRead: tableBytes * fraction };
    }
    if (tableBytes === undefined || rows === undefined) {
      // Without the table's size, a scan is counted as one full page (Keyspaces pages at 1 MB read).
      assumptions.add('rows-unknown');
      return { ...base, path: 'scan', subqueries: 1, bytesRead: limits.pageBytes };
    }
    const occupied = Math.min(NEW_TABLE_STORAGE_PARTITIONS, model.partitions ?? rows);
    const rowsRead = limit === undefined ? rows : filtered ? (selectivity === undefined ? rows : Math.min(rows, limit / selectivity)) : Math.min(rows, limit);
    const rowsReturned = filtered ? (selectivity === undefined ? undefined : capped(rows * selectivity, limit)) : capped(rows, limit);
    const bytesRead = rowsRead === rows ? tableBytes : rowsRead * model.rowBytes;
    return {
      ...base,
      path: 'scan',
      subqueries: 1,
      bytesRead,
      emptyStoragePartitions: rowsRead === rows ? NEW_TABLE_STORAGE_PARTITIONS - occupied : 0,
      rowsReturned,
      bytesReturned: rowsReturned === undefined ? undefined : rowsReturned * model.rowBytes,
    };
  }

  let subqueries = 1;
  for (const c of model.known ? model.partitionKey : []) subqueries *= inCount(byColumn.get(c) ?? [], assumptions);
  const point = model.known && model.clustering.every((c) => (byColumn.get(c) ?? []).some((r) => r.operator === '=' || r.operator === 'IN'));
  if (point) {
    for (const c of model.clustering) subqueries *= inCount(byColumn.get(c) ?? [], assumptions);
    const rowsReturned = filtered ? (selectivity === undefined ? undefined : subqueries * selectivity) : subqueries;
    return {
      ...base,
      path: 'point',
      subqueries,
      bytesRead: subqueries * model.rowBytes,
      rowsReturned,
      bytesReturned: rowsReturned === undefined ? undefined : rowsReturned * model.rowBytes,
    };
  }
  const perPartition = model.rowsPerPartition;
  if (perPartition === undefined) assumptions.add('rows-per-partition-unknown');
  const rowsInPartition = perPartition ?? 1;
  const rowsRead = limit !== undefined && !filtered ? Math.min(limit, rowsInPartition) : rowsInPartition;
  const rowsReturned = filtered ? (selectivity === undefined ? undefined : capped(rowsRead * selectivity, limit)) : rowsRead;
  return {
    ...base,
    path: 'partition',
    subqueries,
    bytesRead: subqueries * (rowsRead * model.rowBytes + model.staticBytes),
    rowsReturned: rowsReturned === undefined ? undefined : subqueries * rowsReturned,
    bytesReturned: rowsReturned === undefined ? undefined : subqueries * rowsReturned * model.rowBytes,
  };
}

function capped(rows: number, limit: number | undefined): number {
  return limit === undefined ? rows : Math.min(rows, limit);
}

/** Share of rows that pass the equality filters (1 / distinct values per column), when every filtered column's distinct count is known and no range filter is involved. */
function filterSelectivity(model: TableModel, columns: readonly string[], rangeFilter: boolean): number | undefined {
  if (rangeFilter) return undefined;
  let s = 1;
  for (const c of columns) {
    const distinct = model.distinct(c);
    if (distinct === undefined || distinct <= 0) return undefined;
    s /= distinct;
  }
  return s;
}

function relationColumns(r: Relation): string[] {
  if (r.left.kind === 'ColumnRef') return [r.left.name.text];
  if (r.left.kind === 'TupleLiteral') return r.left.elements.flatMap((e) => (e.kind === 'ColumnRef' ? [e.name.text] : []));
  return [];
}

/** Values of an `=` (1) or `IN` relation; a bound IN list counts 1. */
function inCount(rels: readonly Relation[], assumptions: Set<Assumption>): number {
  const r = rels.find((x) => x.operator === '=' || x.operator === 'IN');
  if (r === undefined || r.operator === '=') return 1;
  if (r.right?.kind === 'InList') return Math.max(1, r.right.values.length);
  assumptions.add('in-list-bound');
  return 1;
}

function limitOf(stmt: Select): number | undefined {
  const l = stmt.limit;
  if (l?.kind === 'Literal' && l.type === 'integer') return Math.max(0, Number(l.text));
  return undefined;
}

/** The share of the Murmur3 ring a `token(k) > a AND token(k) <= b` relation pair covers, when both bounds are literals. */
function tokenFraction(rels: readonly Relation[]): number | undefined {
  let low: number | undefined;
  let high: number | undefined;
  for (const r of rels) {
    if (!(r.left.kind === 'FunctionCall' && r.left.name.name.text === 'token')) continue;
    const v = r.right !== undefined && r.right.kind !== 'InList' ? integerLiteral(r.right) : undefined;
    if (v === undefined) return undefined;
    if (r.operator === '>' || r.operator === '>=') low = v;
    else if (r.operator === '<' || r.operator === '<=') high = v;
  }
  if (low === undefined && high === undefined) return undefined;
  const from = low ?? -(2 ** 63);
  const to = high ?? 2 ** 63;
  return Math.min(1, Math.max(0, (to - from) / MURMUR3_RING));
}

function integerLiteral(e: Expression): number | undefined {
  if (e.kind === 'Literal' && e.type === 'integer') return Number(e.text);
  if (e.kind === 'Negation') {
    const v = integerLiteral(e.operand);
    return v === undefined ? undefined : -v;
  }
  return undefined;
}

// ───────────────────────── writes ─────────────────────────

function conditional(s: BatchChild): boolean {
  return s.kind === 'Insert' ? s.ifNotExists : s.ifExists || s.conditions.length > 0;
}

function writeCost(children: readonly BatchChild[], logged: boolean, keyspace: string | undefined, ctx: CostContext, assumptions: Set<Assumption>): StatementCost {
  const charges = new Map<string, TableCharge>();
  const plan: WritePlan = { logged, mixedStatic: 0, splitUnits: 0, unloggedUnits: 0, bytes: 0 };
  for (const child of children) {
    const id = ctx.catalog.qualify(child.table, keyspace);
    const model = ctx.model(id);
    if (!model.known) assumptions.add('table-unknown');
    const written = writtenCells(child, model, assumptions);
    const staticCells = written.cells.filter((c) => c.role === 'static');
    const regularCells = written.cells.filter((c) => c.role === 'regular');
    const keyCells = written.cells.filter((c) => c.role === 'partition' || c.role === 'clustering');
    const partitionCells = written.cells.filter((c) => c.role === 'partition');
    const nonStatic = model.encode([...keyCells, ...regularCells]).rowBytes;
    const staticPart = staticCells.length === 0 ? 0 : model.encode([...partitionCells, ...staticCells]);
    const staticBytes = staticPart === 0 ? 0 : staticPart.rowBytes + staticPart.staticBytes;
    const mixed = staticCells.length > 0 && regularCells.length > 0;
    const unitsFor = (isLogged: boolean): number =>
      mixed ? mixedWriteUnits(nonStatic, staticBytes, isLogged) : staticCells.length > 0 ? writeUnits(staticBytes, isLogged) : writeUnits(nonStatic, isLogged);
    const rows = written.rows;
    const units = rows * unitsFor(logged);
    plan.bytes += rows * (nonStatic + staticBytes);
    plan.unloggedUnits += rows * unitsFor(false);
    plan.splitUnits += rows * (mixed ? writeUnits(nonStatic, logged) + writeUnits(staticBytes, logged) : unitsFor(logged));
    if (mixed) plan.mixedStatic += rows;

    const charge = charges.get(id) ?? { table: id, readStrong: 0, readEventual: 0, write: 0, ttlDeletes: 0 };
    charge.write += units;
    if (child.kind !== 'Delete' && ttlApplies(child, model, assumptions)) charge.ttlDeletes += rows * ttlDeleteUnits(nonStatic + staticBytes);
    if (children.length === 1 && conditional(child)) {
      const lwt = child.kind === 'Insert' ? 'if-not-exists' : child.ifExists ? 'if-exists' : 'if-condition';
      plan.lwt = lwt;
      // A failed IF NOT EXISTS or IF condition meets an existing row (its size); a failed IF EXISTS meets none (1 unit).
      const existing = lwt === 'if-exists' ? 0 : model.rowBytes;
      charge.failedWrite = rows * writeUnits(existing);
      const readsOnFailure = lwt !== 'if-condition' && model.ttl && !model.clientTimestamps;
      charge.failedRead = readsOnFailure ? rows * readUnits(existing) : 0;
    }
    charges.set(id, charge);
  }
  return { kind: 'write', charges: [...charges.values()], write: plan, assumptions: [...assumptions] };
}

/** The cells a write sets (keys included), sized, and how many rows it writes (IN on a key). */
function writtenCells(stmt: Insert | Update | Delete, model: TableModel, assumptions: Set<Assumption>): { cells: ModelCell[]; rows: number } {
  const cell = (column: string, value: Expression | undefined): ModelCell => ({
    column,
    role: model.role(column),
    size: sized(column, value, model),
  });
  if (stmt.kind === 'Insert') {
    if (stmt.json !== undefined) {
      assumptions.add('json-insert');
      const fields = jsonFields(stmt.json.value);
      if (fields === undefined) return { cells: model.averageCells().filter((c) => c.role !== 'static'), rows: 1 };
      return { cells: [...fields].map(([column, bytes]) => ({ column, role: model.role(column), size: { dataBytes: bytes } })), rows: 1 };
    }
    return { cells: stmt.columns.map((c, i) => cell(c.text, stmt.values[i])), rows: 1 };
  }
  const cells: ModelCell[] = [];
  let rows = 1;
  for (const r of stmt.where) {
    if (r.kind !== 'Relation' || r.left.kind !== 'ColumnRef') continue;
    const column = r.left.name.text;
    if (r.operator === '=' && r.right !== undefined && r.right.kind !== 'InList') cells.push(cell(column, r.right));
    else if (r.operator === 'IN') {
      rows *= r.right?.kind === 'InList' ? Math.max(1, r.right.values.length) : 1;
      cells.push(cell(column, r.right?.kind === 'InList' ? r.right.values[0] : undefined));
    }
  }
  const keyed = new Set(cells.map((c) => c.column));
  if (stmt.kind === 'Delete') {
    assumptions.add('delete-metered-by-key');
    if (model.known && [...model.partitionKey, ...model.clustering].some((c) => !keyed.has(c))) assumptions.add('range-delete');
    // A deleted column is a tombstone: counted as a null value (1 byte).
    for (const s of stmt.selections) {
      const column = targetColumn(s);
      if (column !== undefined) cells.push({ column, role: model.role(column), size: { dataBytes: 1 } });
    }
    return { cells, rows };
  }
  for (const a of stmt.assignments) {
    const column = targetColumn(a.target);
    if (column === undefined) continue;
    const type = model.type(column);
    const isCounter = type?.kind === 'NativeType' && type.name === 'counter';
    cells.push(isCounter ? { column, role: model.role(column), size: { dataBytes: 8 } } : cell(column, a.target.kind === 'ColumnRef' ? a.value : undefined));
  }
  return { cells, rows };
}

function sized(column: string, value: Expression | undefined, model: TableModel): ValueSize {
  const fromText = value === undefined ? undefined : literalValueSize(value, model.type(column));
  return fromText ?? model.averageValue(column);
}

function targetColumn(e: Expression): string | undefined {
  if (e.kind === 'ColumnRef') return e.name.text;
  if (e.kind === 'ElementAccess' || e.kind === 'FieldAccess') return targetColumn(e.target);
  return undefined;
}

/** Column → bytes of an `INSERT … JSON '…'` literal; undefined for a bound document. */
function jsonFields(value: Expression): Map<string, number> | undefined {
  if (value.kind !== 'Literal' || (value.type !== 'string' && value.type !== 'dollarString')) return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(value.value ?? '');
  } catch {
    return undefined;
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return undefined;
  const out = new Map<string, number>();
  for (const [k, v] of Object.entries(doc as Record<string, unknown>)) {
    out.set(k.toLowerCase(), typeof v === 'string' ? Buffer.byteLength(v, 'utf8') : Buffer.byteLength(JSON.stringify(v) ?? '', 'utf8'));
  }
  return out;
}

/** Whether the rows of a write expire: `USING TTL n` with n > 0 (a bound TTL counts as set), or the table's default TTL. */
function ttlApplies(stmt: Insert | Update, model: TableModel, assumptions: Set<Assumption>): boolean {
  const ttl = stmt.using?.ttl;
  if (ttl === undefined) return model.defaultTtlSeconds > 0;
  if (ttl.kind === 'Literal' && ttl.type === 'integer') return Number(ttl.text) > 0;
  assumptions.add('ttl-bound');
  return true;
}

/** A table model for every id, built once (cache keyed by the lower-cased id). */
export function modelCache(build: (id: string) => TableModel): (id: string) => TableModel {
  const cache = new Map<string, TableModel>();
  return (id) => {
    const key = tableKey(id);
    let m = cache.get(key);
    if (m === undefined) cache.set(key, (m = build(id)));
    return m;
  };
}
