/**
 * Keyspaces ends a page at 1 MB of data read (keyspaces-facts §6); Cassandra pages by row count.
 * The emulator keeps Cassandra's own paging (so the paging state always resumes exactly after the
 * last row returned) and bounds the page in rows instead: each table's largest row seen so far
 * (written or read) decides how many rows fit in 1 MB, and a client's page size is lowered to
 * that. A row larger than any seen before can still make one page exceed 1 MB.
 */

import { limits } from '../../keyspaces/limits.js';

/** Bytes of one row as read: the sum of its cells' lengths. */
export function rowBytes(row: readonly (Buffer | null)[]): number {
  let bytes = 0;
  for (const cell of row) bytes += cell?.length ?? 0;
  return bytes;
}

/** Rows of `largestRowBytes` that fit in one page (at least 1, as a page always makes progress). */
export function pageRowsFor(largestRowBytes: number, limitBytes: number = limits.pageBytes): number {
  return Math.max(1, Math.floor(limitBytes / Math.max(1, largestRowBytes)));
}

/** The largest row size seen per table (`keyspace.table`). */
export class RowSizes {
  private readonly largest = new Map<string, number>();

  /** Records a row of `bytes` in `table`. */
  observe(table: string, bytes: number): void {
    if (bytes > (this.largest.get(table) ?? 0)) this.largest.set(table, bytes);
  }

  /**
   * The page size (rows) that keeps a page of `table` within 1 MB, or undefined while no row of
   * it is known to be large enough to matter (every page size up to `requested` fits).
   */
  pageRows(table: string, requested: number): number | undefined {
    const largest = this.largest.get(table);
    if (largest === undefined) return undefined;
    const rows = pageRowsFor(largest);
    return rows < requested ? rows : undefined;
  }
}
