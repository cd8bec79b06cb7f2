import { describe, expect, it } from 'vitest';
import { TokenBucket } from '../../src/keyspaces/token-bucket.js';
import { BURST_SECONDS } from '../../src/copy/rate-limiter.js';
import { COPY_SPEED_OPTIONS } from '../../src/copy/copier.js';
import { RateWindow } from '../../src/shared/rate-window.js';

/**
 * A copy at `limit` WCU/s that always has more to write: every millisecond it takes what the
 * limiter's bucket allows, and each write is counted once it completes, `latencyMs` later. The
 * speed is sampled every 250 ms, as the copier's progress ticker does. Returns the WCU/s told at
 * each sample (undefined: measuring).
 */
function simulate(limit: number, latencyMs: number, seconds: number, options = COPY_SPEED_OPTIONS): Array<[ms: number, rate: number | undefined]> {
  let now = 1_000_000;
  const clock = (): number => now;
  const bucket = new TokenBucket(limit, clock, BURST_SECONDS);
  const speed = new RateWindow({ units: 0 }, options, clock);
  const completing: Array<{ at: number; units: number }> = [];
  let written = 0;
  const told: Array<[number, number | undefined]> = [];
  for (let ms = 1; ms <= seconds * 1000; ms++) {
    now += 1;
    while (bucket.take(1)) completing.push({ at: now + latencyMs, units: 1 });
    while (completing.length > 0 && (completing[0] as { at: number }).at <= now) written += (completing.shift() as { units: number }).units;
    if (ms % 250 === 0) told.push([ms, speed.sample({ units: written })?.units]);
  }
  return told;
}

describe('the copy speed against the write limiter', () => {
  it('never tells the bucket\'s opening burst as if the limit were broken, whatever the latency', () => {
    const latencies = [5, 100, 300, 700];
    const rates = latencies.map((latencyMs) => simulate(100, latencyMs, 12).filter(([, rate]) => rate !== undefined).map(([, rate]) => Math.round(rate as number)));
    expect(rates.map((told) => Math.max(...told))).toEqual(latencies.map(() => 100));
    // Truthful, not held down: once measured, the speed is the limit the copy runs at.
    for (const told of rates) {
      expect(Math.min(...told)).toBeGreaterThanOrEqual(95);
      expect(told.length).toBeGreaterThan(30);
    }
  });

  it('says measuring for the first seconds rather than 0, then tells the pace', () => {
    const told = simulate(100, 300, 4);
    const first = told.findIndex(([, rate]) => rate !== undefined);
    expect(told.slice(0, first).every(([, rate]) => rate === undefined)).toBe(true);
    expect(told[first]?.[0]).toBeLessThanOrEqual(3250);
    expect(told.slice(first).every(([, rate]) => rate !== undefined && rate > 0)).toBe(true);
  });

  it('is measured, not clamped: from the very start the burst shows, as it really went', () => {
    // Without leaving the opening out, the first two seconds hold 300 units at a 100 WCU/s limit: two seconds of refill and the one-second burst.
    const told = simulate(100, 5, 3, { settleMs: 0 });
    expect(Math.round(told.find(([ms]) => ms === 2000)?.[1] ?? 0)).toBe(150);
  });
});
