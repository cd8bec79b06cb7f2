/**
 * The data size of one value as Amazon Keyspaces stores it (DG "Estimate row size",
 * calculating-row-size.html; keyspaces-facts §10, §15): strings as their UTF-8 bytes, blobs as
 * their raw bytes, integers about one byte per two significant digits plus one, a boolean or a
 * null one byte, and each element of a collection one byte of metadata besides its value. The
 * guide gives no size for the other fixed-width types (uuid, timestamp, double, …); they count
 * their width in the CQL binary protocol, as the guide does for values nested in frozen types.
 * What cannot be known from the text (a bind marker, a function) is `undefined` here, and the
 * row model fills it from the table's measured or declared sizes.
 */
import type { CqlType, Expression, NativeTypeName } from '../cql/ast/nodes.js';
import { integerDataBytes } from '../keyspaces/row-size.js';

/** Width in the CQL binary protocol (v4 §6) of the fixed-width types. */
const PROTOCOL_WIDTH: Partial<Record<NativeTypeName, number>> = {
  bigint: 8,
  boolean: 1,
  counter: 8,
  date: 4,
  double: 8,
  float: 4,
  int: 4,
  smallint: 2,
  time: 8,
  timestamp: 8,
  timeuuid: 16,
  tinyint: 1,
  uuid: 16,
};

const INTEGER_TYPES = new Set<NativeTypeName>(['int', 'bigint', 'smallint', 'tinyint', 'varint', 'counter']);
const VARIABLE_TYPES = new Set<NativeTypeName>(['text', 'varchar', 'ascii', 'blob', 'decimal', 'varint', 'inet', 'duration']);

/** Functions whose result is a uuid / timeuuid (16 bytes) or a timestamp (8 bytes). */
const UUID_FUNCTIONS = new Set(['now', 'uuid', 'currenttimeuuid', 'mintimeuuid', 'maxtimeuuid']);
const TIME_FUNCTIONS = new Set(['totimestamp', 'currenttimestamp', 'currentdate', 'currenttime', 'todate', 'tounixtimestamp', 'unixtimestampof', 'dateof']);

/** A value's stored size and, for a non-frozen collection, how many elements it holds. */
export interface ValueSize {
  dataBytes: number;
  elements?: number | undefined;
}

/** Strips `frozen<…>`; says whether it was there. */
export function unfrozen(type: CqlType): { type: CqlType; frozen: boolean } {
  return type.kind === 'FrozenType' ? { type: unfrozen(type.inner).type, frozen: true } : { type, frozen: false };
}

/** True for a list, set or map column that is not frozen (its elements carry their own metadata). */
export function isMultiCell(type: CqlType): boolean {
  return type.kind === 'ListType' || type.kind === 'SetType' || type.kind === 'MapType';
}

/** The fixed data size of a type, when every value of it has the same size. */
export function fixedDataBytes(type: CqlType): number | undefined {
  const t = unfrozen(type).type;
  return t.kind === 'NativeType' && !VARIABLE_TYPES.has(t.name) ? PROTOCOL_WIDTH[t.name] : undefined;
}

/**
 * The stored size of the value `expr` written to a column of `type` (`undefined` type: a column
 * the schema does not show), or `undefined` when the text does not tell (bind markers, most
 * function calls, arithmetic on columns).
 */
export function literalValueSize(expr: Expression, type: CqlType | undefined): ValueSize | undefined {
  const inner = type === undefined ? undefined : unfrozen(type).type;
  const multi = type !== undefined && isMultiCell(type);
  switch (expr.kind) {
    case 'Literal':
      return { dataBytes: literalBytes(expr, inner) };
    case 'ListLiteral':
    case 'SetLiteral':
      return collection(expr.elements.map((e) => literalValueSize(e, elementType(inner, 'value'))), multi, FROZEN_ELEMENT_BYTES);
    case 'MapLiteral':
      return collection(
        expr.entries.map((e) => sum(literalValueSize(e.key, elementType(inner, 'key')), literalValueSize(e.value, elementType(inner, 'value')))),
        multi,
        2 * FROZEN_ELEMENT_BYTES,
      );
    case 'TupleLiteral':
      return collection(expr.elements.map((e) => literalValueSize(e, undefined)), false, FROZEN_ELEMENT_BYTES);
    case 'UdtLiteral':
      // 3 bytes of UDT metadata, and per field 1 byte of metadata and a 1-byte field identifier.
      return plus(collection(expr.fields.map((f) => literalValueSize(f.value, undefined)), false, 2), UDT_METADATA_BYTES);
    case 'FunctionCall': {
      const name = expr.name.name.text;
      if (UUID_FUNCTIONS.has(name)) return { dataBytes: 16 };
      if (TIME_FUNCTIONS.has(name)) return { dataBytes: inner === undefined ? 8 : (fixedDataBytes(inner) ?? 8) };
      return inner === undefined ? undefined : optional(fixedDataBytes(inner));
    }
    case 'TypeHint':
    case 'Cast':
      return literalValueSize(expr.value, type);
    case 'Negation':
      return literalValueSize(expr.operand, type);
    default:
      return undefined;
  }
}

function literalBytes(lit: Extract<Expression, { kind: 'Literal' }>, type: CqlType | undefined): number {
  const native = type?.kind === 'NativeType' ? type.name : undefined;
  switch (lit.type) {
    case 'null':
    case 'boolean':
      return 1;
    case 'string':
    case 'dollarString':
      // A string written to a fixed-width column (a timestamp, a date, an inet as text) is stored in that width.
      return native !== undefined && !VARIABLE_TYPES.has(native) ? (PROTOCOL_WIDTH[native] ?? utf8(lit)) : native === 'inet' ? inetBytes(lit.value ?? '') : utf8(lit);
    case 'hex':
      return Math.max(0, Math.floor((lit.text.length - 2) / 2));
    case 'uuid':
      return 16;
    case 'integer':
      if (native === undefined || INTEGER_TYPES.has(native)) return integerDataBytes(lit.text);
      return PROTOCOL_WIDTH[native] ?? integerDataBytes(lit.text);
    case 'float':
    case 'nan':
    case 'infinity':
      return native !== undefined ? (PROTOCOL_WIDTH[native] ?? 8) : 8;
    case 'duration':
      return lit.text.length;
  }
}

function utf8(lit: { value?: string }): number {
  return Buffer.byteLength(lit.value ?? '', 'utf8');
}

function inetBytes(text: string): number {
  return text.includes(':') ? 16 : 4;
}

function elementType(type: CqlType | undefined, part: 'key' | 'value'): CqlType | undefined {
  if (type === undefined) return undefined;
  const t = unfrozen(type).type;
  if (t.kind === 'ListType' || t.kind === 'SetType') return t.element;
  if (t.kind === 'MapType') return part === 'key' ? t.key : t.value;
  return undefined;
}

/** Bytes a frozen collection stores per element (per key and per value of a map) besides its value (DG, nested frozen types). */
const FROZEN_ELEMENT_BYTES = 4;
/** Bytes of metadata of a user-defined type value (DG). */
const UDT_METADATA_BYTES = 3;

/**
 * A collection's data: its elements' sizes, plus `frozenOverhead` per element when it is stored
 * whole. For a non-frozen collection the element count is kept instead: the row model adds the
 * column's 3 bytes and 1 byte per element (and, with TTL, 8 bytes per element). Unknown elements
 * make the whole value unknown.
 */
function collection(parts: (ValueSize | undefined)[], multiCell: boolean, frozenOverhead: number): ValueSize | undefined {
  let bytes = 0;
  for (const p of parts) {
    if (p === undefined) return undefined;
    bytes += p.dataBytes + (multiCell ? 0 : frozenOverhead);
  }
  return multiCell ? { dataBytes: bytes, elements: parts.length } : { dataBytes: bytes };
}

function sum(a: ValueSize | undefined, b: ValueSize | undefined): ValueSize | undefined {
  return a === undefined || b === undefined ? undefined : { dataBytes: a.dataBytes + b.dataBytes };
}

function plus(a: ValueSize | undefined, bytes: number): ValueSize | undefined {
  return a === undefined ? undefined : { ...a, dataBytes: a.dataBytes + bytes };
}

function optional(bytes: number | undefined): ValueSize | undefined {
  return bytes === undefined ? undefined : { dataBytes: bytes };
}
