/**
 * Table sizes from a live Cassandra cluster: partitions from `system.size_estimates` (each node's
 * estimate for the ranges it owns), and a bounded sample of rows (the first rows in token order)
 * for the average data size of each column (DG sizes, see value-size.ts), rows per partition, and
 * distinct values per column. A sample that reads the whole table makes every figure exact.
 */
import type cassandra from 'cassandra-driver';
import { integerDataBytes } from '../keyspaces/row-size.js';
import { readSizeEstimates } from '../scan/size-estimates.js';
import { qualifiedName, readTableShape, type ColumnShape, type ColumnType } from '../scan/table-shape.js';
import { dataTypes, isTextType } from '../scan/types.js';
import type { ColumnSizes, SizeMap, TableSizes } from './sizes.js';
import { tableKey } from './sizes.js';

/** Distinct values tracked per column at most (a column with more is nearly unique). */
const MAX_DISTINCT = 10_000;
/** Rows fetched per page while sampling. */
const SAMPLE_PAGE = 1000;

/** Widths of the fixed-width types, as value-size.ts counts them. */
const FIXED: Readonly<Record<number, number>> = {
  [dataTypes.boolean]: 1,
  [dataTypes.uuid]: 16,
  [dataTypes.timeuuid]: 16,
  [dataTypes.timestamp]: 8,
  [dataTypes.date]: 4,
  [dataTypes.time]: 8,
  [dataTypes.double]: 8,
  [dataTypes.float]: 4,
};
const INTEGERS: ReadonlySet<number> = new Set([dataTypes.int, dataTypes.bigint, dataTypes.smallint, dataTypes.tinyint, dataTypes.varint, dataTypes.counter]);

/** One table's figures and how the sample went. */
export interface OriginTableSizes {
  keyspace: string;
  table: string;
  sizes: TableSizes;
  /** The table was not found in the cluster's metadata. */
  missing?: boolean;
}

/** Reads sizes of `tables` (`[keyspace, table]`) with samples of at most `sampleRows` rows each. */
export async function readOriginSizes(client: cassandra.Client, tables: readonly (readonly [string, string])[], sampleRows: number): Promise<SizeMap> {
  const out: SizeMap = new Map();
  for (const [keyspace, table] of tables) {
    const sized = await readTableSizes(client, keyspace, table, sampleRows);
    if (!sized.missing) out.set(tableKey(`${keyspace}.${table}`), sized.sizes);
  }
  return out;
}

/** Sizes of one table. */
export async function readTableSizes(client: cassandra.Client, keyspace: string, table: string, sampleRows: number): Promise<OriginTableSizes> {
  const shape = await readTableShape(client, keyspace, table);
  if (shape === undefined) return { keyspace, table, sizes: { columns: {}, basis: [] }, missing: true };
  const estimates = await readSizeEstimates(client, keyspace, table);
  const sample = await sampleTable(client, keyspace, table, shape.columns, shape.partitionKey, sampleRows);
  const basis: TableSizes['basis'] = [];
  let rows: number | undefined;
  let partitions: number | undefined;
  if (sample.complete) {
    rows = sample.rows;
    partitions = sample.partitions;
    basis.push('complete-sample');
  } else {
    if (sample.rows > 0) basis.push('sample');
    if (estimates.partitions > 0) {
      partitions = estimates.partitions;
      rows = estimates.partitions * sample.rowsPerPartition;
      basis.push('size_estimates');
    }
  }
  const columns: Record<string, ColumnSizes> = {};
  for (const c of shape.columns) {
    const stat = sample.columns.get(c.name);
    if (stat === undefined || stat.values === 0) continue;
    const nearlyUnique = stat.distinct.size >= MAX_DISTINCT || stat.distinct.size >= 0.5 * sample.rows;
    const distinct = sample.complete || !nearlyUnique || rows === undefined ? stat.distinct.size : Math.round((stat.distinct.size * rows) / Math.max(1, sample.rows));
    columns[c.name] = {
      dataBytes: stat.bytes / stat.values,
      ...(c.multiCell ? { elements: stat.elements / stat.values } : {}),
      ...(c.role === 'regular' || c.role === 'static' ? { distinct } : {}),
    };
  }
  return { keyspace, table, sizes: { rows, partitions, columns, sampledRows: sample.rows, basis } };
}

interface ColumnStat {
  bytes: number;
  elements: number;
  values: number;
  distinct: Set<string>;
}

interface Sample {
  rows: number;
  partitions: number;
  rowsPerPartition: number;
  complete: boolean;
  columns: Map<string, ColumnStat>;
}

async function sampleTable(client: cassandra.Client, keyspace: string, table: string, columns: readonly ColumnShape[], key: readonly ColumnShape[], limit: number): Promise<Sample> {
  const stats = new Map<string, ColumnStat>(columns.map((c) => [c.name, { bytes: 0, elements: 0, values: 0, distinct: new Set<string>() }]));
  const partitions = new Map<string, number>();
  let rows = 0;
  let fetched = 0;
  let pageState: string | undefined;
  // One row more than the sample tells whether the sample holds the whole table.
  const query = `SELECT * FROM ${qualifiedName(keyspace, table)} LIMIT ${limit + 1}`;
  do {
    const rs = await client.execute(query, [], { prepare: false, fetchSize: Math.min(SAMPLE_PAGE, limit + 1), ...(pageState === undefined ? {} : { pageState }) });
    for (const row of rs.rows) {
      fetched++;
      if (rows >= limit) continue;
      rows++;
      const pk = JSON.stringify(key.map((c) => String(row.get(c.name))));
      partitions.set(pk, (partitions.get(pk) ?? 0) + 1);
      for (const c of columns) {
        const value: unknown = row.get(c.name);
        const stat = stats.get(c.name)!;
        const size = valueSize(value, c.type, c.multiCell);
        stat.bytes += size.bytes;
        stat.elements += size.elements;
        stat.values++;
        if (stat.distinct.size < MAX_DISTINCT) stat.distinct.add(distinctKey(value));
      }
    }
    pageState = rs.pageState ?? undefined;
  } while (pageState !== undefined && fetched <= limit);
  const complete = fetched <= limit;
  // The last partition of an incomplete sample may be cut short: rows per partition come from the others.
  const counts = [...partitions.values()];
  const whole = complete || counts.length < 2 ? counts : counts.slice(0, -1);
  const rowsPerPartition = whole.length === 0 ? 1 : whole.reduce((a, b) => a + b, 0) / whole.length;
  return { rows, partitions: partitions.size, rowsPerPartition, complete, columns: stats };
}

function distinctKey(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Buffer.isBuffer(value)) return `0x${value.toString('hex')}`;
  return typeof value === 'object' ? String(value) : `${typeof value}:${String(value)}`;
}

/** The stored size of a value read by the driver (DG sizes; 1 for a null). */
export function valueSize(value: unknown, type: ColumnType, multiCell: boolean): { bytes: number; elements: number } {
  if (value === null || value === undefined) return { bytes: 1, elements: 0 };
  const code = type.code;
  if (isTextType(code)) return { bytes: Buffer.byteLength(String(value), 'utf8'), elements: 0 };
  if (code === dataTypes.blob) return { bytes: Buffer.isBuffer(value) ? value.length : String(value).length, elements: 0 };
  if (INTEGERS.has(code)) return { bytes: integerDataBytes(String(value)), elements: 0 };
  const fixed = FIXED[code];
  if (fixed !== undefined) return { bytes: fixed, elements: 0 };
  if (code === dataTypes.inet) return { bytes: String(value).includes(':') ? 16 : 4, elements: 0 };
  if (code === dataTypes.decimal) return { bytes: integerDataBytes(String(value).replace(/[^0-9]/g, '')) + 4, elements: 0 };
  if (code === dataTypes.list || code === dataTypes.set || code === dataTypes.map || code === dataTypes.tuple || code === dataTypes.udt) {
    return containerSize(value, type, multiCell);
  }
  return { bytes: Buffer.byteLength(String(value), 'utf8'), elements: 0 };
}

function containerSize(value: unknown, type: ColumnType, multiCell: boolean): { bytes: number; elements: number } {
  const info = type.info;
  const perElement = multiCell ? 0 : 4;
  const part = (v: unknown, t: unknown): number => valueSize(v, t as ColumnType, false).bytes;
  let bytes = 0;
  let elements = 0;
  if (type.code === dataTypes.list || type.code === dataTypes.set) {
    for (const v of value as Iterable<unknown>) {
      bytes += part(v, info) + perElement;
      elements++;
    }
  } else if (type.code === dataTypes.map) {
    const [k, v] = info as [unknown, unknown];
    const entries = value instanceof Map ? [...value.entries()] : Object.entries(value as Record<string, unknown>);
    for (const [key, val] of entries) {
      bytes += part(key, k) + part(val, v) + 2 * perElement;
      elements++;
    }
  } else if (type.code === dataTypes.tuple) {
    const types = info as unknown[];
    const values = (value as { values?: () => unknown[] }).values?.() ?? [];
    values.forEach((v, i) => (bytes += part(v, types[i]) + 4));
  } else {
    // A UDT: 3 bytes, and per field 1 byte of metadata and a 1-byte field identifier (DG).
    const fields = (info as { fields?: { name: string; type: unknown }[] }).fields ?? [];
    bytes += 3;
    for (const f of fields) bytes += part((value as Record<string, unknown>)[f.name], f.type) + 2;
  }
  return { bytes, elements };
}
