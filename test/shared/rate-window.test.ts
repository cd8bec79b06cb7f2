import { describe, expect, it } from 'vitest';
import { RateWindow } from '../../src/shared/rate-window.js';

function fakeClock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('RateWindow', () => {
  it('measures from the start when no earlier sample is in the window, never 0 for want of one', () => {
    const clock = fakeClock();
    const window = new RateWindow({ rows: 0 }, {}, clock.now);
    // The first periodic sample comes late (a busy event loop): 4,000 rows were written since the start.
    clock.advance(2000);
    expect(window.sample({ rows: 4000 })).toEqual({ rows: 2000 });
  });

  it('tells no rate until the window spans two seconds', () => {
    const clock = fakeClock();
    const window = new RateWindow({ rows: 0 }, {}, clock.now);
    const seen: Array<number | undefined> = [];
    for (let ms = 250; ms <= 2500; ms += 250) {
      clock.advance(250);
      seen.push(window.sample({ rows: ms * 3 })?.rows);
    }
    expect(seen.slice(0, 7)).toEqual(Array(7).fill(undefined));
    expect(seen.slice(7)).toEqual([3000, 3000, 3000]);
  });

  it('follows the pace over about the last five seconds', () => {
    const clock = fakeClock();
    const window = new RateWindow({ units: 0 }, {}, clock.now);
    let units = 0;
    let last: number | undefined;
    const run = (ms: number, perSecond: number): void => {
      for (let t = 0; t < ms; t += 250) {
        clock.advance(250);
        units += perSecond / 4;
        last = window.sample({ units })?.units;
      }
    };
    run(10_000, 400);
    expect(last).toBe(400);
    run(2500, 100);
    expect(last).toBe(250);
    run(2500, 100);
    expect(last).toBe(100);
  });

  it('keeps the settling time out of every window, the start included', () => {
    const clock = fakeClock();
    const window = new RateWindow({ units: 0 }, { settleMs: 1000 }, clock.now);
    // A burst of 100 units in the first 250 ms, then 100 a second.
    let units = 0;
    const seen: Array<[number, number | undefined]> = [];
    for (let ms = 250; ms <= 4000; ms += 250) {
      clock.advance(250);
      units += ms === 250 ? 125 : 25;
      seen.push([ms, window.sample({ units })?.units]);
    }
    expect(seen.filter(([, rate]) => rate !== undefined)).toEqual([[3000, 100], [3250, 100], [3500, 100], [3750, 100], [4000, 100]]);
  });

  it('starts afresh on restart (e.g. after a pause)', () => {
    const clock = fakeClock();
    const window = new RateWindow({ rows: 0 }, { settleMs: 1000 }, clock.now);
    let rows = 0;
    for (let t = 0; t < 20; t++) {
      clock.advance(250);
      rows += 250;
      window.sample({ rows });
    }
    expect(window.sample({ rows })?.rows).toBe(1000);
    // Paused for 30 s, then resumed: the first second after it (the limiter's refilled bucket) is left out.
    clock.advance(30_000);
    window.restart({ rows });
    clock.advance(1000);
    expect(window.sample({ rows: rows + 1000 })).toBeUndefined();
    clock.advance(1000);
    expect(window.sample({ rows: rows + 3000 })).toBeUndefined();
    clock.advance(1000);
    expect(window.sample({ rows: rows + 5000 })).toEqual({ rows: 2000 });
  });

  it('tells the rate up to now without recording it', () => {
    const clock = fakeClock();
    const window = new RateWindow({ rows: 0 }, {}, clock.now);
    clock.advance(1000);
    expect(window.current({ rows: 500 })).toBeUndefined();
    clock.advance(1000);
    expect(window.current({ rows: 1000 })).toEqual({ rows: 500 });
    clock.advance(2000);
    expect(window.sample({ rows: 4000 })).toEqual({ rows: 1000 });
  });
});
