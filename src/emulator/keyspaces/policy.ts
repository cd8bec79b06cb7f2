/**
 * The statement policy: given a parsed statement and what the emulator knows (connection
 * keyspace, table features and status, bound values, the clock), decides whether Keyspaces would
 * refuse it, and with which error (texts in catalog.ts). Pure: no I/O; the proxy calls it for
 * QUERY and PREPARE (statement known), EXECUTE (prepared statement + values) and BATCH frames.
 */
import { printStatement, printType } from '../../cql/ast/print.js';
import { decodeMap, literalText } from '../../cql/ast/properties.js';
import type { DecodedMap } from '../../cql/ast/properties.js';
import type {
  BatchChild,
  ColumnDefinition,
  CqlType,
  Delete,
  Expression,
  Insert,
  PropertyMap,
  QualifiedName,
  Relation,
  Select,
  Statement,
  Update,
  UsingClause,
  WhereRelation,
} from '../../cql/ast/nodes.js';
import { walk } from '../../cql/ast/walk.js';
import { reject } from './catalog.js';
import type { WriteCharge } from './capacity.js';
import { isSystemKeyspace } from './consistency.js';
import type { Rejection } from './errors.js';
import { bindingsOf, boundValue, integerValue, valueIdentity, valueSize } from './values.js';
import type { Bindings, BoundValueList } from './values.js';
import type { EmulatorState, TableColumns } from './state.js';

/** Everything the policy needs besides the statement. */
export interface PolicyContext {
  /** The connection's keyspace (after USE), for unqualified table names. */
  keyspace?: string | undefined;
  state: EmulatorState;
  /** Milliseconds since epoch (injectable for tests and `--now`-style reproducibility). */
  now: number;
  /** `--ddl-delay` in milliseconds: tables stay CREATING this long. */
  ddlDelayMs: number;
  /** Positional bound values of a QUERY/EXECUTE; absent when not known (PREPARE, no values). */
  values?: BoundValueList | undefined;
  /** True when the statement is being PREPAREd. */
  prepared?: boolean | undefined;
}

/** One statement of a BATCH frame with its own bound values. */
export interface BatchItem {
  stmt: Statement;
  values?: BoundValueList | undefined;
}

/** Keyspaces' limits (keyspaces-facts §5, §8, §9, §15). */
export const limits = {
  unloggedBatchStatements: 30,
  loggedBatchStatements: 100,
  columnsPerWrite: 225,
  columnsPerWriteWithTtl: 166,
  partitionKeyBytes: 2048,
  clusteringColumnBytes: 850,
  rowBytes: 1024 * 1024,
  timestampPastMs: 2 * 24 * 60 * 60 * 1000,
  timestampFutureMs: 5 * 60 * 1000,
  rangeDeleteRows: 1000,
  inSubqueries: 100,
} as const;

const aggregateFunctions = new Set(['count', 'min', 'max', 'sum', 'avg']);
const rangeOperators = new Set(['<', '<=', '>', '>=']);

const securityKinds = new Set<Statement['kind']>([
  'CreateRole', 'AlterRole', 'DropRole', 'CreateUser', 'AlterUser', 'DropUser', 'Grant', 'Revoke', 'GrantRole',
  'RevokeRole', 'ListPermissions', 'ListRoles', 'ListUsers', 'ListSuperUsers', 'AddIdentity', 'DropIdentity',
]);

const ddlKinds = new Set<Statement['kind']>([
  'CreateKeyspace', 'AlterKeyspace', 'DropKeyspace', 'CreateTable', 'AlterTable', 'DropTable', 'CreateType',
  'AlterType', 'DropType', 'CreateIndex', 'DropIndex', 'CreateMaterializedView', 'AlterMaterializedView',
  'DropMaterializedView', 'CreateFunction', 'DropFunction', 'CreateAggregate', 'DropAggregate', 'CreateTrigger',
  'DropTrigger', 'Truncate', 'RestoreTable',
]);

/** True for schema statements (which Keyspaces runs asynchronously and never prepares). */
export function isSchemaStatement(stmt: Statement): boolean {
  return ddlKinds.has(stmt.kind);
}

/** Decides one statement (QUERY, PREPARE or EXECUTE). `undefined` means: forward it. */
export function checkStatement(stmt: Statement, ctx: PolicyContext): Rejection | undefined {
  const unsupported = unsupportedStatement(stmt);
  if (unsupported !== undefined) return unsupported;
  if (ctx.prepared === true && isSchemaStatement(stmt)) return reject('prepared-ddl');
  const bindings = bindingsOf(stmt, ctx.values);
  switch (stmt.kind) {
    case 'CreateKeyspace':
      return checkKeyspaceProperties(stmt.properties);
    case 'AlterKeyspace':
      return stmt.properties === undefined ? undefined : checkKeyspaceProperties(stmt.properties);
    case 'CreateTable':
      return checkColumns(stmt.columns);
    case 'CreateType':
      return firstOf(stmt.fields.map((f) => checkType(f.type)));
    case 'AlterTable':
      return checkAlterTable(stmt, ctx);
    case 'Select':
      return checkSelect(stmt, ctx);
    case 'Insert':
    case 'Update':
    case 'Delete':
      return checkWrite(stmt, undefined, bindings, ctx);
    case 'Batch':
      return checkBatchStatements(
        stmt.batchType,
        stmt.statements.map((child) => ({ stmt: child, bindings, batchUsing: stmt.using })),
        ctx,
      );
    default:
      return undefined;
  }
}

/**
 * Decides a BATCH frame. `batchType` is the frame's byte: 0 logged, 1 unlogged, 2 counter.
 * Items that are not INSERT/UPDATE/DELETE are left to the backend (it refuses them).
 */
export function checkBatch(batchType: 0 | 1 | 2, items: readonly BatchItem[], ctx: PolicyContext): Rejection | undefined {
  const type = batchType === 0 ? 'logged' : batchType === 1 ? 'unlogged' : 'counter';
  const children: BatchEntry[] = [];
  for (const item of items) {
    if (item.stmt.kind === 'Insert' || item.stmt.kind === 'Update' || item.stmt.kind === 'Delete') {
      children.push({ stmt: item.stmt, bindings: bindingsOf(item.stmt, item.values), batchUsing: undefined });
    }
  }
  if (type !== 'counter' && children.length !== items.length) {
    // Count every item toward the size limits even if the backend will refuse it.
    const sized = checkBatchSize(type, items.length);
    if (sized !== undefined) return sized;
  }
  return checkBatchStatements(type, children, ctx);
}

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

/** The `keyspace.table` a SELECT reads (for read capacity), or undefined (system tables, no keyspace). */
export function readTable(stmt: Statement, ctx: Pick<PolicyContext, 'keyspace'>): string | undefined {
  if (stmt.kind !== 'Select') return undefined;
  const target = resolveTable(stmt.table, ctx);
  if (target === undefined || isSystemKeyspace(target.keyspace)) return undefined;
  return `${target.keyspace}.${target.table}`;
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

// ───────────────────────── statement kinds Keyspaces lacks ─────────────────────────

function unsupportedStatement(stmt: Statement): Rejection | undefined {
  if (securityKinds.has(stmt.kind)) return reject('security', { statement: securityStatementName(stmt) });
  switch (stmt.kind) {
    case 'CreateIndex':
    case 'DropIndex':
      return reject('secondary-index');
    case 'CreateMaterializedView':
    case 'AlterMaterializedView':
    case 'DropMaterializedView':
      return reject('materialized-view');
    case 'CreateFunction':
    case 'DropFunction':
      return reject('user-defined-function');
    case 'CreateAggregate':
    case 'DropAggregate':
      return reject('user-defined-aggregate');
    case 'CreateTrigger':
    case 'DropTrigger':
      return reject('trigger');
    case 'Truncate':
      return reject('truncate');
    case 'AlterType':
      return reject('alter-type');
    default:
      return undefined;
  }
}

function securityStatementName(stmt: Statement): string {
  const words: Partial<Record<Statement['kind'], string>> = {
    CreateRole: 'CREATE ROLE', AlterRole: 'ALTER ROLE', DropRole: 'DROP ROLE', CreateUser: 'CREATE USER',
    AlterUser: 'ALTER USER', DropUser: 'DROP USER', Grant: 'GRANT', Revoke: 'REVOKE', GrantRole: 'GRANT',
    RevokeRole: 'REVOKE', ListPermissions: 'LIST PERMISSIONS', ListRoles: 'LIST ROLES', ListUsers: 'LIST USERS',
    ListSuperUsers: 'LIST SUPERUSERS', AddIdentity: 'ADD IDENTITY', DropIdentity: 'DROP IDENTITY',
  };
  return words[stmt.kind] ?? stmt.kind;
}

// ───────────────────────── schema statements ─────────────────────────

/** Keyspaces' DDL rules for `WITH replication = …` and `durable_writes`. */
function checkKeyspaceProperties(properties: PropertyMap): Rejection | undefined {
  const durable = properties.properties['durable_writes']?.value;
  if (literalText(durable)?.toLowerCase() === 'false') return reject('durable-writes');
  const replication = properties.properties['replication']?.value;
  if (replication === undefined || replication.kind !== 'MapLiteral') return undefined;
  return checkReplication(scalarEntries(decodeMap(replication)));
}

/** AWS Region names (`us-east-1`, `us-gov-west-1`, `ap-southeast-2`, …). */
export const regionPattern = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d+$/;

/** Checks a replication map (entries as text) against what Keyspaces accepts. */
export function checkReplication(entries: Record<string, string>): Rejection | undefined {
  const className = replicationClass(entries);
  if (className === 'SingleRegionStrategy') return undefined;
  if (className === 'NetworkTopologyStrategy') {
    for (const [key, value] of Object.entries(entries)) {
      if (key === 'class') continue;
      if (!regionPattern.test(key)) return reject('replication', { detail: `with data center '${key}' (not an AWS Region)` });
      if (value.trim() !== '3') return reject('replication', { detail: `factor ${value} for Region '${key}'` });
    }
    return undefined;
  }
  return reject('replication', { detail: `class ${className ?? '(none)'}` });
}

/** The replication class without Cassandra's package prefix. */
export function replicationClass(entries: Record<string, string>): string | undefined {
  return entries['class']?.replace(/^org\.apache\.cassandra\.locator\./, '');
}

function checkColumns(columns: readonly ColumnDefinition[]): Rejection | undefined {
  if (columns.some((c) => c.mask !== undefined)) return reject('data-masking');
  return firstOf(columns.map((c) => checkType(c.type)));
}

function checkType(type: CqlType): Rejection | undefined {
  let found: CqlType | undefined;
  walk(type, {
    NativeType(node) {
      if (node.name === 'duration') found ??= node;
    },
    VectorType(node) {
      found ??= node;
      return false;
    },
    CustomType(node) {
      found ??= node;
    },
  });
  return found === undefined ? undefined : reject('unsupported-type', { type: printType(found) });
}

function checkAlterTable(stmt: Extract<Statement, { kind: 'AlterTable' }>, ctx: PolicyContext): Rejection | undefined {
  const action = stmt.action;
  switch (action.kind) {
    case 'AlterTableDrop':
      return reject('alter-table', { action: 'DROP' });
    case 'AlterTableRename':
      return reject('alter-table', { action: 'RENAME' });
    case 'AlterTableAlterType':
      return reject('alter-table', { action: 'ALTER … TYPE' });
    case 'AlterTableMask':
    case 'AlterTableDropMask':
      return reject('alter-table', { action: 'MASKED' });
    case 'AlterTableDropCompactStorage':
      return reject('alter-table', { action: 'DROP COMPACT STORAGE' });
    case 'AlterTableAdd':
      return checkColumns(action.columns);
    case 'AlterTableWith': {
      const custom = action.properties.properties['custom_properties']?.value;
      if (custom === undefined || custom.kind !== 'MapLiteral') return undefined;
      const names = custom.entries.map((e) => literalText(e.key));
      if (names.length > 1) return reject('one-custom-property');
      const target = resolveTable(stmt.name, ctx);
      if (target === undefined) return undefined;
      const features = ctx.state.features(target.keyspace, target.table);
      for (const entry of custom.entries) {
        const name = literalText(entry.key);
        const fields = entry.value.kind === 'MapLiteral' ? decodeMap(entry.value) : {};
        const status = typeof fields['status'] === 'string' ? fields['status'].toLowerCase() : undefined;
        if (status !== 'disabled') continue;
        if (name === 'ttl' && features.ttl) return reject('feature-irreversible', { feature: 'TTL' });
        if (name === 'client_side_timestamps' && features.clientSideTimestamps) {
          return reject('feature-irreversible', { feature: 'Client-side timestamps' });
        }
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

// ───────────────────────── SELECT ─────────────────────────

function checkSelect(stmt: Select, ctx: PolicyContext): Rejection | undefined {
  const target = resolveTable(stmt.table, ctx);
  if (target === undefined || isSystemKeyspace(target.keyspace)) return undefined;
  const creating = checkCreating(target, ctx);
  if (creating !== undefined) return creating;
  let aggregate: string | undefined;
  let writetime = false;
  for (const selector of stmt.selectors) {
    walk(selector, {
      FunctionCall(node) {
        const name = node.name.name.text;
        const system = node.name.keyspace === undefined || node.name.keyspace.text === 'system';
        if (system && aggregateFunctions.has(name)) aggregate ??= name.toUpperCase();
      },
      WritetimeTtl(node) {
        if (node.function !== 'ttl') writetime = true;
      },
    });
  }
  if (aggregate !== undefined) return reject('aggregate', { function: aggregate });
  if (writetime && !ctx.state.features(target.keyspace, target.table).clientSideTimestamps) {
    return reject('client-timestamps-disabled', target);
  }
  const relations = stmt.where.filter(isRelation);
  const token = relations.some((r) => r.left.kind === 'FunctionCall' && r.left.name.name.text === 'token');
  if (token && relations.some((r) => r.operator === 'IN')) return reject('in-with-token');
  const subqueries = inSubqueries(relations, bindingsOf(stmt, ctx.values));
  if (subqueries > limits.inSubqueries) return reject('in-subqueries', { count: subqueries });
  return undefined;
}

/** The Cartesian product of the IN lists' sizes (a bound list counts its elements; unknown counts 1). */
function inSubqueries(relations: readonly Relation[], bindings: Bindings): number {
  let product = 1;
  for (const relation of relations) {
    if (relation.operator !== 'IN' || relation.right === undefined) continue;
    if (relation.right.kind === 'InList') product *= Math.max(1, relation.right.values.length);
    else if (relation.right.kind === 'BindMarker') {
      const value = boundValue(relation.right, bindings);
      if (value instanceof Buffer && value.length >= 4) product *= Math.max(1, value.readInt32BE(0));
    }
  }
  return product;
}

// ───────────────────────── writes ─────────────────────────

// A type alias (not an interface) so it can be passed as rejection parameters.
type TableRef = {
  keyspace: string;
  table: string;
};

interface BatchEntry {
  stmt: BatchChild;
  bindings: Bindings;
  batchUsing: UsingClause | undefined;
}

function checkBatchSize(type: 'logged' | 'unlogged', count: number): Rejection | undefined {
  if (type === 'unlogged' && count > limits.unloggedBatchStatements) return reject('unlogged-batch-size', { count });
  if (type === 'logged' && count > limits.loggedBatchStatements) return reject('logged-batch-size', { count });
  return undefined;
}

function checkBatchStatements(
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
        const row = rowIdentity(entry.stmt, entry.bindings, columns);
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

function checkWrite(
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
  for (const using of [stmt.using, batchUsing]) {
    if (using === undefined) continue;
    if (using.ttl !== undefined && !features.ttl) return reject('ttl-disabled');
    if (using.timestamp !== undefined) {
      if (!features.clientSideTimestamps) return reject('client-timestamps-disabled', target);
      const micros = integerValue(using.timestamp, bindings);
      if (micros !== undefined && !timestampInWindow(micros, ctx.now)) {
        return reject('timestamp-out-of-range', { timestamp: micros });
      }
    }
  }
  if (stmt.kind !== 'Insert' && stmt.where.some((r) => isRelation(r) && r.operator === 'IN')) {
    return reject('in-dml', { statement: stmt.kind === 'Update' ? 'UPDATE' : 'DELETE' });
  }
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

function checkCreating(target: TableRef, ctx: PolicyContext): Rejection | undefined {
  if (ctx.state.tableStatus(target.keyspace, target.table, ctx.now, ctx.ddlDelayMs) === 'CREATING') {
    return reject('table-creating', target);
  }
  return undefined;
}

interface WrittenValues {
  /** Columns written (keys included). */
  count: number;
  /** Column → value expressions contributing to its size. */
  values: Map<string, Expression[]>;
}

function writtenValues(stmt: Insert | Update): WrittenValues {
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
  values: Map<string, Expression[]>,
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
  return [{ table: `${target.keyspace}.${target.table}`, bytes }];
}

// ───────────────────────── helpers ─────────────────────────

function resolveTable(name: QualifiedName, ctx: Pick<PolicyContext, 'keyspace'>): TableRef | undefined {
  const keyspace = name.keyspace?.text ?? ctx.keyspace;
  return keyspace === undefined ? undefined : { keyspace, table: name.name.text };
}

function isRelation(relation: WhereRelation): relation is Relation {
  return relation.kind === 'Relation';
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

/** The primary-key values a statement addresses, as text; undefined when they cannot be told. */
function rowIdentity(stmt: BatchChild, bindings: Bindings, columns: TableColumns | undefined): string | undefined {
  const byColumn = new Map<string, string>();
  if (stmt.kind === 'Insert') {
    if (columns === undefined || stmt.json !== undefined) return undefined;
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
  const keyColumns = columns === undefined ? [...byColumn.keys()].sort() : [...columns.partitionKey, ...columns.clustering];
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

/** A decoded map's scalar entries (nested maps left out). */
function scalarEntries(map: DecodedMap): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(map)) if (typeof value === 'string') out[key] = value;
  return out;
}

function firstOf(rejections: readonly (Rejection | undefined)[]): Rejection | undefined {
  return rejections.find((r) => r !== undefined);
}
