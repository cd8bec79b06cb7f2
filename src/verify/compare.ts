/**
 * Values compared by type, as a migration must judge them: decimals by value whatever their scale
 * (Keyspaces stores numbers trimmed of trailing zeros), floats with NaN equal to NaN and −0 equal
 * to 0, timestamps to the millisecond, sets and maps whatever their order, lists, tuples and vectors
 * in order, UDTs field by field, blobs byte by byte. Each value has one canonical text; two values
 * are equal when their texts are, which also orders set elements and map keys.
 */
import { dataTypes } from '../scan/types.js';
import type { ColumnType } from '../scan/table-shape.js';
import type { ValueAdapter } from '../scan/values.js';

/** The canonical text of `value` read as `type`. */
export function canonical(value: unknown, type: ColumnType): string {
  if (value === null || value === undefined) return 'null';
  switch (type.code) {
    case dataTypes.ascii:
    case dataTypes.text:
    case dataTypes.varchar:
      return JSON.stringify(String(value));
    case dataTypes.boolean:
      return value ? 'true' : 'false';
    case dataTypes.int:
    case dataTypes.smallint:
    case dataTypes.tinyint:
    case dataTypes.bigint:
    case dataTypes.counter:
    case dataTypes.varint:
      return String(value).replace(/^\+/, '');
    case dataTypes.decimal:
      return decimalText(String(value));
    case dataTypes.float:
    case dataTypes.double: {
      const n = Number(value);
      if (Number.isNaN(n)) return 'NaN';
      return n === 0 ? '0' : String(n);
    }
    case dataTypes.timestamp:
      return String(value instanceof Date ? value.getTime() : new Date(value as string).getTime());
    case dataTypes.blob:
      return Buffer.isBuffer(value) ? `0x${value.toString('hex')}` : String(value);
    case dataTypes.custom:
      if (type.customTypeName === 'vector') return `[${Array.from(value as Iterable<unknown>, (e) => canonical(e, (type.info as unknown[])[0] as ColumnType)).join(',')}]`;
      return Buffer.isBuffer(value) ? `0x${value.toString('hex')}` : String(value);
    case dataTypes.list:
      return `[${Array.from(value as Iterable<unknown>, (e) => canonical(e, type.info as ColumnType)).join(',')}]`;
    case dataTypes.set:
      return `{${Array.from(value as Iterable<unknown>, (e) => canonical(e, type.info as ColumnType))
        .sort()
        .join(',')}}`;
    case dataTypes.map: {
      const [kt, vt] = type.info as [ColumnType, ColumnType];
      const entries = value instanceof Map ? [...value.entries()] : Object.entries(value as Record<string, unknown>);
      if (entries.length === 0) return 'null';
      return `{${entries
        .map(([k, v]) => `${canonical(k, kt)}:${canonical(v, vt)}`)
        .sort()
        .join(',')}}`;
    }
    case dataTypes.tuple: {
      const items = tupleItems(value);
      return `(${(type.info as ColumnType[]).map((t, i) => canonical(items[i] ?? null, t)).join(',')})`;
    }
    case dataTypes.udt: {
      const record = value as Record<string, unknown>;
      const fields = (type.info as { fields?: Array<{ name: string; type: ColumnType }> }).fields ?? [];
      return `{${fields.map((f) => `${JSON.stringify(f.name)}:${canonical(record[f.name] ?? null, f.type)}`).join(',')}}`;
    }
    default:
      // uuid, timeuuid, inet, date, time, duration: their text is their identity.
      return String(value);
  }
}

/** True when `a` and `b`, both read as `type`, are the same value. */
export function valuesEqual(a: unknown, b: unknown, type: ColumnType): boolean {
  // Most values are equal and simple: settle those without building their canonical text.
  if (a === b && (typeof a === 'string' || typeof a === 'boolean' || (typeof a === 'number' && a !== 0) || a === null)) return true;
  if (Buffer.isBuffer(a) && Buffer.isBuffer(b) && type.code === dataTypes.blob) return a.equals(b);
  if (a instanceof Date && b instanceof Date && type.code === dataTypes.timestamp) return a.getTime() === b.getTime();
  return canonical(a, type) === canonical(b, type);
}

/** How one column of the origin is compared with the target's. */
export interface ColumnComparison {
  name: string;
  /** The target's type (the origin value is adapted to it first). */
  type: ColumnType;
  /** Turns the origin's value into the target column's (converted types); undefined when they are the same. */
  adapt: ValueAdapter | undefined;
}

/** The columns whose values differ between an origin value list and a target value list (same order as `columns`). */
export function differingColumns(origin: readonly unknown[], target: readonly unknown[], columns: readonly ColumnComparison[]): string[] {
  const out: string[] = [];
  columns.forEach((c, i) => {
    const o = c.adapt === undefined ? origin[i] : c.adapt(origin[i]);
    if (!valuesEqual(emptyAsNull(o, c.type), emptyAsNull(target[i], c.type), c.type)) out.push(c.name);
  });
  return out;
}

/** An empty non-frozen collection reads back as null in Cassandra and Keyspaces alike. */
function emptyAsNull(value: unknown, type: ColumnType): unknown {
  const collection = type.code === dataTypes.list || type.code === dataTypes.set || type.code === dataTypes.map;
  if (!collection || type.options?.frozen === true || value === null || value === undefined) return value;
  if (value instanceof Map || value instanceof Set) return value.size === 0 ? null : value;
  if (Array.isArray(value)) return value.length === 0 ? null : value;
  return value;
}

/** A decimal's value as text without trailing zeros after the point (1.50 → 1.5, 100 → 100, -0.0 → 0). */
export function decimalText(text: string): string {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
  if (!m) return text;
  const sign = m[1] === '-' ? '-' : '';
  let digits = `${m[2] ?? ''}${m[3] ?? ''}`;
  let scale = (m[3] ?? '').length - Number(m[4] ?? 0);
  digits = digits.replace(/^0+/, '');
  while (scale > 0 && digits.endsWith('0')) {
    digits = digits.slice(0, -1);
    scale--;
  }
  if (digits === '') return '0';
  if (scale <= 0) return `${sign}${digits}${'0'.repeat(-scale)}`;
  const padded = digits.padStart(scale + 1, '0');
  return `${sign}${padded.slice(0, padded.length - scale)}.${padded.slice(padded.length - scale)}`;
}

function tupleItems(value: unknown): unknown[] {
  const tuple = value as { values?: () => unknown[] };
  return typeof tuple.values === 'function' ? tuple.values() : Array.from(value as Iterable<unknown>);
}
