import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contains, coverageProblem, ringRanges, splitByWeight, splitRange, width, type TokenRange } from '../../src/scan/ranges.js';
import { MURMUR3, RANDOM, partitionerOf, parseToken, type Partitioner } from '../../src/scan/tokens.js';

const tokenIn = (p: Partitioner) => fc.bigInt({ min: p.min + 1n, max: p.max });

describe.each([MURMUR3, RANDOM])('token ranges of $className', (p) => {
  it('cover the ring exactly once for any set of node tokens (vnodes, duplicates, the extremes)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(tokenIn(p), fc.constant(p.max), fc.constant(p.min)), { maxLength: 64 }), (tokens) => {
        const ranges = ringRanges(tokens, p);
        expect(coverageProblem(ranges, p)).toBeUndefined();
        for (const r of ranges) expect(r.end > r.start).toBe(true);
      }),
    );
  });

  it('stay contiguous and complete when split by weight', () => {
    fc.assert(
      fc.property(fc.array(tokenIn(p), { maxLength: 32 }), fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 1000 }), (tokens, target, seed) => {
        const ranges = ringRanges(tokens, p);
        const split = splitByWeight(ranges, target, (r) => ((Number(r.start % 997n) + seed) % 13) * 10);
        expect(coverageProblem(split, p)).toBeUndefined();
        // Order is kept: token order in, token order out.
        for (let i = 1; i < split.length; i++) expect((split[i] as TokenRange).start).toBe((split[i - 1] as TokenRange).end);
      }),
    );
  });

  it('place every key token in exactly one range', () => {
    fc.assert(
      fc.property(fc.array(tokenIn(p), { maxLength: 16 }), fc.array(tokenIn(p), { minLength: 1, maxLength: 50 }), (tokens, keys) => {
        const ranges = splitByWeight(ringRanges(tokens, p), 40);
        for (const key of keys) expect(ranges.filter((r) => contains(r, key))).toHaveLength(1);
      }),
    );
  });
});

describe('splitting one range', () => {
  it('gives near-equal, non-empty pieces and never more pieces than tokens', () => {
    const pieces = splitRange({ start: 0n, end: 100n }, 3);
    expect(pieces).toEqual([
      { start: 0n, end: 33n },
      { start: 33n, end: 66n },
      { start: 66n, end: 100n },
    ]);
    expect(splitRange({ start: 5n, end: 7n }, 10)).toEqual([
      { start: 5n, end: 6n },
      { start: 6n, end: 7n },
    ]);
    expect(width({ start: MURMUR3.min, end: MURMUR3.max })).toBe(2n ** 64n - 1n);
  });

  it('reports gaps, overlaps and an uncovered end', () => {
    expect(coverageProblem([{ start: MURMUR3.min, end: 0n }], MURMUR3)).toMatch(/not covered from 0/);
    expect(coverageProblem([{ start: MURMUR3.min, end: 0n }, { start: 5n, end: MURMUR3.max }], MURMUR3)).toMatch(/gap between 0 and 5/);
    expect(coverageProblem([{ start: MURMUR3.min, end: 10n }, { start: 5n, end: MURMUR3.max }], MURMUR3)).toMatch(/overlap/);
  });
});

describe('partitioners', () => {
  it('knows Murmur3 and Random by class name and nothing else', () => {
    expect(partitionerOf('org.apache.cassandra.dht.Murmur3Partitioner')).toBe(MURMUR3);
    expect(partitionerOf('org.apache.cassandra.dht.RandomPartitioner')).toBe(RANDOM);
    expect(partitionerOf('com.amazonaws.cassandra.DefaultPartitioner')).toBeUndefined();
    expect(parseToken('-9223372036854775807')).toBe(-(2n ** 63n) + 1n);
    expect(() => parseToken('12a')).toThrow(RangeError);
  });
});

describe('split counts', () => {
  it('gives exactly the number of ranges asked for when the ring has room for them', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: MURMUR3.min + 1n, max: MURMUR3.max }), { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 3000 }), (tokens, target) => {
        const ring = ringRanges(tokens, MURMUR3);
        const wide = ring.every((r) => width(r) > 1_000_000n);
        fc.pre(wide);
        expect(splitByWeight(ring, target)).toHaveLength(Math.max(ring.length, target));
        expect(splitByWeight(ring, target, (r) => Number(r.start % 7n))).toHaveLength(Math.max(ring.length, target));
      }),
    );
  });
});
