/**
 * What replay needs to know about one SELECT, read from its AST: the table, what each bind marker
 * stands for (so values can be decoded from a log or sampled from the origin), which result order
 * CQL defines for it, and the statement re-printed for each side with its keyspace mapped.
 */
import { identifier } from '../cql/ast/make.js';
import type { BindMarker, Expression, InList, Select, Statement } from '../cql/ast/nodes.js';
import { printStatement } from '../cql/ast/print.js';
import { walk } from '../cql/ast/walk.js';
import { parseScript } from '../cql/parse.js';

/** A table's primary key by column name (partition key, then clustering columns, in table order). */
export interface TableKeys {
  partitionKey: readonly string[];
  clustering: readonly string[];
}

/**
 * What one bind marker stands for. `occurrence` numbers the markers that give the same column
 * several values (the items of `c IN (?, ?)`), so sampled values can be taken from different rows.
 */
export type MarkerBinding =
  /** `c = ?`, `c > ?`, an item of `c IN (?, …)`, one element of `(a, b) > (?, ?)`. */
  | { kind: 'column'; column: string; occurrence: number }
  /** `c IN ?`: a list of `c` values. */
  | { kind: 'column-list'; column: string }
  /** `c CONTAINS ?`: an element (a map's value) of collection `c`. */
  | { kind: 'element'; column: string }
  /** `c CONTAINS KEY ?`: a key of map `c`. */
  | { kind: 'key'; column: string }
  /** `(a, b) = ?`, an item of `(a, b) IN (?, …)`: a tuple of the columns' values. */
  | { kind: 'tuple'; columns: string[]; occurrence: number }
  /** `(a, b) IN ?`: a list of tuples. */
  | { kind: 'tuple-list'; columns: string[] }
  /** `token(…) > ?`: a token. */
  | { kind: 'token' }
  /** `LIMIT ?` / `PER PARTITION LIMIT ?`. */
  | { kind: 'limit'; clause: 'limit' | 'per-partition-limit' }
  /** Anywhere else (a function argument in the select list, a map element in WHERE, …). */
  | { kind: 'unknown'; where: string };

/**
 * The order CQL defines for the statement's result:
 * - `ordered`: one partition (clustering order) or `ORDER BY`: rows must come in the same order;
 * - `in-list`: an `IN` on a primary-key column: Keyspaces returns rows in IN-list order, Cassandra
 *   in key order, so rows are compared as a multiset;
 * - `token`: several partitions without `ORDER BY`: rows come in token order, which depends on the
 *   partitioner, so rows are compared as a multiset.
 */
export type ResultOrder = 'ordered' | 'in-list' | 'token';

/** A SELECT read for replay. */
export interface SelectPlan {
  /** The keyspace the statement names, or else the session keyspace; undefined when neither says. */
  keyspace: string | undefined;
  table: string;
  /** One binding per bind marker, in bind order. */
  markers: MarkerBinding[];
  order: ResultOrder;
  /** Has a `LIMIT`. */
  limited: boolean;
  allowFiltering: boolean;
  /** The columns whose values bind the markers (what sampling reads). */
  boundColumns: string[];
  /** A marker binds a token (sampling reads the token too). */
  bindsToken: boolean;
}

/** The SELECT in `text` (its first statement), or undefined when it does not parse or is not a SELECT. */
export function parseSelect(text: string): Select | undefined {
  const { statements } = parseScript(text);
  const first: Statement | undefined = statements[0];
  return first?.kind === 'Select' ? first : undefined;
}

/** The bind markers of `stmt` in bind order (source order). */
export function bindMarkers(stmt: Select): BindMarker[] {
  const markers: BindMarker[] = [];
  walk(stmt, { BindMarker: (node) => void markers.push(node) });
  return markers.sort((a, b) => a.range.start.offset - b.range.start.offset);
}

/** Reads `stmt` for replay; `keys` (the table's primary key) decides the result order when known. */
export function planSelect(stmt: Select, sessionKeyspace: string | undefined, keys?: TableKeys): SelectPlan {
  const bindings = new Map<BindMarker, MarkerBinding>();
  const set = (expr: Expression | InList | undefined, binding: MarkerBinding): void => {
    if (expr?.kind === 'BindMarker') bindings.set(expr, binding);
  };
  const keyColumns = keys === undefined ? undefined : new Set([...keys.partitionKey, ...keys.clustering]);
  const equalities = new Set<string>();
  let inOnKey = false;
  for (const relation of stmt.where) {
    if (relation.kind !== 'Relation') continue;
    const { left, operator, right } = relation;
    if (left.kind === 'ColumnRef') {
      const column = left.name.text;
      if (operator === 'IN') {
        if (keyColumns === undefined || keyColumns.has(column)) inOnKey = true;
        if (right?.kind === 'InList') right.values.forEach((value, occurrence) => set(value, { kind: 'column', column, occurrence }));
        else set(right, { kind: 'column-list', column });
      } else if (operator === 'CONTAINS') set(right, { kind: 'element', column });
      else if (operator === 'CONTAINS KEY') set(right, { kind: 'key', column });
      else if (right?.kind !== 'InList') {
        if (operator === '=') equalities.add(column);
        set(right, { kind: 'column', column, occurrence: 0 });
      }
    } else if (left.kind === 'FunctionCall' && left.name.keyspace === undefined && left.name.name.text === 'token') {
      if (right?.kind !== 'InList') set(right, { kind: 'token' });
    } else if (left.kind === 'TupleLiteral' && left.elements.every((e) => e.kind === 'ColumnRef')) {
      const columns = left.elements.map((e) => (e.kind === 'ColumnRef' ? e.name.text : ''));
      const tupleItem = (value: Expression, occurrence: number): void => {
        if (value.kind === 'TupleLiteral') value.elements.forEach((e, i) => set(e, { kind: 'column', column: columns[i] ?? '', occurrence }));
        else set(value, { kind: 'tuple', columns, occurrence });
      };
      if (operator === 'IN') {
        if (keyColumns === undefined || columns.some((c) => keyColumns.has(c))) inOnKey = true;
        if (right?.kind === 'InList') right.values.forEach((value, occurrence) => tupleItem(value, occurrence));
        else set(right, { kind: 'tuple-list', columns });
      } else if (right !== undefined && right.kind !== 'InList') tupleItem(right, 0);
    }
  }
  set(stmt.limit, { kind: 'limit', clause: 'limit' });
  set(stmt.perPartitionLimit, { kind: 'limit', clause: 'per-partition-limit' });

  const markers = bindMarkers(stmt).map((m) => bindings.get(m) ?? { kind: 'unknown' as const, where: markerPlace(stmt, m) });
  const boundColumns = new Set<string>();
  for (const m of markers) {
    if (m.kind === 'column' || m.kind === 'column-list' || m.kind === 'element' || m.kind === 'key') boundColumns.add(m.column);
    else if (m.kind === 'tuple' || m.kind === 'tuple-list') for (const c of m.columns) boundColumns.add(c);
  }
  const singlePartition = keys !== undefined && keys.partitionKey.length > 0 && keys.partitionKey.every((c) => equalities.has(c));
  const order: ResultOrder = inOnKey ? 'in-list' : stmt.orderBy.length > 0 || singlePartition ? 'ordered' : 'token';
  return {
    keyspace: stmt.table.keyspace?.text ?? sessionKeyspace,
    table: stmt.table.name.text,
    markers,
    order,
    limited: stmt.limit !== undefined,
    allowFiltering: stmt.allowFiltering,
    boundColumns: [...boundColumns],
    bindsToken: markers.some((m) => m.kind === 'token'),
  };
}

function markerPlace(stmt: Select, marker: BindMarker): string {
  const inside = (node: { range: { start: { offset: number }; end: { offset: number } } }): boolean =>
    marker.range.start.offset >= node.range.start.offset && marker.range.end.offset <= node.range.end.offset;
  if (stmt.selectors.some(inside)) return 'the select list';
  const relation = stmt.where.find(inside);
  if (relation !== undefined) return `the WHERE relation \`${printStatementPart(relation)}\``;
  return 'the statement';
}

function printStatementPart(node: Select['where'][number]): string {
  // Print the relation through a one-relation SELECT so the printer's own rules apply.
  const text = printStatement({ kind: 'Select', range: node.range, json: false, distinct: false, selectors: [], wildcard: true, table: { kind: 'QualifiedName', range: node.range, name: identifier('t') }, where: [node], groupBy: [], orderBy: [], allowFiltering: false });
  return text.slice(text.indexOf(' WHERE ') + ' WHERE '.length);
}

/**
 * `stmt` printed with its table qualified by `keyspace` (the statement's own keyspace, or the
 * session keyspace for an unqualified table, mapped for the side it runs on). The tree is copied,
 * never changed.
 */
export function printForKeyspace(stmt: Select, keyspace: string): string {
  const copy = structuredClone(stmt);
  copy.table = { ...copy.table, keyspace: identifier(keyspace) };
  return printStatement(copy);
}
