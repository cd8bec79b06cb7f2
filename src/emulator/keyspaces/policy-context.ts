/**
 * What every statement-policy check shares: the context the proxy passes (connection keyspace,
 * state, clock, bound values), Keyspaces' limits, and table-name resolution.
 */
import type { QualifiedName, Relation, Statement, WhereRelation } from '../../cql/ast/nodes.js';
import { reject } from './rejections.js';
import type { Rejection } from './errors.js';
import type { EmulatorState } from './state.js';
import type { BoundValueList } from './values.js';

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

export { limits } from '../../keyspaces/limits.js';

/** Relation operators that select a range. */
export const rangeOperators: ReadonlySet<string> = new Set(['<', '<=', '>', '>=']);

/** A table named by keyspace and name (a type alias, not an interface, so it can serve as rejection parameters). */
export type TableRef = {
  keyspace: string;
  table: string;
};

/** The table a name designates, with the connection keyspace for unqualified names; undefined without one. */
export function resolveTable(name: QualifiedName, ctx: Pick<PolicyContext, 'keyspace'>): TableRef | undefined {
  const keyspace = name.keyspace?.text ?? ctx.keyspace;
  return keyspace === undefined ? undefined : { keyspace, table: name.name.text };
}

/** True for a plain relation (not a custom index expression). */
export function isRelation(relation: WhereRelation): relation is Relation {
  return relation.kind === 'Relation';
}

/** `unconfigured table ks.t` while the table is CREATING (`--ddl-delay`). */
export function checkCreating(target: TableRef, ctx: PolicyContext): Rejection | undefined {
  if (ctx.state.tableStatus(target.keyspace, target.table, ctx.now, ctx.ddlDelayMs) === 'CREATING') {
    return reject('table-creating', target);
  }
  return undefined;
}
