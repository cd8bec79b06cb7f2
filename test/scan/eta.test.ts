import { describe, expect, it } from 'vitest';
import { scanEta, standingEstimate } from '../../src/scan/eta.js';

const run = { rowsPerSecond: 1000, elapsedSeconds: 10, rangesThisRun: 15 };

describe('the time left of a scan over ranges', () => {
  it('counts the rows left of the estimates at the current speed', () => {
    const tables = [
      { rows: 4000, rangesDone: 10, rangesTotal: 20, estimatedRows: 8000 },
      { rows: 1000, rangesDone: 5, rangesTotal: 20, estimatedRows: 3000 },
    ];
    expect(scanEta(tables, run)).toBe(6);
  });

  it('takes the ranges left at the pace so far when a table has no estimate, or has passed it with ranges to go', () => {
    const passed = [
      { rows: 9000, rangesDone: 10, rangesTotal: 20, estimatedRows: 8000 },
      { rows: 1000, rangesDone: 10, rangesTotal: 20, estimatedRows: 3000 },
    ];
    // 20 of 40 ranges in 10 s: 10 s more, not the 2 s the estimates would say.
    expect(scanEta(passed, { ...run, rangesThisRun: 20 })).toBe(10);
    expect(scanEta([{ rows: 10, rangesDone: 1, rangesTotal: 4, estimatedRows: undefined }], { ...run, rangesThisRun: 1 })).toBe(30);
  });

  it('takes an estimate of 0 for none: the table may hold rows Cassandra has not estimated yet', () => {
    const unestimated = [
      { rows: 4000, rangesDone: 10, rangesTotal: 20, estimatedRows: 8000 },
      { rows: 0, rangesDone: 0, rangesTotal: 20, estimatedRows: 0 },
    ];
    // 10 of 40 ranges in 10 s: 30 s more, not the 4 s the first table's estimate alone would say.
    expect(scanEta(unestimated, { ...run, rangesThisRun: 10 })).toBe(30);
    expect(standingEstimate(0, 0)).toBeUndefined();
    expect(standingEstimate(10, 8)).toBeUndefined();
    expect(standingEstimate(8, 8)).toBe(8);
    expect(standingEstimate(0, undefined)).toBeUndefined();
  });

  it('counts nothing left of a finished table, whatever its estimate said', () => {
    const over = [
      { rows: 9000, rangesDone: 20, rangesTotal: 20, estimatedRows: 8000 },
      { rows: 1000, rangesDone: 10, rangesTotal: 20, estimatedRows: 3000 },
    ];
    expect(scanEta(over, run)).toBe(2);
    const under = [
      { rows: 500, rangesDone: 20, rangesTotal: 20, estimatedRows: 8000 },
      { rows: 1000, rangesDone: 10, rangesTotal: 20, estimatedRows: 3000 },
    ];
    expect(scanEta(under, run)).toBe(2);
  });

  it('is 0 once every range is done', () => {
    expect(scanEta([{ rows: 10, rangesDone: 4, rangesTotal: 4, estimatedRows: 8000 }], run)).toBe(0);
    expect(scanEta([{ rows: 10, rangesDone: 4, rangesTotal: 4, estimatedRows: undefined }], { ...run, rowsPerSecond: undefined })).toBe(0);
  });

  it("paces the ranges by this run's own, not a resumed checkpoint's", () => {
    // 90 of 100 ranges were done before this run; it finished 2 more in 10 s: 8 left take 40 s.
    const resumed = [{ rows: 9_200, rangesDone: 92, rangesTotal: 100, estimatedRows: undefined }];
    expect(scanEta(resumed, { rowsPerSecond: 100, elapsedSeconds: 10, rangesThisRun: 2 })).toBe(40);
  });

  it('is unknown until the speed or the ranges tell', () => {
    expect(scanEta([{ rows: 0, rangesDone: 0, rangesTotal: 4, estimatedRows: 100 }], { ...run, rowsPerSecond: undefined, rangesThisRun: 0 })).toBeUndefined();
    expect(scanEta([{ rows: 0, rangesDone: 0, rangesTotal: 4, estimatedRows: undefined }], { ...run, rangesThisRun: 0 })).toBeUndefined();
    expect(scanEta([], run)).toBeUndefined();
  });
});
