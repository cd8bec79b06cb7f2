/**
 * What is known of each table's data: rows, partitions, the average encoded row size and the
 * average data size of each column, from the origin (`system.size_estimates` and a bounded sample
 * of rows), a sizing file, or flags. Later sources override earlier ones key by key: origin <
 * sizing file < flags.
 */
import { z } from 'zod';
import { describeIssues } from './schema-issues.js';

/** What is known of one column's values. */
export interface ColumnSizes {
  /** Average data bytes of a value (DG sizes; 1 for a null). */
  dataBytes?: number | undefined;
  /** Average element count, for a non-frozen collection. */
  elements?: number | undefined;
  /** Distinct values seen (in a sample, or declared), for the selectivity of a filter on the column. */
  distinct?: number | undefined;
}

/** Where a table's figures came from (shown in the report). */
export type SizeBasis = 'size_estimates' | 'sample' | 'complete-sample' | 'sizing-file' | 'flags';

/** What is known of one table's data. */
export interface TableSizes {
  /** Rows in the table. */
  rows?: number | undefined;
  /** Partitions in the table. */
  partitions?: number | undefined;
  /** Average encoded row size as Keyspaces meters it (throughput formula: no 100-byte storage metadata, no static data). */
  rowBytes?: number | undefined;
  /** Average encoded static data per partition. */
  staticBytes?: number | undefined;
  /** Per column, by name as the schema spells it. */
  columns: Record<string, ColumnSizes>;
  /** Rows the sample read (origin only). */
  sampledRows?: number | undefined;
  basis: SizeBasis[];
}

/** Sizes of every table, keyed `keyspace.table`. */
export type SizeMap = Map<string, TableSizes>;

const count = z.number().nonnegative();
const tableSchema = z.strictObject({
  rows: count.optional(),
  partitions: count.optional(),
  rowBytes: z.number().positive().optional(),
  staticBytes: count.optional(),
  /** Average data bytes per column. */
  columns: z.record(z.string(), z.number().nonnegative()).optional(),
  /** Distinct values per column (filter selectivity). */
  distinct: z.record(z.string(), z.number().positive()).optional(),
});

/** The sizing file: `{ "tables": { "ks.table": { "rows": …, "rowBytes": …, "columns": { "c": bytes }, "distinct": { "c": n } } } }`. */
export const sizingFileSchema = z.strictObject({
  tables: z.record(z.string().regex(/^[^.\s]+\.[^.\s]+$/, 'expected a "keyspace.table" key'), tableSchema),
});

/** A sizing file whose content is not as expected. */
export class SizingFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
    this.name = 'SizingFileError';
  }
}

/** The tables a sizing file (already parsed YAML or JSON) describes. */
export function parseSizingFile(document: unknown, file: string): SizeMap {
  const parsed = sizingFileSchema.safeParse(document);
  if (!parsed.success) {
    throw new SizingFileError(file, describeIssues(parsed.error));
  }
  const out: SizeMap = new Map();
  for (const [id, t] of Object.entries(parsed.data.tables)) {
    const columns: Record<string, ColumnSizes> = {};
    for (const [name, bytes] of Object.entries(t.columns ?? {})) columns[name] = { dataBytes: bytes };
    for (const [name, distinct] of Object.entries(t.distinct ?? {})) columns[name] = { ...columns[name], distinct };
    out.set(tableKey(id), {
      rows: t.rows,
      partitions: t.partitions,
      rowBytes: t.rowBytes,
      staticBytes: t.staticBytes,
      columns,
      basis: ['sizing-file'],
    });
  }
  return out;
}

/** Table ids compare without case unless quoted names are involved; ids are kept as `keyspace.table` in lower case. */
export function tableKey(id: string): string {
  return id.toLowerCase();
}

/** `upper` laid over `lower`, key by key (columns too); bases concatenated. */
export function mergeSizes(lower: TableSizes | undefined, upper: TableSizes | undefined): TableSizes | undefined {
  if (lower === undefined) return upper;
  if (upper === undefined) return lower;
  const columns: Record<string, ColumnSizes> = { ...lower.columns };
  for (const [name, c] of Object.entries(upper.columns)) {
    const below = columns[name];
    columns[name] = {
      dataBytes: c.dataBytes ?? below?.dataBytes,
      elements: c.elements ?? below?.elements,
      distinct: c.distinct ?? below?.distinct,
    };
  }
  return {
    rows: upper.rows ?? lower.rows,
    partitions: upper.partitions ?? lower.partitions,
    rowBytes: upper.rowBytes ?? lower.rowBytes,
    staticBytes: upper.staticBytes ?? lower.staticBytes,
    columns,
    sampledRows: upper.sampledRows ?? lower.sampledRows,
    basis: [...lower.basis, ...upper.basis.filter((b) => !lower.basis.includes(b))],
  };
}

/** Every layer merged in order (origin, sizing file, flags). */
export function mergeSizeMaps(...layers: readonly SizeMap[]): SizeMap {
  const out: SizeMap = new Map();
  for (const layer of layers) {
    for (const [id, sizes] of layer) {
      const merged = mergeSizes(out.get(id), sizes);
      if (merged !== undefined) out.set(id, merged);
    }
  }
  return out;
}
