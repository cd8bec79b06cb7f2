import { describe, expect, it } from 'vitest';
import { TokenBucket } from '../../src/keyspaces/token-bucket.js';

function fakeClock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('TokenBucket', () => {
  it('starts full with one second of burst and refills continuously', () => {
    const clock = fakeClock();
    const bucket = new TokenBucket(10, clock.now);
    for (let i = 0; i < 10; i++) expect(bucket.take(1)).toBe(true);
    expect(bucket.take(1)).toBe(false);
    clock.advance(99);
    expect(bucket.take(1)).toBe(false);
    clock.advance(1);
    expect(bucket.take(1)).toBe(true);
    clock.advance(10_000);
    expect(bucket.available()).toBe(10);
  });

  it('admits a request larger than the burst only from a full bucket, then owes the rest', () => {
    const clock = fakeClock();
    const bucket = new TokenBucket(10, clock.now);
    expect(bucket.take(25)).toBe(true);
    expect(bucket.available()).toBe(-15);
    clock.advance(1500);
    expect(bucket.take(1)).toBe(false);
    clock.advance(1000);
    expect(bucket.available()).toBe(10);
    expect(bucket.take(25)).toBe(true);
  });

  it('refuses a non-positive rate', () => {
    expect(() => new TokenBucket(0, Date.now)).toThrow(RangeError);
  });
});

describe('TokenBucket rate changes and waits', () => {
  it('says how long until units can be taken', () => {
    const clock = fakeClock();
    const bucket = new TokenBucket(100, clock.now);
    expect(bucket.waitMs(50)).toBe(0);
    expect(bucket.take(100)).toBe(true);
    expect(bucket.waitMs(10)).toBe(100);
    clock.advance(100);
    expect(bucket.waitMs(10)).toBe(0);
  });

  it('keeps the balance, capped, when the rate changes', () => {
    const clock = fakeClock();
    const bucket = new TokenBucket(100, clock.now);
    bucket.setRate(10);
    expect(bucket.available()).toBe(10);
    bucket.setRate(1000);
    expect(bucket.available()).toBe(10);
    clock.advance(10);
    expect(bucket.available()).toBe(20);
    expect(() => bucket.setRate(-1)).toThrow(RangeError);
  });

  it('holds several seconds of burst when asked to', () => {
    const clock = fakeClock();
    const bucket = new TokenBucket(10, clock.now, 3);
    expect(bucket.capacity).toBe(30);
    expect(bucket.take(30)).toBe(true);
    expect(bucket.take(1)).toBe(false);
  });
});
