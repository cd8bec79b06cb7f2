/**
 * Values for a SELECT's bind markers: decoded from the bytes a query log recorded (`fqltool dump`
 * prints each bound value's serialized bytes), or sampled from the origin's data — a bounded read
 * of a few token-range slices of the table, keeping the columns the markers restrict — so a shape
 * logged only with `?` can still be replayed with values that find rows.
 */
import cassandra from 'cassandra-driver';
import { splitRange } from '../scan/ranges.js';
import { tokenParams } from '../scan/range-scan.js';
import { qualifiedName, quoteName, type ColumnType, type TableShape } from '../scan/table-shape.js';
import type { Partitioner } from '../scan/tokens.js';
import { dataTypes } from '../scan/types.js';
import { jsonSafe } from '../scan/values.js';
import type { MarkerBinding, SelectPlan } from './replay-statement.js';

/** The driver's value codec (exported by the driver, missing from its typings). */
interface DriverEncoder {
  decode(buffer: Buffer, type: ColumnType): unknown;
}
const Encoder = (cassandra as unknown as { Encoder: new (protocolVersion: number, options: object) => DriverEncoder }).Encoder;

/** Values bound to `LIMIT ?` and `PER PARTITION LIMIT ?` when the log recorded none. */
export const SAMPLED_LIMIT = 100;
export const SAMPLED_PER_PARTITION_LIMIT = 10;

/** The alias of the token read with sampled rows. */
const TOKEN_ALIAS = 'ksmig_sample_token';

/** The CQL type a marker's value has, or undefined when it cannot be told. */
export function markerType(binding: MarkerBinding, types: ReadonlyMap<string, ColumnType>, partitioner: Partitioner | undefined): ColumnType | undefined {
  switch (binding.kind) {
    case 'column':
      return types.get(binding.column);
    case 'column-list': {
      const t = types.get(binding.column);
      return t === undefined ? undefined : { code: dataTypes.list, info: t };
    }
    case 'element': {
      const t = types.get(binding.column);
      if (t?.code === dataTypes.list || t?.code === dataTypes.set) return t.info as ColumnType;
      if (t?.code === dataTypes.map) return (t.info as ColumnType[])[1];
      return undefined;
    }
    case 'key': {
      const t = types.get(binding.column);
      return t?.code === dataTypes.map ? (t.info as ColumnType[])[0] : undefined;
    }
    case 'tuple':
    case 'tuple-list': {
      const members = binding.columns.map((c) => types.get(c));
      if (members.some((m) => m === undefined)) return undefined;
      const tuple: ColumnType = { code: dataTypes.tuple, info: members };
      return binding.kind === 'tuple' ? tuple : { code: dataTypes.list, info: tuple };
    }
    case 'token':
      if (partitioner?.kind === 'murmur3') return { code: dataTypes.bigint };
      if (partitioner?.kind === 'random') return { code: dataTypes.varint };
      return undefined;
    case 'limit':
      return { code: dataTypes.int };
    case 'unknown':
      return undefined;
  }
}

/**
 * Decodes the values a log recorded for a statement's markers. Returns the values, or a reason
 * they cannot be used (a count that does not match, a value cut short, a marker of unknown type).
 */
export function decodeLoggedValues(
  markers: readonly MarkerBinding[],
  values: ReadonlyArray<Buffer | undefined>,
  types: ReadonlyMap<string, ColumnType>,
  partitioner: Partitioner | undefined,
): unknown[] | string {
  if (values.length !== markers.length) return `the log recorded ${values.length} value${values.length === 1 ? '' : 's'} for ${markers.length} bind marker${markers.length === 1 ? '' : 's'}`;
  const encoder = new Encoder(4, {});
  const out: unknown[] = [];
  for (let i = 0; i < markers.length; i++) {
    const bytes = values[i];
    if (bytes === undefined) return `value ${i + 1} was cut short in the log`;
    const type = markerType(markers[i] as MarkerBinding, types, partitioner);
    if (type === undefined) return `the type of bind marker ${i + 1} is not known`;
    try {
      out.push(encoder.decode(bytes, type));
    } catch (err) {
      return `value ${i + 1} does not decode: ${(err as Error).message}`;
    }
  }
  return out;
}

/** Options of {@link sampleRows}. */
export interface SampleOptions {
  /** Distinct rows wanted. */
  count: number;
  /** Token-range slices read (default 4), `count` rows at most from each. */
  slices?: number;
  /** The origin's partitioner; without one a single `LIMIT` read is made. */
  partitioner: Partitioner | undefined;
  consistency: number;
}

/** One sampled row: the bound columns' values by name, and the row's token when asked for. */
export type SampleRow = Record<string, unknown>;

/**
 * Reads up to `count` rows of `table` that differ in the columns `plan` binds: a few evenly spread
 * token-range slices, each `LIMIT count` (partitions of one row each when only partition-key
 * columns are bound), interleaved so the samples cover the ring. At most `slices × count` rows are read.
 */
export async function sampleRows(client: cassandra.Client, table: TableShape, plan: SelectPlan, options: SampleOptions): Promise<SampleRow[]> {
  const known = new Set(table.columns.map((c) => c.name));
  const columns = plan.boundColumns.filter((c) => known.has(c));
  const pk = table.partitionKey.map((c) => quoteName(c.name)).join(', ');
  const select = [...columns.map(quoteName), ...(plan.bindsToken ? [`token(${pk}) AS ${TOKEN_ALIAS}`] : [])];
  if (select.length === 0) return [];
  const keyOnly = columns.every((c) => table.partitionKey.some((k) => k.name === c));
  const perPartition = keyOnly ? 1 : 5;
  const base = `SELECT ${select.join(', ')} FROM ${qualifiedName(table.keyspace, table.name)}`;
  const limit = ` PER PARTITION LIMIT ${perPartition} LIMIT ${Math.max(1, options.count)}`;
  const read = async (query: string, params: unknown[]): Promise<cassandra.types.Row[]> =>
    (await client.execute(query, params, { prepare: true, consistency: options.consistency, isIdempotent: true, fetchSize: Math.max(1, options.count) })).rows;
  let slices: cassandra.types.Row[][];
  if (options.partitioner === undefined) {
    slices = [await read(`${base}${limit}`, [])];
  } else {
    const ring = { start: options.partitioner.min, end: options.partitioner.max };
    const query = `${base} WHERE token(${pk}) > ? AND token(${pk}) <= ?${limit}`;
    slices = [];
    for (const range of splitRange(ring, options.slices ?? 4)) slices.push(await read(query, tokenParams(range, options.partitioner)));
  }
  const out: SampleRow[] = [];
  const seen = new Set<string>();
  for (let i = 0; out.length < options.count && slices.some((s) => i < s.length); i++) {
    for (const slice of slices) {
      const row = slice[i];
      if (row === undefined || out.length >= options.count) continue;
      const sample: SampleRow = {};
      for (const c of columns) sample[c] = row.get(c);
      if (plan.bindsToken) sample[TOKEN_ALIAS] = row.get(TOKEN_ALIAS);
      const identity = JSON.stringify([...columns, ...(plan.bindsToken ? [TOKEN_ALIAS] : [])].map((c) => jsonSafe(sample[c])));
      if (seen.has(identity)) continue;
      seen.add(identity);
      out.push(sample);
    }
  }
  return out;
}

/**
 * Values for the markers of run number `run` from sampled rows: run `i` takes row `i`, and the
 * k-th value of one column (the items of `c IN (?, ?)`) row `i + k`, so IN lists hold several
 * keys. `c IN ?` gets two keys, `CONTAINS ?` an element of the row's collection. Undefined when a
 * value the statement needs is null in the rows at hand.
 */
export function sampledParams(markers: readonly MarkerBinding[], rows: readonly SampleRow[], run: number, types: ReadonlyMap<string, ColumnType>): unknown[] | undefined {
  if (rows.length === 0) return undefined;
  const row = (k: number): SampleRow => rows[(run + k) % rows.length] as SampleRow;
  const present = (v: unknown): boolean => v !== null && v !== undefined;
  const out: unknown[] = [];
  for (const m of markers) {
    let value: unknown;
    switch (m.kind) {
      case 'column':
        value = row(m.occurrence)[m.column];
        break;
      case 'column-list':
        value = distinct([row(0)[m.column], row(1)[m.column]].filter(present));
        if ((value as unknown[]).length === 0) value = undefined;
        break;
      case 'element':
        value = firstElement(row(0)[m.column]);
        break;
      case 'key':
        value = firstKey(row(0)[m.column], types.get(m.column));
        break;
      case 'tuple':
        value = tupleOf(row(m.occurrence), m.columns);
        break;
      case 'tuple-list':
        value = [tupleOf(row(0), m.columns), tupleOf(row(1), m.columns)];
        break;
      case 'token':
        value = row(0)[TOKEN_ALIAS];
        break;
      case 'limit':
        value = m.clause === 'limit' ? SAMPLED_LIMIT : SAMPLED_PER_PARTITION_LIMIT;
        break;
      case 'unknown':
        return undefined;
    }
    if (!present(value)) return undefined;
    out.push(value);
  }
  return out;
}

function distinct(values: readonly unknown[]): unknown[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = JSON.stringify(jsonSafe(v));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function tupleOf(row: SampleRow, columns: readonly string[]): cassandra.types.Tuple {
  return new cassandra.types.Tuple(...columns.map((c) => row[c]));
}

function firstElement(collection: unknown): unknown {
  if (collection === null || collection === undefined) return undefined;
  if (collection instanceof Map) return collection.values().next().value;
  if (Array.isArray(collection) || collection instanceof Set) return collection.values().next().value;
  if (typeof collection === 'object') return Object.values(collection as Record<string, unknown>)[0];
  return undefined;
}

/** A map's first key; maps the driver decoded as plain objects have text keys, turned back into the key type's value. */
function firstKey(map: unknown, type: ColumnType | undefined): unknown {
  if (map === null || map === undefined) return undefined;
  if (map instanceof Map) return map.keys().next().value;
  if (typeof map !== 'object') return undefined;
  const key = Object.keys(map as Record<string, unknown>)[0];
  if (key === undefined) return undefined;
  const keyType = type?.code === dataTypes.map ? (type.info as ColumnType[])[0] : undefined;
  switch (keyType?.code) {
    case dataTypes.int:
    case dataTypes.smallint:
    case dataTypes.tinyint:
    case dataTypes.float:
    case dataTypes.double:
      return Number(key);
    case dataTypes.bigint:
    case dataTypes.counter:
      return cassandra.types.Long.fromString(key);
    case dataTypes.varint:
      return cassandra.types.Integer.fromString(key);
    case dataTypes.boolean:
      return key === 'true';
    default:
      return key;
  }
}
