/**
 * Token-range arithmetic: a ring from node tokens, unwrapping, splitting by weight, and the
 * invariant copy and verify rely on — the ranges cover the whole ring exactly once, contiguous,
 * without overlap.
 */
import type { Partitioner } from './tokens.js';

/** `(start, end]`; never wrapping once returned by {@link unwrap}. */
export interface TokenRange {
  start: bigint;
  end: bigint;
}

/** Number of tokens in a non-wrapping range. */
export function width(range: TokenRange): bigint {
  return range.end - range.start;
}

/**
 * The ranges between consecutive tokens of a ring (`(t[i-1], t[i]]`, and the wrapping one from the
 * last token to the first), unwrapped so none crosses the minimum token. Tokens may come in any
 * order and repeat. No tokens (or only one) gives the whole ring.
 */
export function ringRanges(tokens: readonly bigint[], partitioner: Partitioner): TokenRange[] {
  const sorted = [...new Set(tokens)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined || sorted.length === 1) return [{ start: partitioner.min, end: partitioner.max }];
  const out: TokenRange[] = [];
  // The wrapping range (last, first] unwrapped: (min, first] and (last, max].
  if (first !== partitioner.min) out.push({ start: partitioner.min, end: first });
  for (let i = 1; i < sorted.length; i++) out.push({ start: sorted[i - 1] as bigint, end: sorted[i] as bigint });
  if (last !== partitioner.max) out.push({ start: last, end: partitioner.max });
  return out;
}

/** Splits `(start, end]` into at most `parts` contiguous, non-empty pieces of near-equal width. */
export function splitRange(range: TokenRange, parts: number): TokenRange[] {
  const total = width(range);
  const n = BigInt(Math.max(1, Math.min(parts, Number(total > 1_000_000n ? 1_000_000n : total))));
  const out: TokenRange[] = [];
  let start = range.start;
  for (let i = 1n; i <= n; i++) {
    const end = i === n ? range.end : range.start + (total * i) / n;
    if (end > start) out.push({ start, end });
    start = end;
  }
  return out;
}

/**
 * Splits `ranges` into `target` pieces (at least one per range, and never more pieces than a range
 * has tokens), each range getting a share proportional to its weight (estimated bytes or rows;
 * token width when no weight is known), shares rounded by largest remainder so they add up.
 * Order is kept: the result is still in token order when the input was.
 */
export function splitByWeight(ranges: readonly TokenRange[], target: number, weight: (range: TokenRange) => number = (r) => Number(width(r))): TokenRange[] {
  const n = ranges.length;
  const goal = Math.max(n, Math.floor(target));
  const weights = ranges.map((r) => Math.max(0, weight(r)));
  const total = weights.reduce((a, b) => a + b, 0);
  // Every range keeps one piece; the rest are shared out by weight.
  const spare = goal - n;
  const exact = weights.map((w) => (total > 0 ? (w / total) * spare : spare / n));
  const shares = exact.map((e) => 1 + Math.floor(e));
  let left = goal - shares.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    shares[i] = (shares[i] ?? 1) + 1;
    left--;
  }
  const out: TokenRange[] = [];
  ranges.forEach((range, i) => {
    for (const piece of splitRange(range, shares[i] ?? 1)) out.push(piece);
  });
  return out;
}

/**
 * Checks that `ranges` (in any order) cover the whole ring of `partitioner` exactly once: sorted,
 * the first starts at the minimum, each starts where the previous ended, the last ends at the
 * maximum, none is empty or wrapping. Returns the first problem, or undefined.
 */
export function coverageProblem(ranges: readonly TokenRange[], partitioner: Partitioner): string | undefined {
  const sorted = [...ranges].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  let at = partitioner.min;
  for (const r of sorted) {
    if (r.end <= r.start) return `empty or wrapping range (${r.start}, ${r.end}]`;
    if (r.start < at) return `ranges overlap at ${r.start}`;
    if (r.start > at) return `gap between ${at} and ${r.start}`;
    at = r.end;
  }
  return at === partitioner.max ? undefined : `the ring is not covered from ${at} to ${partitioner.max}`;
}

/** True when `token` lies in `(range.start, range.end]`. */
export function contains(range: TokenRange, token: bigint): boolean {
  return token > range.start && token <= range.end;
}
