/**
 * The encoded size of a row as Amazon Keyspaces computes it for its 1 MB row limit, billing and
 * storage (DG "Estimate row size in Amazon Keyspaces", calculating-row-size.html; keyspaces-facts
 * §8–§10, §15): every column carries a column identifier; partition-key values are stored twice
 * with 3 bytes of metadata per column; clustering values are stored twice with 1 byte of metadata
 * per 5 bytes; a non-frozen collection carries 3 bytes plus 1 byte per element; static data counts
 * against its own per-partition limit, not the row's; storage adds 100 bytes of row metadata, TTL
 * 8 bytes per row and per column, client-side timestamps about 20–40 bytes per cell.
 */

/** Where a column sits in the table. */
export type ColumnRole = 'partition' | 'clustering' | 'regular' | 'static';

/** One cell of a row: its role, the size of its data value and, for a non-frozen collection, its element count. */
export interface CellSize {
  role: ColumnRole;
  /** Size of the value's data as Keyspaces stores it (see `dataBytes…` helpers); 1 for a null. */
  dataBytes: number;
  /** Elements of a non-frozen collection (absent for every other column). */
  elements?: number | undefined;
}

/** Features of the table that add bytes to every row. */
export interface RowSizeOptions {
  /** Columns the table has in all (decides the size of a column identifier). */
  tableColumns: number;
  /** The table has TTL enabled. */
  ttl?: boolean;
  /** The table has client-side timestamps enabled. */
  clientTimestamps?: boolean;
  /** Add the 100 bytes of row metadata that count for storage (not for throughput). */
  storage?: boolean;
}

/** The parts of a row's encoded size. */
export interface RowSize {
  /** What counts against the 1 MB row limit and meters reads and writes. */
  rowBytes: number;
  /** Static data (its own 1 MB per partition). */
  staticBytes: number;
  /** Data bytes of the partition key (limit 2,048). */
  partitionKeyDataBytes: number;
  /** Data bytes of the largest clustering column (limit 850 each). */
  largestClusteringDataBytes: number;
}

/** Bytes taken by a column identifier in a table of `columns` columns: 1 up to 62, one more per further 62. */
export function columnIdBytes(columns: number): number {
  return Math.max(1, Math.ceil(columns / 62));
}

/** Bytes a client-side timestamp adds per cell (the guide gives 20–40; the middle is used). */
export const CLIENT_TIMESTAMP_CELL_BYTES = 30;
/** Bytes of row metadata counted for storage. */
export const STORAGE_ROW_METADATA_BYTES = 100;
/** Bytes TTL adds per row, and per column. */
export const TTL_BYTES = 8;

/** The encoded size of a row made of `cells`. */
export function encodedRowSize(cells: readonly CellSize[], options: RowSizeOptions): RowSize {
  const id = columnIdBytes(options.tableColumns);
  let rowBytes = 0;
  let staticBytes = 0;
  let partitionKeyDataBytes = 0;
  let largestClusteringDataBytes = 0;
  for (const cell of cells) {
    let bytes: number;
    switch (cell.role) {
      case 'partition':
        partitionKeyDataBytes += cell.dataBytes;
        bytes = 2 * cell.dataBytes + 3 + id;
        break;
      case 'clustering':
        largestClusteringDataBytes = Math.max(largestClusteringDataBytes, cell.dataBytes);
        bytes = 2 * cell.dataBytes + Math.ceil(cell.dataBytes / 5) + id;
        break;
      default:
        bytes = cell.dataBytes + id + (cell.elements === undefined ? 0 : 3 + cell.elements);
    }
    if (options.clientTimestamps && (cell.role === 'regular' || cell.role === 'static')) bytes += CLIENT_TIMESTAMP_CELL_BYTES;
    if (options.ttl && cell.role === 'regular') bytes += TTL_BYTES;
    if (cell.role === 'static') staticBytes += bytes;
    else rowBytes += bytes;
  }
  if (options.ttl) rowBytes += TTL_BYTES;
  if (options.storage) rowBytes += STORAGE_ROW_METADATA_BYTES;
  return { rowBytes, staticBytes, partitionKeyDataBytes, largestClusteringDataBytes };
}

/**
 * Data bytes of an integer (`int`, `bigint`, `smallint`, `tinyint`, `varint`) as Keyspaces stores
 * it: variable length, about one byte per two significant digits plus one, leading and trailing
 * zeros trimmed.
 */
export function integerDataBytes(value: bigint | number | string): number {
  const digits = String(value).replace(/^-/, '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.ceil(Math.max(1, digits.length) / 2) + 1;
}
