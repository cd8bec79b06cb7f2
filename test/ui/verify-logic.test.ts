import { describe, expect, it } from 'vitest';
import { differenceLines, keyCell, latestLines } from '../../src/ui/verify/DifferencesPanel.js';
import { verifyKeyAction } from '../../src/ui/verify/keys.js';
import { combinedLatency, differenceColumns, gridColumns, measureGridRow, queryColumns, verifyBudget } from '../../src/ui/verify/layout.js';
import { pickShapes, queryDetails } from '../../src/ui/verify/QueryPanel.js';
import { progressLine } from '../../src/ui/verify/plain.js';
import { etaSeconds, initialVerifyState, reduceVerifyEvent, remainingDifferences, verifyOutcome, markStopping, type SeenDifference, type VerifyViewState } from '../../src/ui/verify/state.js';
import { abbreviateShape, abbreviateShapes, differingExcerpts, keyText, sideLatency, summaryTotals, valueText, verdictText } from '../../src/ui/verify/text.js';
import type { VerifyEvent } from '../../src/verify/events.js';
import { errorShape, matchShape, middle, mismatchShape, queries, repaired, start, summary } from './verify-script.js';

const fold = (events: VerifyEvent[], state: VerifyViewState = initialVerifyState()): VerifyViewState => events.reduce(reduceVerifyEvent, state);

describe('verify view state', () => {
  it('follows the plan, progress, differences, repairs, re-checks and finished tables', () => {
    const state = fold([...start, ...middle, ...repaired, ...queries]);
    expect(state.tables.map((t) => [t.table, t.status, t.repaired, t.recheck])).toEqual([
      ['shop.customers', 'done', 0, undefined],
      ['shop.orders', 'done', 3, { repaired: 3, stillDifferent: 0 }],
      ['metrics.events', 'waiting', 0, undefined],
    ]);
    expect(state.differences.map((d) => [d.seq, d.kind])).toEqual([[1, 'missing'], [2, 'extra'], [3, 'different']]);
    expect(state.repairs).toMatchObject({ written: 2, deleted: 1 });
    expect(state.retries.count).toBe(1);
    expect(state.queries).toHaveLength(3);
    expect(state.log.map((item) => item.kind)).toEqual(['connected', 'plan', 'warning', 'table-done', 'table-done']);
    expect(state.log.map((item) => item.id)).toEqual([0, 1, 2, 3, 4]);
  });

  it('returns the same state for per-range events (nothing to redraw), except a table starting', () => {
    const state = fold(start);
    expect(reduceVerifyEvent(state, { type: 'range-done', table: 'shop.orders', range: 1, compared: 3 })).toBe(state);
    const started = reduceVerifyEvent(state, { type: 'range-start', table: 'shop.orders', range: 1 });
    expect(started.tables[1]?.status).toBe('verifying');
    expect(reduceVerifyEvent(started, { type: 'range-start', table: 'shop.orders', range: 2 })).toBe(started);
  });

  it('keeps only the latest differences', () => {
    const many = Array.from({ length: 20 }, (_, i): VerifyEvent => ({ type: 'difference', kind: 'missing', table: 't', key: { id: i }, columns: [] }));
    const state = fold(many);
    expect(state.differencesSeen).toBe(20);
    expect(state.differences.map((d) => d.key.id)).toEqual([12, 13, 14, 15, 16, 17, 18, 19]);
  });

  it('tells how the verify ended, the query replay included', () => {
    const running = fold([...start, ...middle]);
    expect(verifyOutcome(running)).toBe('incomplete');
    expect(verifyOutcome(markStopping(running))).toBe('stopped');
    const allDone = fold(['shop.orders', 'metrics.events'].map((table): VerifyEvent => ({ type: 'table-done', table, compared: 1, missing: 0, extra: 0, different: 0, seconds: 1 })), markStopping(running));
    expect(verifyOutcome(allDone)).toBe('stopped');
    expect(verifyOutcome(fold(queries, allDone))).toBe('finished');
  });

  it('counts what remains after repairs', () => {
    expect(remainingDifferences(3, undefined)).toBe(3);
    expect(remainingDifferences(3, { repaired: 3, stillDifferent: 0 })).toBe(0);
    expect(remainingDifferences(3, { repaired: 2, stillDifferent: 1 })).toBe(2);
    const totals = summaryTotals(summary, new Map([['shop.orders', { repaired: 3, stillDifferent: 0 }]]));
    expect(totals).toMatchObject({ found: 3, remaining: 0, repaired: true, queries: { shapes: 3, mismatching: 1, failing: 1 } });
    expect(verdictText(totals, 100)).toBe('identical after repairs (3 differences repaired)');
    expect(verdictText({ ...totals, found: 0, remaining: 0 }, 100)).toBe('identical');
    expect(verdictText({ ...totals, remaining: 1 }, 100)).toBe('1 difference remains');
    expect(verdictText({ ...totals, remaining: 2 }, 100)).toBe('2 differences remain');
  });

  it('estimates the time left by rows when every table has an estimate, else by ranges', () => {
    const state = fold([...start, ...middle]);
    expect(Math.round(etaSeconds(state) ?? -1)).toBe(256);
    const noEstimates = fold([...start.slice(0, 1), { ...start[1], tables: (start[1] as Extract<VerifyEvent, { type: 'plan' }>).tables.map((t) => ({ ...t, estimatedRows: undefined })) } as VerifyEvent, ...middle.map((e) => (e.type === 'progress' ? { ...e, tables: e.tables.map((t) => ({ ...t, estimatedRows: undefined })) } : e))]);
    expect(Math.round(etaSeconds(noEstimates) ?? -1)).toBe(Math.round((300 / 1654) * (3072 - 1654)));
    expect(etaSeconds(initialVerifyState())).toBeUndefined();
    // While the speed is measured, the ranges' pace tells the time left.
    const measuring = fold([...start, ...middle.map((e) => (e.type === 'progress' ? { ...e, rowsPerSecond: undefined } : e))]);
    expect(Math.round(etaSeconds(measuring) ?? -1)).toBe(Math.round((300 / 1654) * (3072 - 1654)));
    expect(progressLine(measuring, measuring.progress!)).toContain(' · 1,654/3,072 ranges · measuring speed… · missing ');
  });
});

describe('words', () => {
  it('writes values as data, keys with or without their names, escaped', () => {
    expect([42, 'paid', null, [1, 2], { a: 1 }, undefined, 10n].map(valueText)).toEqual(['42', '"paid"', 'null', '[1,2]', '{"a":1}', '—', '"10"']);
    expect(valueText('a\u001b[2Jb')).toBe('"a\\u001b[2Jb"');
    expect(valueText('x\u2028y')).not.toContain('\u2028');
    expect(keyText({ customer_id: 7, day: '2024-01-01' })).toBe('customer_id=7 day="2024-01-01"');
    expect(keyText({ customer_id: 7, day: '2024-01-01' }, false)).toBe('7 "2024-01-01"');
  });

  it('abbreviates statement shapes keeping the table and the end', () => {
    const shape = 'SELECT order_id, total, status FROM shop.orders WHERE customer_id = ? AND order_id IN ?';
    expect(abbreviateShape(shape, 100)).toBe(shape);
    expect(abbreviateShape(shape, 70)).toBe('SELECT … FROM shop.orders WHERE customer_id = ? AND order_id IN ?');
    expect(abbreviateShape(shape, 55)).toBe('shop.orders WHERE customer_id = ? AND order_id IN ?');
    expect(abbreviateShape(shape, 40)).toBe('shop.orders WHERE … AND order_id IN ?');
    expect(abbreviateShape('SELECT  a,\n b FROM t', 100)).toBe('SELECT a, b FROM t');
    // One column, one form.
    expect(abbreviateShapes(['SELECT a FROM t WHERE k = ?', shape], 55)).toEqual(['t WHERE k = ?', 'shop.orders WHERE customer_id = ? AND order_id IN ?']);
  });

  it('cuts two long values where they differ, at the same place', () => {
    const a = '{"street":"12 Rue de Rivoli","city":"Paris"}';
    const b = '{"street":"12 Rue de Rivoli","city":"PARIS"}';
    expect(differingExcerpts(a, b, 22)).toEqual(['…voli","city":"Paris"}', '…voli","city":"PARIS"}']);
    expect(differingExcerpts('abcdef', 'abcxyz', 22)).toEqual(['abcdef', 'abcxyz']);
    expect(differingExcerpts(`x${'a'.repeat(40)}`, `y${'a'.repeat(40)}`, 22)).toEqual([`x${'a'.repeat(20)}…`, `y${'a'.repeat(20)}…`]);
  });

  it('shows no latency for a side where every run failed', () => {
    expect(sideLatency(errorShape, 'origin')).toBe('0.9 ms');
    expect(sideLatency(errorShape, 'target')).toBe('—');
    expect(sideLatency(matchShape, 'target')).toBe('3.4 ms');
    expect(combinedLatency(['1.2 ms', '3.4 ms'])).toBe('1.2/3.4 ms');
    expect(combinedLatency(['0.9 ms', '—'])).toBe('0.9 ms/—');
    expect(combinedLatency(['—', '—'])).toBe('—');
  });
});

describe('layout', () => {
  const rows = [
    measureGridRow({ table: 'metrics.daily_rollups', compared: 1_640_000, estimatedRows: 4_000_000, rangesDone: 630, rangesTotal: 1536, missing: 1, extra: 0, different: 12_345, status: 'verifying' }),
    measureGridRow({ table: 'overall', compared: 3_650_000, estimatedRows: undefined, rangesDone: 1654, rangesTotal: 3072, missing: 1, extra: 0, different: 12_345, status: 'verifying' }),
  ];

  it('keeps the table grid inside the terminal, dropping the bar when it cannot fit', () => {
    for (const width of [60, 80, 100, 120, 200]) {
      const c = gridColumns(width, rows);
      const line = 2 + c.name + 1 + (c.bar > 0 ? c.bar + 1 : 0) + 4 + 2 + c.ranges + 2 + c.compared + 2 + c.missing + 2 + c.extra + 2 + c.different;
      expect(line).toBeLessThanOrEqual(width - 1);
    }
    expect(gridColumns(60, rows).bar).toBe(0);
    expect(gridColumns(80, rows).bar).toBeGreaterThan(5);
    expect(gridColumns(80, rows).titles.different).toBe('diff');
    expect(gridColumns(120, rows).titles.different).toBe('different');
  });

  it('splits the differences panel into key, column and two equal sides', () => {
    for (const width of [80, 100, 120]) {
      const c = differenceColumns(width, 40, 20);
      expect(2 + c.key + 2 + c.column + 2 + c.value + 3 + c.value).toBeLessThanOrEqual(width - 1);
    }
    expect(differenceColumns(120, 11, 6)).toEqual({ key: 11, column: 6, value: 46 });
  });

  it('fits the query table, dropping the explained column and joining latencies below 100 columns', () => {
    const cells = [{ index: '1', runs: '200', match: '200', mismatch: '0', errors: '0', explained: '0', latency: ['1.2 ms', '3.4 ms'] as [string, string] }];
    const narrow = queryColumns(80, cells);
    expect([narrow.explained, narrow.combined]).toEqual([0, true]);
    expect(2 + narrow.index + 1 + narrow.shape + 2 + narrow.runs + 2 + narrow.match + 2 + narrow.mismatch + 2 + narrow.errors + 2 + narrow.latency).toBe(79);
    const wide = queryColumns(120, cells);
    expect(2 + wide.index + 1 + wide.shape + 2 + wide.runs + 2 + wide.match + 2 + wide.mismatch + 2 + wide.errors + 2 + wide.explained + 2 + wide.latency * 2 + 3).toBe(119);
  });

  it('fits the live area into the terminal height, in a fixed order of what gives way', () => {
    const demand = { tables: 3, fixed: 18, active: true, differenceLines: 6, queryRows: 6, queryDetail: 4 };
    expect(verifyBudget(undefined, demand)).toEqual({ tables: 3, active: true, differenceLines: 6, queryRows: 6, queryDetail: 4, compactHeader: false });
    expect(verifyBudget(60, demand)).toEqual({ tables: 3, active: true, differenceLines: 6, queryRows: 6, queryDetail: 4, compactHeader: false });
    expect(verifyBudget(38, demand)).toEqual({ tables: 3, active: true, differenceLines: 6, queryRows: 4, queryDetail: 3, compactHeader: false });
    expect(verifyBudget(34, demand)).toEqual({ tables: 3, active: true, differenceLines: 4, queryRows: 3, queryDetail: 2, compactHeader: false });
    expect(verifyBudget(32, demand)).toEqual({ tables: 3, active: false, differenceLines: 4, queryRows: 3, queryDetail: 1, compactHeader: false });
    expect(verifyBudget(30, demand)).toEqual({ tables: 1, active: false, differenceLines: 4, queryRows: 3, queryDetail: 1, compactHeader: true });
    expect(verifyBudget(24, demand)).toEqual({ tables: 1, active: false, differenceLines: 2, queryRows: 1, queryDetail: 0, compactHeader: true });
    // "… 1 more table" would take the line that table needs.
    expect(verifyBudget(40, { ...demand, tables: 2, differenceLines: 0, queryRows: 0, queryDetail: 0 }).tables).toBe(2);
  });

  it('shows troubled shapes first when not all fit, and the mismatch before its diff and the error', () => {
    const shapes = [matchShape, matchShape, mismatchShape, matchShape, errorShape, matchShape];
    expect(pickShapes(shapes, 10)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(pickShapes(shapes, 3)).toEqual([2, 4, 5]);
    expect(pickShapes(shapes, 1)).toEqual([2]);
    expect(queryDetails([matchShape, mismatchShape, errorShape], 10).map((d) => d.label)).toEqual(['mismatch', '', '', 'error', 'explained']);
    expect(queryDetails([matchShape, mismatchShape, errorShape], 3).map((d) => d.label)).toEqual(['mismatch', '', 'error']);
    expect(queryDetails([matchShape, mismatchShape, errorShape], 1).map((d) => d.label)).toEqual(['mismatch']);
    expect(queryDetails([matchShape], 5)).toEqual([]);
  });

  it('lays a difference out as lines: a missing row on the origin side, a different row column by column', () => {
    const seen = fold(middle).differences;
    expect(seen.flatMap((d) => differenceLines(d, keyCell(d, 30, 'none'))).map((l) => [l.key, l.column, l.origin, l.target])).toEqual([
      ['order_id=42', 'missing', 'total="9.99", status="paid"', 'no row'],
      ['order_id=43', 'extra', 'no row', 'total="1.00", status="new"'],
      ['order_id=44', 'total', '"12.50"', '"12.5"'],
      ['', 'status', '"paid"', '"PAID"'],
    ]);
    const wide: SeenDifference = { seq: 9, kind: 'different', table: 'ks.t', key: { a: 1, b: 'long key value' }, columns: ['c1', 'c2', 'c3', 'c4'], origin: {}, target: {} };
    expect(differenceLines(wide, 'k').map((l) => l.column)).toEqual(['c1', 'c2', '+2 more']);
    expect(keyCell(wide, 30, 'full')).toBe('ks.t a=1 b="long key value"');
    expect(keyCell(wide, 12, 'short')).toBe('t 1 "long key value"');
    // The newest first when room is short, cut to fit when it alone is too long.
    expect(latestLines(seen, 2, (d) => differenceLines(d, '')).map((l) => l.column)).toEqual(['total', 'status']);
    expect(latestLines(seen, 3, (d) => differenceLines(d, '')).map((l) => l.column)).toEqual(['extra', 'total', 'status']);
    expect(latestLines(seen, 1, (d) => differenceLines(d, '')).map((l) => l.column)).toEqual(['total']);
  });
});

describe('keys', () => {
  it('maps keys to actions', () => {
    expect(['q', 'd', 'r', '?', 'p', 'x'].map((k) => verifyKeyAction(k, { ctrl: false }))).toEqual(['stop', 'differences', 'queries', 'help', undefined, undefined]);
    expect(verifyKeyAction('c', { ctrl: true })).toBe('stop');
    expect(verifyKeyAction('d', { ctrl: true })).toBeUndefined();
  });
});
