/**
 * Keyspaces cuts a page at 1 MB of data read (keyspaces-facts §6), whatever the page size asks
 * for; Cassandra pages by row count. The proxy can reproduce the cut without inventing paging
 * states: when a backend page holds more than 1 MB, it re-sends the same request (same paging
 * state) with the page size set to `rowsWithinPage(rows)`, and the backend then ends the page at
 * exactly that row with a paging state of its own.
 */

/** Data read per Keyspaces page. */
export const keyspacesPageBytes = 1024 * 1024;

/** Bytes of one row as read: the sum of its cells' lengths. */
export function rowBytes(row: readonly (Buffer | null)[]): number {
  let bytes = 0;
  for (const cell of row) bytes += cell?.length ?? 0;
  return bytes;
}

/**
 * How many leading rows fit in one page of `limitBytes` (at least 1, as a page always makes
 * progress), or `undefined` when all of them fit.
 */
export function rowsWithinPage(rows: readonly (readonly (Buffer | null)[])[], limitBytes: number = keyspacesPageBytes): number | undefined {
  let total = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row === undefined) continue;
    total += rowBytes(row);
    if (total > limitBytes) return Math.max(1, i);
  }
  return undefined;
}
