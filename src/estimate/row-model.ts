/**
 * One table as the cost model sees it: its columns and roles (from the catalog), the average size
 * of each column's values (measured, declared, or the type's width), and from those the encoded
 * row size Keyspaces meters (DG calculating-row-size, via `src/keyspaces/row-size.ts`), the static
 * data per partition, the rows per partition and the bytes a full scan reads.
 */
import type { TableInfo } from '../catalog/catalog.js';
import { numberValue, property } from '../catalog/properties.js';
import type { CqlType } from '../cql/ast/nodes.js';
import { encodedRowSize, STORAGE_ROW_METADATA_BYTES, type CellSize, type ColumnRole } from '../keyspaces/row-size.js';
import type { TableSizes } from './sizes.js';
import { fixedDataBytes, isMultiCell, type ValueSize } from './value-size.js';

/** A written or read cell: its column, role and stored value size. */
export interface ModelCell {
  column: string;
  role: ColumnRole;
  size: ValueSize;
}

/** How the model fills what no input measured. */
export interface RowModelOptions {
  /** Data bytes of a variable-length value (text, blob, collection, …) of unknown size (`--value-bytes`). */
  valueBytes: number;
}

/** The columns of a table the catalog does not define, as far as statements show them. */
const UNKNOWN_ROLE: ColumnRole = 'regular';

/** A table's data model for metering. */
export class TableModel {
  /** Column values sized from the defaults because nothing measured them (for the report's notes). */
  readonly defaulted = new Set<string>();

  constructor(
    readonly id: string,
    readonly table: TableInfo | undefined,
    readonly sizes: TableSizes | undefined,
    private readonly options: RowModelOptions,
  ) {}

  /** True when the catalog defines the table (its key and column types are known). */
  get known(): boolean {
    return this.table !== undefined;
  }

  /** The role of a column (`regular` for a column the catalog does not show). */
  role(column: string): ColumnRole {
    return this.table?.columns.get(column)?.role ?? UNKNOWN_ROLE;
  }

  /** The CQL type of a column, when the catalog shows it. */
  type(column: string): CqlType | undefined {
    return this.table?.columns.get(column)?.type;
  }

  get partitionKey(): readonly string[] {
    return this.table?.partitionKey ?? [];
  }

  get clustering(): readonly string[] {
    return this.table?.clustering ?? [];
  }

  /** Columns in all (sizes the column identifier); a table the catalog does not define counts the columns a statement names. */
  columnCount(seen = 0): number {
    return Math.max(this.table?.columns.size ?? 0, seen, 1);
  }

  /** The TTL feature is on (adds 8 bytes per row and per column). */
  get ttl(): boolean {
    return this.table?.ttl === true;
  }

  /** `default_time_to_live` in seconds (0 when unset). */
  get defaultTtlSeconds(): number {
    return this.table === undefined ? 0 : (numberValue(property(this.table.ddl.properties, 'default_time_to_live')) ?? 0);
  }

  get clientTimestamps(): boolean {
    return this.table?.clientSideTimestamps === true;
  }

  /** The average stored size of a column's values: measured or declared, else the type's width, else `--value-bytes`. */
  averageValue(column: string): ValueSize {
    const measured = this.sizes?.columns[column];
    const type = this.type(column);
    const multi = type !== undefined && isMultiCell(type);
    if (measured?.dataBytes !== undefined) return { dataBytes: measured.dataBytes, ...(multi ? { elements: measured.elements ?? 1 } : {}) };
    const fixed = type === undefined ? undefined : fixedDataBytes(type);
    if (fixed !== undefined) return { dataBytes: fixed };
    this.defaulted.add(column);
    return { dataBytes: this.options.valueBytes, ...(multi ? { elements: 1 } : {}) };
  }

  /** Encoded sizes (throughput formula) of a row made of `cells`: non-static part and static part. */
  encode(cells: readonly ModelCell[]): { rowBytes: number; staticBytes: number } {
    const list: CellSize[] = cells.map((c) => ({ role: c.role, dataBytes: c.size.dataBytes, elements: c.size.elements }));
    const size = encodedRowSize(list, { tableColumns: this.columnCount(cells.length), ttl: this.ttl, clientTimestamps: this.clientTimestamps });
    return { rowBytes: size.rowBytes, staticBytes: size.staticBytes };
  }

  /** Every column of the table with its average value (static included). */
  averageCells(): ModelCell[] {
    if (this.table === undefined) return [];
    return [...this.table.columns.values()].map((c) => ({ column: c.name, role: c.role, size: this.averageValue(c.name) }));
  }

  /** The average encoded row, without static data (measured when the origin was sampled). */
  get rowBytes(): number {
    if (this.sizes?.rowBytes !== undefined) return this.sizes.rowBytes;
    const cells = this.averageCells();
    return cells.length === 0 ? this.options.valueBytes : this.encode(cells).rowBytes;
  }

  /** The average encoded static data of a partition (0 without static columns). */
  get staticBytes(): number {
    if (this.sizes?.staticBytes !== undefined) return this.sizes.staticBytes;
    const cells = this.averageCells().filter((c) => c.role === 'static' || c.role === 'partition');
    return cells.some((c) => c.role === 'static') ? this.encode(cells).staticBytes : 0;
  }

  get rows(): number | undefined {
    return this.sizes?.rows;
  }

  get partitions(): number | undefined {
    if (this.sizes?.partitions !== undefined) return this.sizes.partitions;
    // Without clustering columns every partition is one row.
    return this.table !== undefined && this.clustering.length === 0 ? this.sizes?.rows : undefined;
  }

  /** Average rows per partition, when known (1 for a table without clustering columns). */
  get rowsPerPartition(): number | undefined {
    if (this.table !== undefined && this.clustering.length === 0) return 1;
    const rows = this.rows;
    const partitions = this.partitions;
    return rows !== undefined && partitions !== undefined && partitions > 0 ? Math.max(1, rows / partitions) : undefined;
  }

  /** Bytes a full scan reads: every row and every partition's static data; undefined when the row count is not known. */
  get tableBytes(): number | undefined {
    const rows = this.rows;
    if (rows === undefined) return undefined;
    return rows * this.rowBytes + (this.partitions ?? 0) * this.staticBytes;
  }

  /** Billable storage: rows with the 100 bytes of row metadata each (DG storage formula), and static data. */
  get storageBytes(): number | undefined {
    const rows = this.rows;
    if (rows === undefined) return undefined;
    return rows * (this.rowBytes + STORAGE_ROW_METADATA_BYTES) + (this.partitions ?? 0) * this.staticBytes;
  }

  /** Distinct values of a column, when a sample or the sizing file tells. */
  distinct(column: string): number | undefined {
    return this.sizes?.columns[column]?.distinct;
  }
}
