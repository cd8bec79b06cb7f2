/**
 * Keyspaces returns the rows of `SELECT … WHERE pk IN (…)` in the order the keys appear in the IN
 * list (keyspaces-facts §6); Cassandra returns them in token order. The proxy asks `inListOrder`
 * for the key order of a SELECT, then `reorderRows` puts each answer page's rows in that order
 * (like Keyspaces, ordering holds within a page).
 */
import type { Expression, Relation, Select } from '../../cql/ast/nodes.js';
import { bindingsOf, boundValue } from './values.js';
import type { BoundValueList } from './values.js';
import type { EmulatorState } from './state.js';

/** The column the IN list restricts and its values, encoded as the protocol carries them. */
export interface InListOrder {
  column: string;
  values: Buffer[];
}

/**
 * The IN-list order of a SELECT restricting a partition-key column with `IN` (the first such
 * column; any IN column when the table's key is unknown). `undefined` when there is none or a
 * value cannot be encoded (then the backend order stands).
 */
export function inListOrder(
  stmt: Select,
  ctx: { keyspace?: string | undefined; state: EmulatorState; values?: BoundValueList | undefined },
): InListOrder | undefined {
  const keyspace = stmt.table.keyspace?.text ?? ctx.keyspace;
  const columns = keyspace === undefined ? undefined : ctx.state.table(keyspace, stmt.table.name.text)?.columns;
  const bindings = bindingsOf(stmt, ctx.values);
  const relation = stmt.where.find(
    (r): r is Relation =>
      r.kind === 'Relation' &&
      r.operator === 'IN' &&
      r.left.kind === 'ColumnRef' &&
      (columns === undefined || columns.partitionKey.includes(r.left.name.text)),
  );
  if (relation === undefined || relation.left.kind !== 'ColumnRef' || relation.right === undefined) return undefined;
  const column = relation.left.name.text;
  if (relation.right.kind === 'BindMarker') {
    const list = boundValue(relation.right, bindings);
    const values = list === undefined || list === null ? undefined : decodeList(list);
    return values === undefined ? undefined : { column, values };
  }
  if (relation.right.kind !== 'InList') return undefined;
  const type = columns?.types[column];
  const values: Buffer[] = [];
  for (const expr of relation.right.values) {
    const encoded = expr.kind === 'BindMarker' ? boundValue(expr, bindings) : encodeLiteral(expr, type);
    if (encoded === undefined || encoded === null) return undefined;
    values.push(encoded);
  }
  return { column, values };
}

/**
 * Rows ordered by the position of their `columnIndex` cell in `order` (stable; rows whose value is
 * not in the list keep their relative order at the end).
 */
export function reorderRows<R extends readonly (Buffer | null)[]>(rows: readonly R[], columnIndex: number, order: readonly Buffer[]): R[] {
  const rank = (row: R) => {
    const cell = row[columnIndex];
    if (cell === undefined || cell === null) return order.length;
    const at = order.findIndex((value) => value.equals(cell));
    return at < 0 ? order.length : at;
  };
  return rows
    .map((row, index) => ({ row, index, rank: rank(row) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.row);
}

/** The elements of a bound `list<…>` value (`[int n]` then `n` × `[bytes]`); undefined when malformed or holding nulls. */
function decodeList(value: Buffer): Buffer[] | undefined {
  if (value.length < 4) return undefined;
  const count = value.readInt32BE(0);
  const out: Buffer[] = [];
  let at = 4;
  for (let i = 0; i < count; i++) {
    if (at + 4 > value.length) return undefined;
    const length = value.readInt32BE(at);
    if (length < 0 || at + 4 + length > value.length) return undefined;
    out.push(value.subarray(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return out;
}

const integerWidths: Readonly<Record<string, number>> = { tinyint: 1, smallint: 2, int: 4, bigint: 8, counter: 8, timestamp: 8 };

/** A literal encoded as the protocol carries a value of `type`; undefined when not supported. */
export function encodeLiteral(expr: Expression, type: string | undefined): Buffer | undefined {
  if (expr.kind !== 'Literal') return undefined;
  switch (expr.type) {
    case 'string':
    case 'dollarString':
      return type === undefined || type === 'text' || type === 'varchar' || type === 'ascii' ? Buffer.from(expr.value ?? '', 'utf8') : undefined;
    case 'uuid':
      return Buffer.from(expr.text.replace(/-/g, ''), 'hex');
    case 'hex':
      return Buffer.from(expr.text.slice(2), 'hex');
    case 'boolean':
      return Buffer.from([expr.text.toLowerCase() === 'true' ? 1 : 0]);
    case 'integer': {
      const width = integerWidths[type ?? 'int'];
      if (width === undefined) return undefined;
      const value = BigInt(expr.text);
      // A literal out of the column type's range cannot match any row; the backend refuses it anyway.
      if (value !== BigInt.asIntN(width * 8, value)) return undefined;
      const out = Buffer.alloc(width);
      if (width === 8) out.writeBigInt64BE(value);
      else out.writeIntBE(Number(value), 0, width);
      return out;
    }
    default:
      return undefined;
  }
}
