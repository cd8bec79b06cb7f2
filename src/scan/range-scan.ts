/**
 * Paged scans of one token range, `SELECT … WHERE token(pk) > ? AND token(pk) <= ?`, with
 * backpressure (the next page is fetched while the caller works on the current one, never
 * further ahead) and a caller-supplied policy for failures, which may wait and retry the same
 * page (the paging state resumes exactly after the last row read).
 */
import cassandra from 'cassandra-driver';
import type { TokenRange } from './ranges.js';
import type { Partitioner } from './tokens.js';
import { quoteName, qualifiedName, type TableShape } from './table-shape.js';

/** Decides what happens when fetching a page failed: resolve to retry (after waiting), or throw to give up. */
export type ScanFailureHandler = (error: unknown, attempt: number) => Promise<void>;

/** Options of {@link scanRange}. */
export interface ScanOptions {
  /** Rows per page. */
  fetchSize: number;
  /** Read consistency (the driver's code); default the client's. */
  consistency?: number | undefined;
  onFailure: ScanFailureHandler;
  /** Checked between pages and attempts: true stops the scan. */
  stopped?: () => boolean;
}

/** One page of a range scan. */
export interface ScanPage {
  rows: cassandra.types.Row[];
  /** True for the range's last page. */
  last: boolean;
}

/**
 * The CQL that scans a range of `table`, selecting `selectList` (already-quoted expressions; `*`
 * when absent).
 */
export function rangeQuery(table: TableShape, selectList?: readonly string[]): string {
  const key = table.partitionKey.map((c) => quoteName(c.name)).join(', ');
  const columns = selectList === undefined || selectList.length === 0 ? '*' : selectList.join(', ');
  return `SELECT ${columns} FROM ${qualifiedName(table.keyspace, table.name)} WHERE token(${key}) > ? AND token(${key}) <= ?`;
}

/** The bound values for a range's bounds in the partitioner's token type (bigint or varint). */
export function tokenParams(range: TokenRange, partitioner: Partitioner): unknown[] {
  if (partitioner.kind === 'murmur3') return [cassandra.types.Long.fromString(range.start.toString()), cassandra.types.Long.fromString(range.end.toString())];
  return [cassandra.types.Integer.fromString(range.start.toString()), cassandra.types.Integer.fromString(range.end.toString())];
}

/** Scans `range` page by page with `query` (from {@link rangeQuery}). */
export async function* scanRange(client: cassandra.Client, query: string, range: TokenRange, partitioner: Partitioner, options: ScanOptions): AsyncGenerator<ScanPage> {
  const params = tokenParams(range, partitioner);
  const fetch = async (pageState: string | undefined): Promise<cassandra.types.ResultSet | undefined> => {
    for (let attempt = 1; ; attempt++) {
      if (options.stopped?.()) return undefined;
      try {
        return await client.execute(query, params, {
          prepare: true,
          fetchSize: options.fetchSize,
          ...(pageState === undefined ? {} : { pageState }),
          ...(options.consistency === undefined ? {} : { consistency: options.consistency }),
          isIdempotent: true,
        });
      } catch (error) {
        await options.onFailure(error, attempt);
      }
    }
  };
  let next: Promise<cassandra.types.ResultSet | undefined> | undefined = fetch(undefined);
  try {
    while (next !== undefined) {
      const result: cassandra.types.ResultSet | undefined = await next;
      if (result === undefined) return;
      const pageState: string | undefined = result.pageState ?? undefined;
      next = pageState ? fetch(pageState) : undefined;
      // A prefetch the caller never awaits (it stopped early) must not become an unhandled rejection.
      next?.catch(() => undefined);
      yield { rows: result.rows, last: next === undefined };
    }
  } finally {
    next?.catch(() => undefined);
  }
}
