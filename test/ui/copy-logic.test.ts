import { describe, expect, it } from 'vitest';
import type { CopyEvent } from '../../src/copy/events.js';
import { EventStream } from '../../src/shared/events.js';
import { keyAction, nextRate } from '../../src/ui/copy/keys.js';
import { liveBudget, tableColumns, tableDetail } from '../../src/ui/copy/layout.js';
import { copyOutcome, fractionDone, initialCopyState, markStopping, reduceCopyEvent, type CopyViewState } from '../../src/ui/copy/state.js';
import { activeRangesText, rateText } from '../../src/ui/copy/text.js';
import { EventStore, type FrameClock } from '../../src/ui/event-store.js';
import { escapeControl, oneLine } from '../../src/ui/escape.js';
import { formatCount, formatDuration, formatExact, formatPercent, speedText, truncate, wrapWords } from '../../src/ui/format.js';
import { colorEnabled } from '../../src/ui/theme.js';
import { customersDone, middle, progress, start } from './copy-script.js';

const fold = (events: CopyEvent[], state: CopyViewState = initialCopyState()): CopyViewState => events.reduce(reduceCopyEvent, state);
const progressAt = (elapsedSeconds: number) => progress(elapsedSeconds, {});

describe('escaping', () => {
  it('shows C0 (but newline and tab), DEL and C1 controls as \\xNN', () => {
    expect(escapeControl('a\u001b[31mb\u0007c\n\td\u007f\u009b\u0000')).toBe('a\\x1b[31mb\\x07c\n\td\\x7f\\x9b\\x00');
    expect(escapeControl('plain → text ✔ 日本')).toBe('plain → text ✔ 日本');
  });

  it('folds line breaks onto one line for single-line fields', () => {
    expect(oneLine('first\r\nsecond\tthird\u2028fourth\u001b')).toBe('first second third fourth\\x1b');
  });
});

describe('formatting', () => {
  it('counts, durations, percentages', () => {
    expect([0, 999, 9_999, 10_000, 12_345, 999_499, 999_500, 1_234_567, 45_600_000_000].map(formatCount)).toEqual(['0', '999', '9,999', '10.0k', '12.3k', '999k', '1.00M', '1.23M', '45.6G']);
    expect(formatExact(1_234_567)).toBe('1,234,567');
    expect([0, 59.4, 125, 3_600, 3_725, 90_000].map(formatDuration)).toEqual(['0s', '59s', '2m05s', '1h00m', '1h02m', '1d01h']);
    expect([0, 0.5, 0.999, 1].map(formatPercent)).toEqual(['0%', '50%', '99%', '100%']);
  });

  it('truncates and wraps', () => {
    expect(truncate('shop.order_items', 8)).toBe('shop.or…');
    expect(wrapWords('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapWords('abcdefghij kl', 4)).toEqual(['abcd', 'efgh', 'ij', 'kl']);
  });
});

describe('copy view state', () => {
  it('follows the plan, progress, the rate limiter and finished tables', () => {
    const state = fold([...start, ...middle, ...customersDone]);
    expect(state.tables.map((t) => [t.table, t.status])).toEqual([
      ['shop.customers', 'done'],
      ['shop.orders', 'copying'],
      ['shop.order_items_by_customer_and_day', 'waiting'],
      ['metrics.events', 'waiting'],
      ['metrics.daily_rollups', 'waiting'],
    ]);
    expect(state.rate).toEqual({ limit: 1500, budget: 2000, reason: 'throttled', loweredAt: 0 });
    expect(state.log.map((item) => item.kind)).toEqual(['connected', 'plan', 'warning', 'table-done']);
    expect(state.log.map((item) => item.id)).toEqual([0, 1, 2, 3]);
  });

  it('counts repeated rejects on one line, in place, and keeps one retry line', () => {
    const reject = (id: number, cause: string): CopyEvent => ({ type: 'reject', table: 't', key: { id }, cause });
    const retry = (cause: string): CopyEvent => ({ type: 'retry', table: 't', side: 'origin', cause, attempt: 1, delayMs: 1 });
    const state = fold([reject(1, 'A'), retry('x'), reject(2, 'B'), reject(3, 'A'), retry('y')]);
    expect(state.problems.map((p) => [p.kind, p.cause, p.count, p.detail])).toEqual([
      ['reject', 'A', 2, 'key {"id":3}'],
      ['retry', 'y', 1, 'origin, attempt 1'],
      ['reject', 'B', 1, 'key {"id":2}'],
    ]);
    expect(state.rejects).toBe(3);
  });

  it('returns the same state for per-range events (nothing to redraw)', () => {
    const state = fold(start);
    expect(reduceCopyEvent(state, { type: 'range-done', table: 'shop.customers', range: 1, rows: 3 })).toBe(state);
    expect(reduceCopyEvent(state, { type: 'throttled', table: 'shop.customers', kind: 'w', retry: 1, delayMs: 1 })).toBe(state);
  });

  it('a user rate becomes the budget; throttling lowers only the limit', () => {
    let state = fold([start[1]!]);
    state = reduceCopyEvent(state, { type: 'rate', limit: 1500, reason: 'throttled' });
    expect(state.rate).toMatchObject({ limit: 1500, budget: 2000 });
    state = reduceCopyEvent(state, { type: 'rate', limit: 2500, reason: 'user' });
    expect(state.rate).toMatchObject({ limit: 2500, budget: 2500 });
  });

  it('tells how the copy ended', () => {
    const running = fold([...start, ...middle]);
    expect(copyOutcome(running)).toBe('incomplete');
    expect(copyOutcome(markStopping(running))).toBe('stopped');
    const all = running.tables.map((t) => ({ type: 'table-done' as const, table: t.table, read: 1, written: 1, rejected: 0, seconds: 1, fidelity: 'values' as const }));
    expect(copyOutcome(fold(all, markStopping(running)))).toBe('finished');
  });

  it('measures progress by rows when every table has an estimate, else by ranges; below 1 until every range is done', () => {
    expect(fractionDone([{ rowsWritten: 50, estimatedRows: 100, rangesDone: 1, rangesTotal: 10 }])).toEqual({ fraction: 0.5, by: 'rows' });
    expect(fractionDone([{ rowsWritten: 100, estimatedRows: 100, rangesDone: 9, rangesTotal: 10 }]).fraction).toBe(0.999);
    // Size estimates lag behind writes: once passed, an estimate says nothing and the ranges tell.
    expect(fractionDone([{ rowsWritten: 500, estimatedRows: 100, rangesDone: 3, rangesTotal: 10 }])).toEqual({ fraction: 0.3, by: 'ranges' });
    expect(fractionDone([
      { rowsWritten: 10, estimatedRows: 100, rangesDone: 1, rangesTotal: 10 },
      { rowsWritten: 500, estimatedRows: 100, rangesDone: 10, rangesTotal: 10 },
    ])).toEqual({ fraction: 0.55, by: 'ranges' });
    expect(tableDetail({ rowsWritten: 1660, estimatedRows: 8068, rangesDone: 0, rangesTotal: 68, status: 'copying' }, true, false)).toBe('1,660/~8,068 rows · 0/68 ranges');
    expect(tableDetail({ rowsWritten: 9000, estimatedRows: 8068, rangesDone: 20, rangesTotal: 68, status: 'copying' }, true, false)).toBe('20/68 ranges · 9,000 rows');
    expect(fractionDone([{ rowsWritten: 50, estimatedRows: undefined, rangesDone: 4, rangesTotal: 10 }])).toEqual({ fraction: 0.4, by: 'ranges' });
    expect(fractionDone([{ rowsWritten: 50, estimatedRows: 100, rangesDone: 4, rangesTotal: 10 }], true)).toEqual({ fraction: 0.4, by: 'ranges' });
    expect(fractionDone([{ rowsWritten: 90, estimatedRows: 100, rangesDone: 10, rangesTotal: 10 }]).fraction).toBe(1);
  });
});

describe('layout', () => {
  it('keeps table rows inside the terminal, dropping the bar when it cannot fit', () => {
    const rows = [{ name: 'shop.customers', detail: '1.00M/~2.00M rows · 512/1,024 ranges' }];
    for (const width of [20, 40, 60, 80, 100, 120, 200]) {
      const c = tableColumns(width, rows);
      expect(2 + c.name + 1 + (c.bar > 0 ? c.bar + 1 : 0) + 4 + 2 + c.detail).toBeLessThanOrEqual(width - 1);
    }
    expect(tableColumns(20, rows).bar).toBe(0);
    expect(tableColumns(200, rows).bar).toBe(40);
  });

  it('fits the live area into the terminal height, giving up problems, active ranges, then tables', () => {
    const demand = { tables: 5, problems: 3, help: 0, notes: 0 };
    expect(liveBudget(undefined, demand)).toEqual({ tables: 5, problems: 3, active: true, status: true });
    expect(liveBudget(30, demand)).toEqual({ tables: 5, problems: 3, active: true, status: true });
    expect(liveBudget(19, demand)).toEqual({ tables: 5, problems: 2, active: true, status: true });
    expect(liveBudget(18, demand)).toEqual({ tables: 5, problems: 1, active: true, status: true });
    expect(liveBudget(16, demand)).toEqual({ tables: 3, problems: 1, active: false, status: true });
    expect(liveBudget(12, demand)).toEqual({ tables: 1, problems: 0, active: false, status: true });
    expect(liveBudget(30, { ...demand, help: 14 })).toMatchObject({ status: false, problems: 0 });
  });

  it('lists active ranges grouped by table, as many as fit', () => {
    const active = ['shop.orders#7', 'shop.orders#9', 'shop.customers#3', 'shop.customers#4', 'shop.customers#5'];
    expect(activeRangesText(active, 100)).toBe('shop.orders #7 #9 · shop.customers #3 #4 #5');
    expect(activeRangesText(active, 30)).toBe('shop.orders #7 #9 +3');
    expect(activeRangesText([], 30)).toBe('none');
  });

  const measured = (writeUnitsPerSecond: number | undefined, elapsedSeconds = 60) => ({ writeUnitsPerSecond, elapsedSeconds });

  it('words the rate against its limit and budget', () => {
    expect(rateText(measured(1480), { limit: 1500, budget: 2000, reason: 'throttled' }, true)).toBe('1,480 WCU/s of a 1,500 limit, lowered from 2,000 after throttling');
    expect(rateText(measured(1480), { limit: 1500, budget: 2000, reason: 'throttled' }, false)).toBe('1,480/1,500 WCU/s, throttled from 2,000');
    expect(rateText(measured(1480), { limit: 2000, budget: 2000, reason: undefined }, false)).toBe('1,480/2,000 WCU/s');
    expect(rateText(measured(1480), { limit: undefined, budget: undefined, reason: undefined }, true)).toBe('1,480 WCU/s, no rate limit');
  });

  it('shows only the limit while the rate is measured, never a 0 that was not measured', () => {
    expect(rateText(measured(undefined, 1), { limit: 100, budget: 100, reason: undefined }, false)).toBe('limit 100 WCU/s');
    expect(rateText(undefined, { limit: 100, budget: 100, reason: undefined }, true)).toBe('limit 100 WCU/s');
    expect(rateText(measured(undefined, 1), { limit: 1500, budget: 2000, reason: 'throttled' }, false)).toBe('limit 1,500 WCU/s, throttled from 2,000');
    expect(rateText(measured(undefined, 1), { limit: undefined, budget: undefined, reason: undefined }, false)).toBe('no rate limit');
    expect(speedText(undefined, true)).toBe('measuring…');
    expect(speedText(undefined, false)).toBe('measuring speed…');
    expect(speedText(8210, true)).toBe('8,210 rows/s');
  });

  it('says why a measured rate stands above the limit: a burst, or a limit just lowered', () => {
    const steady = { limit: 100, budget: 100, reason: undefined };
    expect(rateText(measured(100.4), steady, false)).toBe('100/100 WCU/s');
    expect(rateText(measured(118), steady, false)).toBe('118/100 WCU/s, burst');
    expect(rateText(measured(118), steady, true)).toBe('118 WCU/s of a 100 limit, a burst of unused capacity');
    // Lowered by the user at 58 s: the last five seconds still count the higher rate.
    const lowered = fold([{ type: 'rate', limit: 100, reason: 'user' }], { ...initialCopyState(), progress: progressAt(58), rate: { limit: 200, budget: 200, reason: undefined } }).rate;
    expect(lowered.loweredAt).toBe(58);
    expect(rateText(measured(180, 60), lowered, false)).toBe('180/100 WCU/s, just lowered');
    expect(rateText(measured(180, 60), lowered, true)).toBe('180 WCU/s of a 100 limit, the limit was just lowered');
    expect(rateText(measured(130, 70), lowered, false)).toBe('130/100 WCU/s, burst');
    // Cut below the budget by throttling: that note says it already.
    const throttled = fold([{ type: 'rate', limit: 1400, reason: 'throttled' }], { ...initialCopyState(), progress: progressAt(58), rate: { limit: 2000, budget: 2000, reason: undefined } }).rate;
    expect(rateText(measured(1950, 60), throttled, false)).toBe('1,950/1,400 WCU/s, throttled from 2,000');
    // A limit where there was none (an unlimited copy the target throttled) came down too.
    const first = fold([{ type: 'rate', limit: 1113, reason: 'throttled' }], { ...initialCopyState(), progress: progressAt(58) }).rate;
    expect(rateText(measured(1590, 60), first, false)).toBe('1,590/1,113 WCU/s, just lowered');
    // Raised: not a lowering.
    expect(fold([{ type: 'rate', limit: 120, reason: 'recovered' }], { ...initialCopyState(), progress: progressAt(58), rate: lowered }).rate.loweredAt).toBe(58);
    expect(fold([{ type: 'rate', limit: 120, reason: 'recovered' }], { ...initialCopyState(), progress: progressAt(90), rate: { ...lowered, loweredAt: undefined } }).rate.loweredAt).toBeUndefined();
  });
});

describe('keys', () => {
  it('maps keys to actions', () => {
    expect(['p', '+', '=', '-', 'q', '?', 'x'].map((k) => keyAction(k, { ctrl: false }))).toEqual(['pause-or-resume', 'rate-up', 'rate-up', 'rate-down', 'stop', 'help', undefined]);
    expect(keyAction('c', { ctrl: true })).toBe('stop');
    expect(keyAction('p', { ctrl: true })).toBeUndefined();
  });

  it('changes the rate by 10%, at least one unit, never below one', () => {
    expect(nextRate('up', 2000, 0).rate).toBe(2200);
    expect(nextRate('down', 2000, 0).rate).toBe(1800);
    expect(nextRate('up', 5, 0).rate).toBe(6);
    expect(nextRate('down', 5, 0).rate).toBe(4);
    expect(nextRate('down', 1, 0)).toEqual({ rate: 1, note: 'rate already at its minimum, 1 WCU/s' });
    expect(nextRate('down', undefined, 1480)).toEqual({ rate: 1332, note: 'rate limited to 1,332 WCU/s (90% of the current rate)' });
    expect(nextRate('down', undefined, 0).rate).toBeUndefined();
    expect(nextRate('up', undefined, 1480).rate).toBeUndefined();
    expect(nextRate('down', undefined, undefined)).toEqual({ rate: undefined, note: 'the write rate is still being measured: try again in a few seconds' });
  });
});

describe('EventStore', () => {
  function fakeClock(): FrameClock & { advance(ms: number): void } {
    let now = 0;
    let timers: Array<{ at: number; callback: () => void; id: number }> = [];
    let ids = 0;
    return {
      now: () => now,
      setTimeout: (callback, ms) => {
        timers.push({ at: now + ms, callback, id: ++ids });
        return ids;
      },
      clearTimeout: (id) => void (timers = timers.filter((t) => t.id !== id)),
      advance(ms) {
        now += ms;
        for (const timer of timers.filter((t) => t.at <= now)) {
          timers = timers.filter((t) => t !== timer);
          timer.callback();
        }
      },
    };
  }

  it('publishes at most once a frame, urgent events and the last one at once, and stops after the last', () => {
    const stream = new EventStream<{ type: string; n?: number }>();
    const clock = fakeClock();
    const store = new EventStore(stream, {
      initial: [] as number[],
      reduce: (state, event) => (event.n === undefined ? state : [...state, event.n]),
      urgent: (event) => event.type === 'urgent',
      last: (event) => event.type === 'last',
      frameMs: 250,
      clock,
    });
    let published = 0;
    store.subscribe(() => (published += 1));
    stream.emit({ type: 'x', n: 1 });
    expect([published, store.getSnapshot()]).toEqual([1, [1]]);
    stream.emit({ type: 'x', n: 2 });
    stream.emit({ type: 'x', n: 3 });
    stream.emit({ type: 'x' });
    expect([published, store.getSnapshot()]).toEqual([1, [1]]);
    clock.advance(250);
    expect([published, store.getSnapshot()]).toEqual([2, [1, 2, 3]]);
    stream.emit({ type: 'urgent', n: 4 });
    expect([published, store.getSnapshot()]).toEqual([3, [1, 2, 3, 4]]);
    stream.emit({ type: 'last', n: 5 });
    stream.emit({ type: 'x', n: 6 });
    clock.advance(1000);
    expect([published, store.getSnapshot()]).toEqual([4, [1, 2, 3, 4, 5]]);
  });
});

describe('colour', () => {
  it('is off under NO_COLOR (any non-empty value) and on a dumb terminal', () => {
    expect(colorEnabled({})).toBe(true);
    expect(colorEnabled({ NO_COLOR: '1' })).toBe(false);
    expect(colorEnabled({ NO_COLOR: '' })).toBe(true);
    expect(colorEnabled({ TERM: 'dumb' })).toBe(false);
  });
});
