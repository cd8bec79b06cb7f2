/** The time left of a scan over token ranges (a copy, a verify), from its tables' progress. Pure. */

/** What the estimate needs of one table's progress. */
export interface EtaTable {
  /** Rows scanned so far (read by a copy, compared by a verify), earlier runs included. */
  rows: number;
  rangesDone: number;
  rangesTotal: number;
  /** From `system.size_estimates`; undefined when the origin gave none. */
  estimatedRows: number | undefined;
}

/** What the estimate needs of the run itself. */
export interface EtaRun {
  /** Rows per second over the last seconds; undefined while it is being measured. */
  rowsPerSecond: number | undefined;
  /** Since this run started. */
  elapsedSeconds: number;
  /** Ranges this run finished (a resumed copy's earlier ranges took none of its time). */
  rangesThisRun: number;
}

/**
 * A table's row estimate while it still holds, else undefined. Size estimates count flushed data
 * only: a table may hold several times what they say, so once more rows than estimated have been
 * scanned the estimate says nothing about what is left; and an estimate of 0 (a table Cassandra has
 * not estimated yet, or whose rows are all in memtables) says nothing either.
 */
export function standingEstimate(rows: number, estimatedRows: number | undefined): number | undefined {
  return estimatedRows !== undefined && estimatedRows > 0 && rows <= estimatedRows ? estimatedRows : undefined;
}

/**
 * Seconds left: the rows left of the estimates at `rowsPerSecond` while every estimate still holds;
 * otherwise the ranges left at the pace of this run's ranges so far. A table with ranges still to
 * scan and no estimate that holds (`standingEstimate`) has an unknown remainder; a table whose
 * ranges are all done has none, whatever its estimate said. 0 once every range is done; undefined
 * before any range is planned, and while nothing tells.
 */
export function scanEta(tables: readonly EtaTable[], run: EtaRun): number | undefined {
  let rangesDone = 0;
  let rangesTotal = 0;
  let remainingRows = 0;
  let remainingKnown = true;
  for (const t of tables) {
    rangesDone += t.rangesDone;
    rangesTotal += t.rangesTotal;
    if (t.rangesTotal > 0 && t.rangesDone >= t.rangesTotal) continue;
    const estimate = standingEstimate(t.rows, t.estimatedRows);
    if (estimate === undefined) remainingKnown = false;
    else remainingRows += estimate - t.rows;
  }
  if (rangesTotal === 0) return undefined;
  if (rangesDone >= rangesTotal) return 0;
  if (remainingKnown && run.rowsPerSecond !== undefined && run.rowsPerSecond > 0) return remainingRows / run.rowsPerSecond;
  if (run.rangesThisRun > 0 && run.elapsedSeconds > 0) return (run.elapsedSeconds / run.rangesThisRun) * (rangesTotal - rangesDone);
  return undefined;
}
