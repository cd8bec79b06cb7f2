import { describe, expect, it } from 'vitest';
import { copyEta } from '../../src/copy/eta.js';

const run = { rowsPerSecond: 1000, elapsedSeconds: 10, rowsThisRun: 5000 };

describe('the copy ETA', () => {
  it('counts the rows left of the estimates at the current speed', () => {
    const tables = [
      { rowsRead: 4000, rangesDone: 10, rangesTotal: 20, estimatedRows: 8000 },
      { rowsRead: 1000, rangesDone: 5, rangesTotal: 20, estimatedRows: 3000 },
    ];
    expect(copyEta(tables, run)).toBe(6);
  });

  it('takes the ranges left at the pace so far when a table has no estimate, or has passed it with ranges to go', () => {
    const passed = [
      { rowsRead: 9000, rangesDone: 10, rangesTotal: 20, estimatedRows: 8000 },
      { rowsRead: 1000, rangesDone: 10, rangesTotal: 20, estimatedRows: 3000 },
    ];
    // 20 of 40 ranges in 10 s: 10 s more, not the 2 s the estimates would say.
    expect(copyEta(passed, run)).toBe(10);
    expect(copyEta([{ rowsRead: 10, rangesDone: 1, rangesTotal: 4, estimatedRows: undefined }], run)).toBe(30);
    // A finished table that held more than estimated leaves nothing unknown.
    const finished = [
      { rowsRead: 9000, rangesDone: 20, rangesTotal: 20, estimatedRows: 8000 },
      { rowsRead: 1000, rangesDone: 10, rangesTotal: 20, estimatedRows: 3000 },
    ];
    expect(copyEta(finished, run)).toBe(2);
  });

  it('is unknown until the speed or the ranges tell', () => {
    expect(copyEta([{ rowsRead: 0, rangesDone: 0, rangesTotal: 4, estimatedRows: 100 }], { ...run, rowsPerSecond: undefined, rowsThisRun: 0 })).toBeUndefined();
    expect(copyEta([{ rowsRead: 0, rangesDone: 0, rangesTotal: 4, estimatedRows: undefined }], { ...run, rowsThisRun: 0 })).toBeUndefined();
  });
});
