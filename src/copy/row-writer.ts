/**
 * Turns rows read from the origin into the writes that recreate them on the target: the statements
 * (prepared once per shape), their values already encoded for the target's column types (so the
 * byte count that meters write units is exact and the driver sends the buffers as they are), the
 * Keyspaces size limits checked before anything is sent, and — with TTL or writetime preservation —
 * cells grouped by equal TTL and writetime into one write each.
 *
 * Policy for non-frozen collections when preserving: set and map elements are grouped by their own
 * TTL and writetime (`SET c = c + ?` per group), exactly as on the origin; a list or a non-frozen
 * UDT is written whole with the largest writetime of its elements and the smallest TTL among the
 * elements that have one (list order and UDT fields cannot be rebuilt element by element).
 */
import cassandra from 'cassandra-driver';
import { limits } from '../keyspaces/limits.js';
import { writeUnits } from '../keyspaces/metering.js';
import { encodedRowSize, type CellSize } from '../keyspaces/row-size.js';
import { dataTypes } from '../scan/types.js';
import { qualifiedName, quoteName, typeName, type ColumnShape, type TableShape } from '../scan/table-shape.js';
import { jsonSafe, valueAdapter, type ValueAdapter } from '../scan/values.js';
import type { FidelityMode } from './events.js';

const unset = cassandra.types.unset;

/** The driver's value encoder (exported by the driver, missing from its typings). */
interface DriverEncoder {
  encode(value: unknown, type: unknown): unknown;
}
const Encoder = (cassandra as unknown as { Encoder: new (protocolVersion: number, options: object) => DriverEncoder }).Encoder;

/** One statement with its encoded values. */
export interface WriteStatement {
  query: string;
  params: unknown[];
  /** Bytes of the encoded values (keys included): what Keyspaces meters. */
  bytes: number;
}

/** Everything that recreates one row. */
export interface RowWrites {
  /** The row's partition key, encoded (rows of one partition may share a batch). */
  partition: string;
  statements: WriteStatement[];
  /** Write units the statements cost. */
  units: number;
  /** The primary key as JSON data (for rejects and events), built only when asked for. */
  key(): Record<string, unknown>;
  /** Why the target cannot take the row (written to the rejects file instead), if so. */
  refused?: string;
  /** Cells whose writetime lay outside Keyspaces' window and were written at its edge. */
  clampedCells: number;
}

/** How rows are written. */
export interface RowWriterOptions {
  preserveTtl: boolean;
  preserveWritetime: boolean;
  /** The target is Amazon Keyspaces (or its emulator): its size limits and writetime window apply. */
  keyspacesLimits: boolean;
  /** The target table has TTL enabled (columns per write drop to 166). */
  targetTtl: boolean;
  /** The target table has client-side timestamps (their bytes count toward the row). */
  targetClientTimestamps: boolean;
  /** Clock for the writetime window, in milliseconds. */
  now: () => number;
  /** Protocol version of the target connection (encoding). */
  protocolVersion: number;
  encoding: cassandra.ClientOptions['encoding'];
}

interface ColumnPlan {
  source: ColumnShape;
  target: ColumnShape;
  adapt: ValueAdapter | undefined;
  /** Position of the value (and its TTL/writetime when selected) in the scanned row. */
  index: number;
  ttlIndex: number | undefined;
  writetimeIndex: number | undefined;
}

// Writetimes are written inside Keyspaces' window with a minute of margin for clock drift and latency.
const WINDOW_MARGIN_MS = 60_000;

/** Builds the writes of one table. */
export class RowWriter {
  readonly fidelity: FidelityMode;
  /** Column type conversions, e.g. `d: duration → text`. */
  readonly conversions: string[] = [];
  /** The scan's select list (quoted expressions), matching what {@link writes} expects. */
  readonly selectList: string[] = [];
  private readonly keys: ColumnPlan[] = [];
  private readonly values: ColumnPlan[] = [];
  private readonly encoder: DriverEncoder;
  private readonly insert: string;
  private readonly counterUpdate: string | undefined;
  private readonly elementUpdates = new Map<string, string>();
  private readonly withTtl: boolean;
  private readonly withTimestamp: boolean;
  private readonly tableColumns: number;

  constructor(
    readonly source: TableShape,
    readonly target: TableShape,
    private readonly options: RowWriterOptions,
  ) {
    this.encoder = new Encoder(options.protocolVersion, { encoding: options.encoding ?? {} });
    this.tableColumns = target.columns.length;
    const targetByName = new Map(target.columns.map((c) => [c.name, c]));
    const plan = (c: ColumnShape, timed: boolean): ColumnPlan => {
      const t = targetByName.get(c.name);
      if (t === undefined) throw new MissingColumnError(c.name, `${target.keyspace}.${target.name}`);
      const adapt = valueAdapter(c.type, t.type);
      if (adapt !== undefined) this.conversions.push(`${c.name}: ${typeLabel(c)} → ${typeLabel(t)}`);
      const index = this.selectList.push(quoteName(c.name)) - 1;
      const ttlIndex = timed && options.preserveTtl ? this.selectList.push(`TTL(${quoteName(c.name)})`) - 1 : undefined;
      const writetimeIndex = timed && (options.preserveWritetime || options.preserveTtl) ? this.selectList.push(`WRITETIME(${quoteName(c.name)})`) - 1 : undefined;
      return { source: c, target: t, adapt, index, ttlIndex, writetimeIndex };
    };
    for (const c of [...source.partitionKey, ...source.clustering]) this.keys.push(plan(c, false));
    const timed = !source.counter && (options.preserveTtl || options.preserveWritetime);
    for (const c of source.values) this.values.push(plan(c, timed));
    this.withTtl = timed && options.preserveTtl;
    this.withTimestamp = timed && options.preserveWritetime;
    this.fidelity = source.counter ? 'counter' : this.withTtl && this.withTimestamp ? 'ttl+writetime' : this.withTtl ? 'ttl' : this.withTimestamp ? 'writetime' : 'values';

    const table = qualifiedName(target.keyspace, target.name);
    const keyWhere = this.keys.map((k) => `${quoteName(k.target.name)} = ?`).join(' AND ');
    if (source.counter) {
      this.insert = '';
      this.counterUpdate = `UPDATE ${table} SET ${this.values.map((v) => `${quoteName(v.target.name)} = ${quoteName(v.target.name)} + ?`).join(', ')} WHERE ${keyWhere}`;
    } else {
      const columns = [...this.keys, ...this.values].map((c) => quoteName(c.target.name));
      this.insert = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})${this.using()}`;
      for (const v of this.values) {
        if (v.source.multiCell && (v.source.type.code === dataTypes.set || v.source.type.code === dataTypes.map)) {
          this.elementUpdates.set(v.source.name, `UPDATE ${table}${this.using()} SET ${quoteName(v.target.name)} = ${quoteName(v.target.name)} + ? WHERE ${keyWhere}`);
        }
      }
    }
  }

  /**
   * The writes that recreate `row` (a row scanned with {@link selectList}). `previousPartition`:
   * the partition of the row written just before; when it is this row's, the static columns were
   * written with it and are left out (they are read again with every row of the partition).
   */
  writes(row: cassandra.types.Row, previousPartition?: string): RowWrites {
    const keyParams: Buffer[] = [];
    const keyValues: unknown[] = [];
    const cells: CellSize[] = [];
    let keyBytes = 0;
    for (const k of this.keys) {
      const value = row.get(k.index) as unknown;
      keyValues.push(value);
      const encoded = this.encode(k, value) as Buffer;
      keyParams.push(encoded);
      keyBytes += encoded.length;
      cells.push({ role: k.source.role === 'partition' ? 'partition' : 'clustering', dataBytes: encoded.length });
    }
    const partition = keyParams
      .slice(0, this.source.partitionKey.length)
      .map((b) => b.toString('base64'))
      .join(',');
    const key = (): Record<string, unknown> => Object.fromEntries(this.keys.map((k, i) => [k.source.name, jsonSafe(keyValues[i])]));
    const result: RowWrites = { partition, statements: [], units: 0, key, clampedCells: 0 };
    const skipStatic = partition === previousPartition;

    if (this.counterUpdate !== undefined) {
      const params: unknown[] = [];
      let bytes = keyBytes;
      for (const v of this.values) {
        const value = skipStatic && v.source.role === 'static' ? null : (row.get(v.index) as unknown);
        const encoded = value === null || value === undefined ? unset : this.encode(v, value);
        if (Buffer.isBuffer(encoded)) bytes += encoded.length;
        params.push(encoded);
        if (Buffer.isBuffer(encoded)) cells.push({ role: v.source.role === 'static' ? 'static' : 'regular', dataBytes: encoded.length });
      }
      this.push(result, { query: this.counterUpdate, params: [...params, ...keyParams], bytes });
      result.refused = this.refusal(cells);
      return result;
    }

    // Group the cells by (TTL, writetime); without preservation there is one group.
    const groups = new Map<string, { ttl: number | null; writetime: bigint | null; values: Map<ColumnPlan, unknown>; elements: Array<{ column: ColumnPlan; value: unknown }> }>();
    const group = (ttl: number | null, writetime: bigint | null) => {
      const id = `${ttl ?? ''}|${writetime ?? ''}`;
      let g = groups.get(id);
      if (g === undefined) groups.set(id, (g = { ttl, writetime, values: new Map(), elements: [] }));
      return g;
    };
    for (const v of this.values) {
      if (skipStatic && v.source.role === 'static') continue;
      const value = row.get(v.index) as unknown;
      if (value === null || value === undefined) continue;
      const ttl = v.ttlIndex === undefined ? null : (row.get(v.ttlIndex) as unknown);
      const writetime = v.writetimeIndex === undefined ? null : (row.get(v.writetimeIndex) as unknown);
      if (Array.isArray(writetime) && this.elementUpdates.has(v.source.name)) {
        // Per-element metadata of a set or map (Cassandra 5.0): one group per (TTL, writetime).
        const elements = elementsOf(value, v.source.type.code === dataTypes.map);
        elements.forEach((element, i) => {
          const g = group(toTtl((ttl as unknown[] | null)?.[i]), toMicros(writetime[i]));
          g.elements.push({ column: v, value: element });
        });
        continue;
      }
      group(wholeTtl(ttl), wholeWritetime(writetime)).values.set(v, value);
    }
    if (groups.size === 0) group(null, null);
    let first = true;
    // The group with the most cells carries the INSERT (and so the row marker).
    const ordered = [...groups.values()].sort((a, b) => b.values.size - a.values.size);
    for (const g of ordered) {
      const timestamp = this.timestamp(g.writetime, result);
      if (first || g.values.size > 0) {
        const params: unknown[] = [...keyParams];
        let bytes = keyBytes;
        for (const v of this.values) {
          if (!g.values.has(v)) {
            params.push(unset);
            continue;
          }
          const encoded = this.encode(v, g.values.get(v)) as Buffer;
          params.push(encoded);
          bytes += encoded.length;
          cells.push({ role: v.source.role === 'static' ? 'static' : 'regular', dataBytes: encoded.length, ...(v.source.multiCell ? { elements: countOf(g.values.get(v)) } : {}) });
        }
        this.push(result, { query: this.insert, params: [...params, ...this.usingParams(g.ttl, timestamp)], bytes });
        first = false;
      }
      const byColumn = new Map<ColumnPlan, unknown[]>();
      for (const e of g.elements) {
        const list = byColumn.get(e.column);
        if (list === undefined) byColumn.set(e.column, [e.value]);
        else list.push(e.value);
      }
      for (const [column, elements] of byColumn) {
        const collection = column.source.type.code === dataTypes.map ? new Map(elements as Array<[unknown, unknown]>) : elements;
        const encoded = this.encode(column, collection) as Buffer;
        cells.push({ role: column.source.role === 'static' ? 'static' : 'regular', dataBytes: encoded.length, elements: elements.length });
        this.push(result, { query: this.elementUpdates.get(column.source.name) as string, params: [...this.usingParams(g.ttl, timestamp), encoded, ...keyParams], bytes: keyBytes + encoded.length });
      }
    }
    result.refused = this.refusal(cells);
    return result;
  }

  private push(result: RowWrites, statement: WriteStatement): void {
    result.statements.push(statement);
    result.units += writeUnits(statement.bytes);
  }

  private using(): string {
    const parts = [...(this.withTtl ? ['TTL ?'] : []), ...(this.withTimestamp ? ['TIMESTAMP ?'] : [])];
    return parts.length === 0 ? '' : ` USING ${parts.join(' AND ')}`;
  }

  private usingParams(ttl: number | null, timestamp: bigint | null): unknown[] {
    const params: unknown[] = [];
    // TTL 0 is "no TTL" (it also overrides a table default, as the origin cell had none).
    if (this.withTtl) params.push(ttl ?? 0);
    if (this.withTimestamp) params.push(timestamp === null ? unset : cassandra.types.Long.fromString(timestamp.toString()));
    return params;
  }

  /** The writetime to send: as read, or at the edge of Keyspaces' window (counted) when outside it. */
  private timestamp(writetime: bigint | null, result: RowWrites): bigint | null {
    if (writetime === null || !this.options.keyspacesLimits) return writetime;
    const now = BigInt(this.options.now());
    const low = (now - BigInt(limits.timestampPastMs) + BigInt(WINDOW_MARGIN_MS)) * 1000n;
    const high = (now + BigInt(limits.timestampFutureMs) - BigInt(WINDOW_MARGIN_MS)) * 1000n;
    if (writetime >= low && writetime <= high) return writetime;
    result.clampedCells++;
    return writetime < low ? low : high;
  }

  private encode(column: ColumnPlan, value: unknown): unknown {
    const adapted = column.adapt === undefined ? value : column.adapt(value);
    return this.encoder.encode(adapted, column.target.type);
  }

  /** Why Keyspaces would refuse the row, when it would (only for a Keyspaces target). */
  private refusal(cells: CellSize[]): string | undefined {
    if (!this.options.keyspacesLimits) return undefined;
    const size = encodedRowSize(cells, { tableColumns: this.tableColumns, ttl: this.options.targetTtl, clientTimestamps: this.options.targetClientTimestamps });
    if (size.partitionKeyDataBytes > limits.partitionKeyBytes) return `partition key of ${size.partitionKeyDataBytes} bytes is over Keyspaces' ${limits.partitionKeyBytes}-byte limit`;
    if (size.largestClusteringDataBytes > limits.clusteringColumnBytes) return `clustering column of ${size.largestClusteringDataBytes} bytes is over Keyspaces' ${limits.clusteringColumnBytes}-byte limit`;
    if (size.rowBytes > limits.rowBytes) return `row of ${size.rowBytes} bytes is over Keyspaces' 1 MB row limit`;
    if (size.staticBytes > limits.staticBytesPerPartition) return `static data of ${size.staticBytes} bytes is over Keyspaces' 1 MB per partition`;
    return undefined;
  }
}

/** A column of the origin table that the target table lacks. */
export class MissingColumnError extends Error {
  constructor(
    readonly column: string,
    readonly table: string,
  ) {
    super(`the target table ${table} has no column ${column}`);
    this.name = 'MissingColumnError';
  }
}

function typeLabel(c: ColumnShape): string {
  return typeName(c.type);
}

function toTtl(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}

function toMicros(value: unknown): bigint | null {
  return value === null || value === undefined ? null : BigInt(String(value));
}

/** The TTL of a whole cell: its own, or for a list/UDT the smallest of its elements that have one. */
function wholeTtl(value: unknown): number | null {
  if (!Array.isArray(value)) return toTtl(value);
  const ttls = value.filter((t) => t !== null && t !== undefined).map(Number);
  return ttls.length === 0 ? null : ttls.reduce((a, b) => Math.min(a, b));
}

/** The writetime of a whole cell: its own, or for a list/UDT the largest of its elements. */
function wholeWritetime(value: unknown): bigint | null {
  if (!Array.isArray(value)) return toMicros(value);
  let max: bigint | null = null;
  for (const w of value) {
    const m = toMicros(w);
    if (m !== null && (max === null || m > max)) max = m;
  }
  return max;
}

function elementsOf(value: unknown, isMap: boolean): unknown[] {
  if (isMap) return value instanceof Map ? [...value.entries()] : Object.entries(value as Record<string, unknown>);
  return Array.from(value as Iterable<unknown>);
}

function countOf(value: unknown): number {
  if (value instanceof Map || value instanceof Set) return value.size;
  if (Array.isArray(value)) return value.length;
  if (value !== null && typeof value === 'object') return Object.keys(value).length;
  return 1;
}
