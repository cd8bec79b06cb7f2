/** The copy's estimate of the time left, from its tables' progress. Pure. */

/** What the estimate needs of a table's progress. */
export interface EtaTable {
  rowsRead: number;
  rangesDone: number;
  rangesTotal: number;
  /** From `system.size_estimates`; undefined when the origin gave none. */
  estimatedRows: number | undefined;
}

/**
 * Seconds left: the rows left of every table's estimate at `rowsPerSecond`, when every table has an
 * estimate that still holds; otherwise the share of ranges left at the pace of the ranges done so
 * far (once this run has read a row). Size estimates count flushed data only, so a table that has
 * given more rows than estimated, with ranges still to copy, has an unknown remainder. Undefined
 * while nothing tells.
 */
export function copyEta(tables: readonly EtaTable[], run: { rowsPerSecond: number | undefined; elapsedSeconds: number; rowsThisRun: number }): number | undefined {
  let rangesDone = 0;
  let rangesTotal = 0;
  let remainingRows = 0;
  let remainingKnown = true;
  for (const t of tables) {
    rangesDone += t.rangesDone;
    rangesTotal += t.rangesTotal;
    if (t.estimatedRows === undefined || (t.rowsRead > t.estimatedRows && t.rangesDone < t.rangesTotal)) remainingKnown = false;
    else remainingRows += Math.max(0, t.estimatedRows - t.rowsRead);
  }
  if (remainingKnown && run.rowsPerSecond !== undefined && run.rowsPerSecond > 0) return remainingRows / run.rowsPerSecond;
  if (rangesDone > 0 && run.rowsThisRun > 0) return (run.elapsedSeconds * (rangesTotal - rangesDone)) / Math.max(1, rangesDone);
  return undefined;
}
