/**
 * The order rows come back in from a token-range scan, so two scans of the same range (origin and
 * target, same partitioner) can be merged: by token, then — within a partition — by clustering
 * columns as Cassandra orders their types (`DESC` columns reversed). Used with a self-check: a side
 * whose rows are not in this order is compared by key lookups instead, so an ordering this module
 * gets wrong can cost speed but never a false difference.
 */
import { dataTypes, isTextType } from '../scan/types.js';
import type { ColumnType } from '../scan/table-shape.js';
import { canonical, decimalText } from './compare.js';

/** Compares two values of `type` as Cassandra orders them; negative, zero or positive. */
export function compareValues(a: unknown, b: unknown, type: ColumnType): number {
  if (a === null || a === undefined) return b === null || b === undefined ? 0 : -1;
  if (b === null || b === undefined) return 1;
  switch (type.code) {
    case dataTypes.int:
    case dataTypes.smallint:
    case dataTypes.tinyint:
      return Number(a) - Number(b);
    case dataTypes.bigint:
    case dataTypes.varint:
    case dataTypes.counter:
      return compareBigInt(BigInt(String(a)), BigInt(String(b)));
    case dataTypes.decimal:
      return compareDecimal(String(a), String(b));
    case dataTypes.float:
    case dataTypes.double: {
      const x = Number(a);
      const y = Number(b);
      // Java's Float/Double compare: NaN after everything, -0 before +0.
      if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) ? (Number.isNaN(y) ? 0 : 1) : -1;
      if (x === y) return Object.is(x, -0) && Object.is(y, 0) ? -1 : Object.is(x, 0) && Object.is(y, -0) ? 1 : 0;
      return x < y ? -1 : 1;
    }
    case dataTypes.boolean:
      return (a ? 1 : 0) - (b ? 1 : 0);
    case dataTypes.timestamp:
      return (a as Date).getTime() - (b as Date).getTime();
    case dataTypes.date:
    case dataTypes.time:
    case dataTypes.duration:
      return compareStrings(String(a), String(b));
    case dataTypes.blob:
    case dataTypes.custom:
      return Buffer.compare(a as Buffer, b as Buffer);
    case dataTypes.inet:
      return Buffer.compare(bufferOf(a), bufferOf(b));
    case dataTypes.uuid:
    case dataTypes.timeuuid:
      return compareUuid(bufferOf(a), bufferOf(b), type.code === dataTypes.timeuuid);
    case dataTypes.list:
    case dataTypes.set: {
      const x = Array.from(a as Iterable<unknown>);
      const y = Array.from(b as Iterable<unknown>);
      if (type.code === dataTypes.set) {
        x.sort((p, q) => compareValues(p, q, type.info as ColumnType));
        y.sort((p, q) => compareValues(p, q, type.info as ColumnType));
      }
      return compareSequences(x, y, () => type.info as ColumnType);
    }
    case dataTypes.map: {
      const [kt, vt] = type.info as [ColumnType, ColumnType];
      const entries = (v: unknown): Array<[unknown, unknown]> => (v instanceof Map ? [...v.entries()] : Object.entries(v as Record<string, unknown>)).sort((p, q) => compareValues(p[0], q[0], kt));
      const x = entries(a).flat();
      const y = entries(b).flat();
      return compareSequences(x, y, (i) => (i % 2 === 0 ? kt : vt));
    }
    case dataTypes.tuple: {
      const types = type.info as ColumnType[];
      return compareSequences(items(a), items(b), (i) => types[i] as ColumnType);
    }
    case dataTypes.udt: {
      const fields = (type.info as { fields?: Array<{ name: string; type: ColumnType }> }).fields ?? [];
      const x = fields.map((f) => (a as Record<string, unknown>)[f.name] ?? null);
      const y = fields.map((f) => (b as Record<string, unknown>)[f.name] ?? null);
      return compareSequences(x, y, (i) => (fields[i] as { type: ColumnType }).type);
    }
    default:
      return isTextType(type.code) ? compareStrings(String(a), String(b)) : compareStrings(canonical(a, type), canonical(b, type));
  }
}

/** A clustering column's place in the order. */
export interface OrderedColumn {
  type: ColumnType;
  descending: boolean;
}

/** Compares two rows' clustering values (in clustering order). */
export function compareClustering(a: readonly unknown[], b: readonly unknown[], columns: readonly OrderedColumn[]): number {
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i] as OrderedColumn;
    const r = compareValues(a[i], b[i], c.type);
    if (r !== 0) return c.descending ? -r : r;
  }
  return 0;
}

/** UTF-8 byte order, as Cassandra compares text. */
export function compareStrings(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

function compareBigInt(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareDecimal(a: string, b: string): number {
  const [x, y] = [decimalText(a), decimalText(b)];
  const parse = (t: string): { neg: boolean; int: bigint; frac: string } => {
    const neg = t.startsWith('-');
    const [i, f = ''] = t.replace(/^-/, '').split('.');
    return { neg, int: BigInt(i ?? '0'), frac: f };
  };
  const p = parse(x);
  const q = parse(y);
  const scale = Math.max(p.frac.length, q.frac.length);
  const value = (v: { neg: boolean; int: bigint; frac: string }): bigint => (v.neg ? -1n : 1n) * (v.int * 10n ** BigInt(scale) + BigInt(v.frac.padEnd(scale, '0') || '0'));
  return compareBigInt(value(p), value(q));
}

function compareSequences(a: readonly unknown[], b: readonly unknown[], typeAt: (i: number) => ColumnType): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const r = compareValues(a[i], b[i], typeAt(i));
    if (r !== 0) return r;
  }
  return a.length - b.length;
}

function items(v: unknown): unknown[] {
  const tuple = v as { values?: () => unknown[] };
  return typeof tuple.values === 'function' ? tuple.values() : Array.from(v as Iterable<unknown>);
}

function bufferOf(v: unknown): Buffer {
  const b = (v as { getBuffer?: () => Buffer; buffer?: Buffer }).getBuffer?.() ?? (v as { buffer?: Buffer }).buffer;
  return Buffer.isBuffer(b) ? b : Buffer.from(String(v));
}

/**
 * Cassandra's uuid order: by version, then time-based uuids by timestamp, then the bytes as signed
 * values; timeuuid: timestamp, then the low bytes signed.
 */
function compareUuid(a: Buffer, b: Buffer, timeOnly: boolean): number {
  const version = (x: Buffer): number => ((x[6] ?? 0) >> 4) & 0x0f;
  if (!timeOnly) {
    const v = version(a) - version(b);
    if (v !== 0) return v;
    if (version(a) !== 1) return compareSigned(a, b, 0);
  }
  const time = (x: Buffer): bigint => ((BigInt(x.readUInt16BE(6)) & 0x0fffn) << 48n) | (BigInt(x.readUInt16BE(4)) << 32n) | BigInt(x.readUInt32BE(0));
  const t = compareBigInt(time(a), time(b));
  return t !== 0 ? t : compareSigned(a, b, 8);
}

function compareSigned(a: Buffer, b: Buffer, from: number): number {
  for (let i = from; i < Math.min(a.length, b.length); i++) {
    const d = (a.readInt8(i) as number) - (b.readInt8(i) as number);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}
