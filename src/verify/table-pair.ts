/**
 * One origin table and its target table, as the differ reads them: the select lists of both sides
 * (token, key columns, value columns, and the TTL/writetime columns when they are compared), the
 * comparisons per column (with the copy's adapters for converted types), the clustering order, and
 * how rows are turned into keys and readable values.
 */
import type cassandra from 'cassandra-driver';
import { quoteName, type ColumnType, type TableShape } from '../scan/table-shape.js';
import { dataTypes } from '../scan/types.js';
import { jsonSafe, valueAdapter } from '../scan/values.js';
import { canonical, type ColumnComparison } from './compare.js';
import type { OrderedColumn } from './order.js';

/** A row as the differ holds it: its token, key values (partition then clustering) and compared values. */
export interface DiffRow {
  token: bigint;
  key: unknown[];
  values: unknown[];
}

/** What else to compare besides values. */
export interface MetadataComparison {
  /** Compare each cell's TTL, allowing this many seconds of difference (a copy takes time). */
  ttlToleranceSeconds?: number | undefined;
  /** Compare each cell's writetime, allowing this many microseconds of difference. */
  writetimeToleranceMicros?: number | undefined;
}

/** The compared pair. */
export class TablePair {
  readonly table: string;
  readonly target: string;
  readonly keyNames: string[];
  /** Value comparisons, in select order (TTL/writetime ones are named `ttl(c)` / `writetime(c)`). */
  readonly columns: ColumnComparison[] = [];
  readonly clustering: OrderedColumn[];
  readonly originSelect: string[];
  readonly targetSelect: string[];
  /** Key columns' types (for lookups and canonical keys). */
  readonly keyTypes: ColumnType[];
  private readonly tolerance = new Map<number, number>();

  constructor(
    readonly origin: TableShape,
    readonly targetShape: TableShape,
    metadata: MetadataComparison = {},
  ) {
    this.table = `${origin.keyspace}.${origin.name}`;
    this.target = `${targetShape.keyspace}.${targetShape.name}`;
    const keys = [...origin.partitionKey, ...origin.clustering];
    this.keyNames = keys.map((k) => k.name);
    this.keyTypes = keys.map((k) => k.type);
    this.clustering = origin.clustering.map((c, i) => ({ type: c.type, descending: origin.clusteringOrder[i] === 'DESC' }));
    const targetByName = new Map(targetShape.columns.map((c) => [c.name, c]));
    const token = `token(${origin.partitionKey.map((c) => quoteName(c.name)).join(', ')})`;
    this.originSelect = [token, ...this.keyNames.map(quoteName)];
    this.targetSelect = [token, ...this.keyNames.map(quoteName)];
    const timed: ColumnShape[] = [];
    for (const c of origin.values) {
      const t = targetByName.get(c.name);
      if (t === undefined) continue;
      this.columns.push({ name: c.name, type: t.type, adapt: valueAdapter(c.type, t.type) });
      this.originSelect.push(quoteName(c.name));
      this.targetSelect.push(quoteName(c.name));
      if (!c.multiCell && c.type.code !== dataTypes.counter) timed.push(c);
    }
    const bigint: ColumnType = { code: dataTypes.bigint };
    const int: ColumnType = { code: dataTypes.int };
    for (const c of timed) {
      if (metadata.ttlToleranceSeconds !== undefined) {
        this.tolerance.set(this.columns.push({ name: `ttl(${c.name})`, type: int, adapt: undefined }) - 1, metadata.ttlToleranceSeconds);
        this.originSelect.push(`TTL(${quoteName(c.name)})`);
        this.targetSelect.push(`TTL(${quoteName(c.name)})`);
      }
      if (metadata.writetimeToleranceMicros !== undefined) {
        this.tolerance.set(this.columns.push({ name: `writetime(${c.name})`, type: bigint, adapt: undefined }) - 1, metadata.writetimeToleranceMicros);
        this.originSelect.push(`WRITETIME(${quoteName(c.name)})`);
        this.targetSelect.push(`WRITETIME(${quoteName(c.name)})`);
      }
    }
  }

  /** A scanned row (selected with `originSelect`/`targetSelect`) as a {@link DiffRow}. */
  row(raw: cassandra.types.Row): DiffRow {
    const keyCount = this.keyNames.length;
    const key: unknown[] = [];
    for (let i = 0; i < keyCount; i++) key.push(raw.get(1 + i));
    const values: unknown[] = [];
    for (let i = 0; i < this.columns.length; i++) values.push(raw.get(1 + keyCount + i));
    return { token: tokenOf(raw.get(0)), key, values };
  }

  /** The canonical text of a row's partition key (and of its whole key with `whole`). */
  keyText(row: DiffRow, whole = true): string {
    const n = whole ? this.keyTypes.length : this.origin.partitionKey.length;
    let out = '';
    for (let i = 0; i < n; i++) out += `${canonical(row.key[i], this.keyTypes[i] as ColumnType)}|`;
    return out;
  }

  /** The key as plain JSON data (`{"column": value}`). */
  keyObject(row: DiffRow): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.keyNames.forEach((name, i) => (out[name] = jsonSafe(row.key[i])));
    return out;
  }

  /** Named values as plain JSON data, for `columns` (all when absent). */
  valuesObject(row: DiffRow, columns?: readonly string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.columns.forEach((c, i) => {
      if (columns === undefined || columns.includes(c.name)) out[c.name] = jsonSafe(row.values[i]);
    });
    return out;
  }

  /** The compared columns whose values differ, TTLs and writetimes within their tolerance counting as equal. */
  differing(origin: DiffRow, target: DiffRow, equal: (a: unknown, b: unknown, c: ColumnComparison) => boolean): string[] {
    const out: string[] = [];
    this.columns.forEach((c, i) => {
      const tolerance = this.tolerance.get(i);
      const a = origin.values[i];
      const b = target.values[i];
      if (tolerance !== undefined) {
        if (a === null || a === undefined || b === null || b === undefined) {
          if ((a === null || a === undefined) !== (b === null || b === undefined)) out.push(c.name);
        } else if (Math.abs(Number(BigInt(String(a)) - BigInt(String(b)))) > tolerance) out.push(c.name);
        return;
      }
      if (!equal(a, b, c)) out.push(c.name);
    });
    return out;
  }
}

type ColumnShape = TableShape['values'][number];

/** A token as read (a driver Long for Murmur3, a varint for Random) as a bigint, without going through text for Longs. */
function tokenOf(value: unknown): bigint {
  const long = value as { high?: number; low?: number; unsigned?: boolean };
  if (typeof long.high === 'number' && typeof long.low === 'number') return (BigInt(long.high) << 32n) | BigInt(long.low >>> 0);
  return BigInt(String(value));
}
