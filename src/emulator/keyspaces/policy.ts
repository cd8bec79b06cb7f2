/**
 * The statement policy: given a parsed statement and what the emulator knows (connection
 * keyspace, table features and status, bound values, the clock), decides whether Keyspaces would
 * refuse it, and with which error (texts in catalog.ts). Pure: no I/O; the proxy calls it for
 * QUERY and PREPARE (statement known), EXECUTE (prepared statement + values) and BATCH frames.
 */
import type { Relation, Select, Statement } from '../../cql/ast/nodes.js';
import { walk } from '../../cql/ast/walk.js';
import { reject } from './rejections.js';
import { isSystemKeyspace } from './consistency.js';
import type { Rejection } from './errors.js';
import { checkCreating, isRelation, limits, resolveTable } from './policy-context.js';
import type { BatchItem, PolicyContext } from './policy-context.js';
import { checkAlterTable, checkColumns, checkName, checkKeyspaceProperties, checkType, firstOf, unsupportedStatement } from './schema-policy.js';
import { checkSyntax, checkTyped } from './expression-policy.js';
import { checkSystemKeyspaces } from './system-keyspaces.js';
import { tableKey } from './state.js';
import { checkBatchSize, checkBatchStatements, checkWrite } from './write-policy.js';
import type { BatchEntry } from './write-policy.js';
import { bindingsOf, boundValue } from './values.js';
import type { Bindings } from './values.js';

export { limits } from './policy-context.js';
export type { BatchItem, PolicyContext } from './policy-context.js';
export { checkReplication, replicationClass } from './schema-policy.js';
export { cassandraOnlyKeyspaces, checkSystemKeyspaces } from './system-keyspaces.js';
export {
  batchWriteCharges,
  checkRangeDeleteCount,
  rangeDeleteProbe,
  timestampInWindow,
  writeCharges,
} from './write-policy.js';

const aggregateFunctions = new Set(['count', 'min', 'max', 'sum', 'avg']);

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
  const missingKeyspace = checkSystemKeyspaces(stmt, ctx);
  if (missingKeyspace !== undefined) return missingKeyspace;
  const bindings = bindingsOf(stmt, ctx.values);
  switch (stmt.kind) {
    case 'CreateKeyspace':
      return checkName(stmt.name.text) ?? checkKeyspaceProperties(stmt.properties);
    case 'AlterKeyspace':
      return stmt.properties === undefined ? undefined : checkKeyspaceProperties(stmt.properties);
    case 'CreateTable':
      return checkName(stmt.name.name.text) ?? checkColumns(stmt.columns);
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
  const missingKeyspace = firstOf(items.map((item) => checkSystemKeyspaces(item.stmt, ctx)));
  if (missingKeyspace !== undefined) return missingKeyspace;
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

/** The `keyspace.table` a SELECT reads (for read capacity), or undefined (system tables, no keyspace). */
export function readTable(stmt: Statement, ctx: Pick<PolicyContext, 'keyspace'>): string | undefined {
  if (stmt.kind !== 'Select') return undefined;
  const target = resolveTable(stmt.table, ctx);
  if (target === undefined || isSystemKeyspace(target.keyspace)) return undefined;
  return tableKey(target.keyspace, target.table);
}

// ───────────────────────── SELECT ─────────────────────────

/** What `checkSelect` reads of a SELECT's selectors and relations, which depends on the statement alone. */
interface SelectParts {
  /** The first aggregate function among the selectors, upper-cased. */
  aggregate: string | undefined;
  /** WRITETIME or MAXWRITETIME among the selectors. */
  writetime: boolean;
  relations: Relation[];
  /** `token(…)` and `IN` in the same WHERE. */
  inWithToken: boolean;
}

// Parsed statements are cached and executed many times: their parts are found once.
const selectPartsCache = new WeakMap<Select, SelectParts>();

function selectParts(stmt: Select): SelectParts {
  let parts = selectPartsCache.get(stmt);
  if (parts !== undefined) return parts;
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
  const relations = stmt.where.filter(isRelation);
  const token = relations.some((r) => r.left.kind === 'FunctionCall' && r.left.name.name.text === 'token');
  parts = { aggregate, writetime, relations, inWithToken: token && relations.some((r) => r.operator === 'IN') };
  selectPartsCache.set(stmt, parts);
  return parts;
}

function checkSelect(stmt: Select, ctx: PolicyContext): Rejection | undefined {
  const target = resolveTable(stmt.table, ctx);
  if (target === undefined || isSystemKeyspace(target.keyspace)) return undefined;
  const creating = checkCreating(target, ctx);
  if (creating !== undefined) return creating;
  const parts = selectParts(stmt);
  if (parts.aggregate !== undefined) return reject('aggregate', { function: parts.aggregate });
  const syntax = checkSyntax(stmt);
  if (syntax !== undefined) return syntax;
  if (parts.writetime && !ctx.state.features(target.keyspace, target.table).clientSideTimestamps) {
    return reject('client-timestamps-disabled', target);
  }
  const typed = checkTyped(stmt, ctx.state.table(target.keyspace, target.table)?.columns, bindingsOf(stmt, ctx.values));
  if (typed !== undefined) return typed;
  if (parts.inWithToken) return reject('in-with-token');
  const subqueries = inSubqueries(parts.relations, bindingsOf(stmt, ctx.values));
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
