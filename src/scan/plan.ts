/**
 * Work plans shared by copy and verify: each table's token ranges (the ring split into many more
 * ranges than workers) and this process's share of them under `--shard i/N`. Sharded plans depend
 * on the ring alone, so every shard computes the same ranges without talking to the others; an
 * unsharded plan is sized from `system.size_estimates`.
 */
import { ringRanges, splitByWeight, type TokenRange } from './ranges.js';
import { estimatedPartitions, type SizeEstimates } from './size-estimates.js';
import type { Partitioner } from './tokens.js';

/** This process's part of a sharded job: `index` of `count`, 1-based. */
export interface Shard {
  index: number;
  count: number;
}

/** Data per range aimed for when sizing from estimates (bytes). */
const BYTES_PER_RANGE = 8 * 1024 * 1024;
/** Ranges per ring range of a sharded plan (shards share them out, so more keeps them even). */
const DEFAULT_PER_RING_RANGE = 16;
const MAX_RANGES = 65_536;

/**
 * The ranges of one table. `splits` (from `--splits`) wins; otherwise estimates size the split
 * (about 8 MB of data per range, at least 4 per ring range) unless the plan is sharded, when the
 * count comes from the ring only. Ranges come back in token order.
 */
export function planTableRanges(tokens: readonly bigint[], partitioner: Partitioner, options: { splits?: number | undefined; estimates?: SizeEstimates | undefined; sharded: boolean }): TokenRange[] {
  const ring = ringRanges(tokens, partitioner);
  let target: number;
  if (options.splits !== undefined) target = options.splits;
  else if (!options.sharded && options.estimates !== undefined && options.estimates.bytes > 0) target = Math.max(ring.length * 4, Math.ceil(options.estimates.bytes / BYTES_PER_RANGE));
  else target = ring.length * (options.sharded ? DEFAULT_PER_RING_RANGE : 4);
  target = Math.min(MAX_RANGES, Math.max(ring.length, target));
  const estimates = options.estimates;
  const weighted = !options.sharded && estimates !== undefined && estimates.partitions > 0;
  return splitByWeight(ring, target, weighted ? (r) => estimatedPartitions(estimates, r) + 1 : undefined);
}

/** The plan ids (indexes into `ranges`) that belong to `shard`: every N-th, so each shard's work is spread over the ring. */
export function shardIndexes(total: number, shard: Shard | undefined): number[] {
  const out: number[] = [];
  for (let i = 0; i < total; i++) if (shard === undefined || i % shard.count === shard.index - 1) out.push(i);
  return out;
}

/** Parses `i/N`. */
export function parseShard(text: string): Shard | undefined {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return undefined;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return index >= 1 && count >= 1 && index <= count ? { index, count } : undefined;
}
