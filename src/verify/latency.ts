/** Latency percentiles from a run's timings (nearest-rank, in milliseconds). */
import type { Latency } from './events.js';

/** The `p`-th percentile (0–100) of `samples` by nearest rank; 0 when there are none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

/** p50 and p99 of `samples`, rounded to 0.01 ms. */
export function latencyOf(samples: readonly number[]): Latency {
  const round = (ms: number): number => Math.round(ms * 100) / 100;
  return { p50: round(percentile(samples, 50)), p99: round(percentile(samples, 99)) };
}
