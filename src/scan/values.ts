/**
 * Values as the driver reads them, turned into what the target column holds and into plain JSON.
 * The converted schema changes some column types (keyspaces-facts §10; `src/convert`): `duration`
 * becomes `text`, `vector<T, n>` becomes `frozen<list<T>>`, custom types become `blob`, and
 * collections nested deeper than Keyspaces allows keep their outer levels with each deeper part
 * stored as `text` holding that part as Cassandra's `toJson()` writes it. Copy writes, and verify
 * compares, through the same adapters.
 */
import cassandra from 'cassandra-driver';
import { dataTypes, isIntegerType, isTextType } from './types.js';
import { typeName, type ColumnType } from './table-shape.js';

/** Turns a value read with the origin's column type into one for the target's column type. */
export type ValueAdapter = (value: unknown) => unknown;

/** Thrown when a target column cannot hold the origin column's values. */
export class IncompatibleTypesError extends Error {
  constructor(
    readonly from: string,
    readonly to: string,
  ) {
    super(`cannot store ${from} values in a ${to} column`);
    this.name = 'IncompatibleTypesError';
  }
}

const isVector = (t: ColumnType): boolean => t.code === dataTypes.custom && t.customTypeName === 'vector';

/**
 * The adapter from `from` to `to`, or undefined when values pass unchanged (the same type, frozen
 * or not). Throws {@link IncompatibleTypesError} when no conversion exists.
 */
export function valueAdapter(from: ColumnType, to: ColumnType): ValueAdapter | undefined {
  if (sameType(from, to)) return undefined;
  if (isTextType(to.code) && !isTextType(from.code)) {
    if (from.code === dataTypes.duration) return (v) => (v === null || v === undefined ? v : String(v));
    return (v) => (v === null || v === undefined ? v : cassandraJson(v, from));
  }
  if (to.code === dataTypes.blob && from.code === dataTypes.custom && !isVector(from)) return undefined;
  if (isVector(from) && (to.code === dataTypes.list || to.code === dataTypes.set)) {
    const element = valueAdapter((from.info as unknown[])[0] as ColumnType, to.info as ColumnType);
    return (v) => (v === null || v === undefined ? v : Array.from(v as Iterable<unknown>, (e) => (element ? element(e) : e)));
  }
  if ((from.code === dataTypes.list || from.code === dataTypes.set) && from.code === to.code) {
    const element = valueAdapter(from.info as ColumnType, to.info as ColumnType);
    if (element === undefined) return undefined;
    return (v) => mapIterable(v, element, from.code === dataTypes.set);
  }
  if (from.code === dataTypes.map && to.code === dataTypes.map) {
    const [fk, fv] = from.info as [ColumnType, ColumnType];
    const [tk, tv] = to.info as [ColumnType, ColumnType];
    const key = valueAdapter(fk, tk);
    const value = valueAdapter(fv, tv);
    if (key === undefined && value === undefined) return undefined;
    return (v) => {
      if (v === null || v === undefined) return v;
      const out = new Map<unknown, unknown>();
      for (const [k, x] of entries(v)) out.set(key ? key(k) : k, value ? value(x) : x);
      return out;
    };
  }
  if (from.code === dataTypes.tuple && to.code === dataTypes.tuple) {
    const adapters = (from.info as ColumnType[]).map((f, i) => valueAdapter(f, (to.info as ColumnType[])[i] as ColumnType));
    return (v) => {
      if (v === null || v === undefined) return v;
      const values = tupleValues(v).map((x, i) => (adapters[i] ? (adapters[i] as ValueAdapter)(x) : x));
      return new cassandra.types.Tuple(...values);
    };
  }
  if (from.code === dataTypes.udt && to.code === dataTypes.udt) {
    const toFields = new Map(udtFields(to).map((f) => [f.name, f.type]));
    const adapters = new Map(udtFields(from).map((f) => [f.name, toFields.has(f.name) ? valueAdapter(f.type, toFields.get(f.name) as ColumnType) : undefined]));
    return (v) => {
      if (v === null || v === undefined) return v;
      const out: Record<string, unknown> = {};
      for (const [name, x] of Object.entries(v as Record<string, unknown>)) out[name] = adapters.get(name) ? (adapters.get(name) as ValueAdapter)(x) : x;
      return out;
    };
  }
  throw new IncompatibleTypesError(typeName(from), typeName(to));
}

/** True when values of `a` are values of `b` (frozen or not, text/varchar alike). */
export function sameType(a: ColumnType, b: ColumnType): boolean {
  const code = (t: ColumnType): number => (t.code === dataTypes.varchar ? dataTypes.text : t.code);
  if (code(a) !== code(b)) return false;
  switch (a.code) {
    case dataTypes.list:
    case dataTypes.set:
      return sameType(a.info as ColumnType, b.info as ColumnType);
    case dataTypes.map:
    case dataTypes.tuple: {
      const ai = a.info as ColumnType[];
      const bi = b.info as ColumnType[];
      return ai.length === bi.length && ai.every((t, i) => sameType(t, bi[i] as ColumnType));
    }
    case dataTypes.udt: {
      const af = udtFields(a);
      const bf = udtFields(b);
      return af.length === bf.length && af.every((f, i) => f.name === bf[i]?.name && sameType(f.type, bf[i].type));
    }
    case dataTypes.custom:
      return a.customTypeName === b.customTypeName && JSON.stringify(a.info) === JSON.stringify(b.info);
    default:
      return true;
  }
}

/** The fields of a UDT type, in declaration order. */
export function udtFields(t: ColumnType): Array<{ name: string; type: ColumnType }> {
  return ((t.info as { fields?: Array<{ name: string; type: ColumnType }> } | null)?.fields ?? []).map((f) => ({ name: f.name, type: f.type }));
}

/** The elements of a tuple value (the driver's `Tuple`, or an array). */
export function tupleValues(v: unknown): unknown[] {
  const tuple = v as { values?: () => unknown[] };
  return typeof tuple.values === 'function' ? tuple.values() : Array.from(v as Iterable<unknown>);
}

function mapIterable(v: unknown, f: ValueAdapter, asSet: boolean): unknown {
  if (v === null || v === undefined) return v;
  const out = Array.from(v as Iterable<unknown>, f);
  return asSet ? new Set(out) : out;
}

function entries(v: unknown): Iterable<[unknown, unknown]> {
  return v instanceof Map ? (v as Map<unknown, unknown>).entries() : Object.entries(v as Record<string, unknown>);
}

/**
 * A value as Cassandra's `toJson()` writes it: numbers bare (big integers and decimals exactly),
 * strings, uuids, inets, dates, times and durations quoted, timestamps as `yyyy-mm-dd hh:mm:ss.SSSZ`,
 * blobs as `"0x…"`, lists/sets/tuples/vectors as arrays, maps and UDTs as objects (non-text map keys
 * as their own JSON, quoted).
 */
export function cassandraJson(value: unknown, type: ColumnType): string {
  if (value === null || value === undefined) return 'null';
  if (isTextType(type.code)) return JSON.stringify(String(value));
  if (isIntegerType(type.code) || type.code === dataTypes.decimal) return String(value);
  switch (type.code) {
    case dataTypes.boolean:
      return value ? 'true' : 'false';
    case dataTypes.float:
    case dataTypes.double: {
      const n = Number(value);
      return Number.isFinite(n) ? String(n) : JSON.stringify(String(n));
    }
    case dataTypes.timestamp:
      return JSON.stringify(timestampText(value as Date));
    case dataTypes.blob:
    case dataTypes.custom:
      if (isVector(type)) return `[${Array.from(value as Iterable<unknown>, (e) => cassandraJson(e, (type.info as unknown[])[0] as ColumnType)).join(', ')}]`;
      return JSON.stringify(`0x${(value as Buffer).toString('hex')}`);
    case dataTypes.list:
    case dataTypes.set:
      return `[${Array.from(value as Iterable<unknown>, (e) => cassandraJson(e, type.info as ColumnType)).join(', ')}]`;
    case dataTypes.tuple:
      return `[${tupleValues(value)
        .map((e, i) => cassandraJson(e, (type.info as ColumnType[])[i] as ColumnType))
        .join(', ')}]`;
    case dataTypes.map: {
      const [kt, vt] = type.info as [ColumnType, ColumnType];
      const parts: string[] = [];
      for (const [k, v] of entries(value)) {
        const key = isTextType(kt.code) ? String(k) : cassandraJson(k, kt);
        parts.push(`${JSON.stringify(key)}: ${cassandraJson(v, vt)}`);
      }
      return `{${parts.join(', ')}}`;
    }
    case dataTypes.udt: {
      const record = value as Record<string, unknown>;
      return `{${udtFields(type)
        .map((f) => `${JSON.stringify(f.name)}: ${cassandraJson(record[f.name] ?? null, f.type)}`)
        .join(', ')}}`;
    }
    default:
      return JSON.stringify(String(value));
  }
}

function timestampText(date: Date): string {
  const iso = date.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 23)}Z`;
}

/**
 * A value as plain JSON data for reports, events and rejects files: big numbers, uuids, dates and
 * durations as strings, blobs as `0x…`, maps as objects, sets, tuples and vectors as arrays.
 */
export function jsonSafe(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return value.toString();
  if (Buffer.isBuffer(value)) return `0x${value.toString('hex')}`;
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Map) return Object.fromEntries(Array.from(value, ([k, v]) => [typeof k === 'string' ? k : JSON.stringify(jsonSafe(k)), jsonSafe(v)]));
  if (value instanceof Set || Array.isArray(value)) return Array.from(value, jsonSafe);
  const tuple = value as { values?: () => unknown[] };
  if (value.constructor?.name === 'Tuple' && typeof tuple.values === 'function') return tuple.values().map(jsonSafe);
  if (value.constructor?.name === 'Vector') return Array.from(value as Iterable<unknown>, jsonSafe);
  if (value.constructor !== Object) return String(value);
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, jsonSafe(v)]));
}
