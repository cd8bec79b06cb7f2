/**
 * Statement-policy checks on the expressions inside queries and writes: functions Keyspaces does
 * not have, `LIKE`, `TTL()`/`WRITETIME()` of collections, inequalities on whole frozen
 * collections, and `varint` values beyond 38 digits. The type-dependent checks need the table's
 * columns as the emulator recorded them; without them they are skipped.
 */
import type { Condition, Delete, Expression, Insert, Relation, Select, Update, WritetimeTtl } from '../../cql/ast/nodes.js';
import { walk } from '../../cql/ast/walk.js';
import { reject } from './rejections.js';
import type { Rejection } from './errors.js';
import { isRelation } from './policy-context.js';
import type { TableColumns } from './state.js';
import { boundValue } from './values.js';
import type { Bindings } from './values.js';

/** Keyspaces' built-in scalar functions (keyspaces-facts §6), lower-case; `blobAs<type>` / `<type>AsBlob` are matched by pattern. */
export const supportedFunctions: ReadonlySet<string> = new Set([
  'cast', 'currentdate', 'currenttime', 'currenttimestamp', 'currenttimeuuid', 'fromjson', 'maxtimeuuid', 'mintimeuuid',
  'now', 'todate', 'tojson', 'token', 'totimestamp', 'ttl', 'tounixtimestamp', 'uuid', 'writetime', 'dateof',
  'unixtimestampof',
]);

const inequalities = new Set(['<', '<=', '>', '>=', '!=']);
const varintLimit = 10n ** 38n;

type Dml = Select | Insert | Update | Delete;

// The syntactic checks depend on the statement alone; parsed statements are cached, so are their answers.
const syntacticCache = new WeakMap<Dml, Rejection | null>();

/** Unsupported functions and `LIKE` anywhere in the statement. */
export function checkSyntax(stmt: Dml): Rejection | undefined {
  const cached = syntacticCache.get(stmt);
  if (cached !== undefined) return cached ?? undefined;
  let found: Rejection | undefined;
  walk(stmt, {
    FunctionCall(node) {
      const qualified = node.name.keyspace !== undefined && node.name.keyspace.text !== 'system';
      const name = node.name.name.text.toLowerCase();
      if (qualified || !isSupportedFunction(name)) found ??= reject('unsupported-function', { function: printName(node.name.keyspace?.text, node.name.name.text) });
    },
    WritetimeTtl(node) {
      if (node.function === 'maxwritetime') found ??= reject('unsupported-function', { function: 'maxwritetime' });
    },
    Relation(node) {
      if (node.operator === 'LIKE') found ??= reject('like');
    },
  });
  syntacticCache.set(stmt, found ?? null);
  return found;
}

/** True for a Keyspaces built-in function name (lower-case); aggregates are judged elsewhere. */
export function isSupportedFunction(name: string): boolean {
  return supportedFunctions.has(name) || /^blobas\w+$/.test(name) || /^\w+asblob$/.test(name) || aggregateNames.has(name);
}

const aggregateNames = new Set(['count', 'min', 'max', 'sum', 'avg']);

/** What `checkTyped` looks at in a statement, which depends on the statement alone. */
interface TypedParts {
  /** Every WRITETIME/TTL of a SELECT, in walk order. */
  writetimeTtl: WritetimeTtl[];
  /** WHERE relations and IF conditions, in that order. */
  comparisons: (Relation | Condition)[];
  /** Column and value of each written column. */
  written: [string, Expression][];
}

// Parsed statements are cached and executed many times: their parts are found once.
const typedPartsCache = new WeakMap<Dml, TypedParts>();

function typedParts(stmt: Dml): TypedParts {
  let parts = typedPartsCache.get(stmt);
  if (parts === undefined) {
    const writetimeTtl: WritetimeTtl[] = [];
    if (stmt.kind === 'Select') walk(stmt, { WritetimeTtl: (node) => void writetimeTtl.push(node) });
    const comparisons: (Relation | Condition)[] = [
      ...(stmt.kind === 'Insert' ? [] : stmt.where.filter(isRelation)),
      ...(stmt.kind === 'Update' || stmt.kind === 'Delete' ? stmt.conditions : []),
    ];
    parts = { writetimeTtl, comparisons, written: writtenPairs(stmt) };
    typedPartsCache.set(stmt, parts);
  }
  return parts;
}

/** The checks that need the table's column types. */
export function checkTyped(stmt: Dml, columns: TableColumns | undefined, bindings: Bindings): Rejection | undefined {
  if (columns === undefined) return undefined;
  const typeOf = (expr: Expression) => (expr.kind === 'ColumnRef' ? columns.types[expr.name.text] : undefined);
  let found: Rejection | undefined;
  const parts = typedParts(stmt);
  for (const node of parts.writetimeTtl) {
    const type = typeOf(node.argument);
    if (type !== undefined && isMultiCell(type) && node.argument.kind === 'ColumnRef') {
      found ??= reject('ttl-writetime-collection', { function: node.function.toUpperCase(), column: node.argument.name.text });
    }
  }
  for (const comparison of parts.comparisons) {
    const type = typeOf(comparison.left);
    if (type !== undefined && inequalities.has(comparison.operator) && isFrozenCollection(type) && comparison.left.kind === 'ColumnRef') {
      found ??= reject('frozen-inequality', { column: comparison.left.name.text });
    }
  }
  for (const [column, value] of parts.written) {
    if (columns.types[column] !== 'varint') continue;
    const digits = varintDigits(value, bindings);
    if (digits !== undefined && digits.big) found ??= reject('varint-range', { column, digits: digits.count });
  }
  return found;
}

function writtenPairs(stmt: Dml): [string, Expression][] {
  if (stmt.kind === 'Insert') {
    return stmt.columns.flatMap((column, i): [string, Expression][] => {
      const value = stmt.values[i];
      return value === undefined ? [] : [[column.text, value]];
    });
  }
  if (stmt.kind === 'Update') {
    return stmt.assignments.flatMap((a): [string, Expression][] => (a.target.kind === 'ColumnRef' ? [[a.target.name.text, a.value]] : []));
  }
  return [];
}

function varintDigits(value: Expression, bindings: Bindings): { count: number; big: boolean } | undefined {
  let number: bigint | undefined;
  if (value.kind === 'Literal' && value.type === 'integer') number = BigInt(value.text);
  else if (value.kind === 'BindMarker') {
    const bytes = boundValue(value, bindings);
    if (bytes instanceof Buffer && bytes.length > 0) number = BigInt.asIntN(bytes.length * 8, BigInt(`0x${bytes.toString('hex')}`));
  }
  if (number === undefined) return undefined;
  const magnitude = number < 0n ? -number : number;
  return { count: magnitude.toString().length, big: magnitude >= varintLimit };
}

/** A non-frozen collection type text (`list<…>`, `set<…>`, `map<…>`): a multi-cell column. */
function isMultiCell(type: string): boolean {
  return /^(list|set|map)</.test(type);
}

/** A whole frozen collection (`frozen<list<…>>` and the like). */
function isFrozenCollection(type: string): boolean {
  return /^frozen<(list|set|map)</.test(type);
}

function printName(keyspace: string | undefined, name: string): string {
  return keyspace === undefined ? name : `${keyspace}.${name}`;
}
