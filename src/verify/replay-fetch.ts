/**
 * Runs one statement on one side and reads its whole result, page after page, timing only the
 * requests that succeeded (a throttled request is backed off and retried, as Keyspaces asks, and
 * the wait is not counted as latency).
 */
import type cassandra from 'cassandra-driver';
import { retryThrottled, type RetryThrottledOptions } from '../clusters/retry-policy.js';
import type { ColumnType } from '../scan/table-shape.js';
import type { ReplayResultSet } from './replay-compare.js';

/** Thrown when a result holds more rows than replay keeps in memory. */
export class TooManyRowsError extends Error {
  constructor(readonly limit: number) {
    super(`the result has more than ${limit} rows; not compared (narrow the statement or raise the row limit)`);
    this.name = 'TooManyRowsError';
  }
}

/** Options of {@link fetchAll}. */
export interface FetchOptions {
  consistency: number;
  fetchSize: number;
  /** Rows kept at most; more is a {@link TooManyRowsError}. */
  maxRows: number;
  retry?: RetryThrottledOptions | undefined;
}

/** A whole result and the time its requests took. */
export interface FetchedResult {
  result: ReplayResultSet;
  /** Sum of the successful requests' round trips, in ms. */
  ms: number;
}

/** Executes `query` (prepared when it has `params`) and reads every page. */
export async function fetchAll(client: cassandra.Client, query: string, params: readonly unknown[] | undefined, options: FetchOptions): Promise<FetchedResult> {
  const rows: unknown[][] = [];
  let columns: ReplayResultSet['columns'] | undefined;
  let pages = 0;
  let ms = 0;
  let pageState: string | undefined;
  do {
    const page = await retryThrottled(async () => {
      const started = performance.now();
      const result = await client.execute(query, params === undefined ? [] : [...params], {
        prepare: params !== undefined && params.length > 0,
        consistency: options.consistency,
        fetchSize: options.fetchSize,
        isIdempotent: true,
        ...(pageState === undefined ? {} : { pageState }),
      });
      ms += performance.now() - started;
      return result;
    }, options.retry ?? {});
    pages++;
    const pageColumns = (page.columns ?? []) as Array<{ name: string; type: unknown }>;
    columns ??= distinctColumns(pageColumns);
    for (const row of page.rows ?? []) {
      if (rows.length >= options.maxRows) throw new TooManyRowsError(options.maxRows);
      rows.push(columns.map((c) => row.get(c.name)));
    }
    pageState = page.pageState ?? undefined;
  } while (pageState !== undefined && pageState !== null);
  return { result: { columns: columns ?? [], rows, pages }, ms };
}

/** The result's columns, once each by name (the driver keys row values by name). */
function distinctColumns(columns: ReadonlyArray<{ name: string; type: unknown }>): ReplayResultSet['columns'] {
  const seen = new Set<string>();
  const out: ReplayResultSet['columns'] = [];
  for (const c of columns) {
    if (seen.has(c.name)) continue;
    seen.add(c.name);
    out.push({ name: c.name, type: c.type as ColumnType });
  }
  return out;
}
