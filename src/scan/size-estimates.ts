/**
 * Table size estimates from `system.size_estimates`: each node's estimate of the partitions and
 * mean partition size of the token ranges it owns (refreshed every few minutes; absent right after
 * a table is created). Used to size and weight ranges and to estimate a copy's work.
 */
import type cassandra from 'cassandra-driver';
import { parseToken } from './tokens.js';
import { contains, type TokenRange } from './ranges.js';

/** One node's estimate for one of its ranges. */
export interface RangeEstimate {
  range: TokenRange;
  partitions: number;
  meanPartitionBytes: number;
}

/** A table's estimates: per range, and the totals. */
export interface SizeEstimates {
  ranges: RangeEstimate[];
  partitions: number;
  bytes: number;
}

/**
 * Reads the estimates of `keyspace.table` from every node that answers (each node knows only its
 * own ranges); duplicates from replicas are kept once per range. Empty when none are recorded.
 */
export async function readSizeEstimates(client: cassandra.Client, keyspace: string, table: string): Promise<SizeEstimates> {
  const seen = new Map<string, RangeEstimate>();
  const query = 'SELECT range_start, range_end, partitions_count, mean_partition_size FROM system.size_estimates WHERE keyspace_name = ? AND table_name = ?';
  for (const host of client.hosts.values()) {
    if (!host.isUp()) continue;
    const rs = await client.execute(query, [keyspace, table], { prepare: true, host }).catch(() => undefined);
    for (const row of rs?.rows ?? []) {
      const start = parseToken(String(row.get('range_start')));
      const end = parseToken(String(row.get('range_end')));
      const key = `${start}:${end}`;
      const partitions = Number(row.get('partitions_count') ?? 0);
      const meanPartitionBytes = Number(row.get('mean_partition_size') ?? 0);
      const previous = seen.get(key);
      if (previous === undefined || previous.partitions < partitions) seen.set(key, { range: { start, end }, partitions, meanPartitionBytes });
    }
  }
  const ranges = [...seen.values()];
  return {
    ranges,
    partitions: ranges.reduce((a, r) => a + r.partitions, 0),
    bytes: ranges.reduce((a, r) => a + r.partitions * r.meanPartitionBytes, 0),
  };
}

/** The estimated partitions of `range`: the estimate of the node range that holds its end, scaled by width. */
export function estimatedPartitions(estimates: SizeEstimates, range: TokenRange): number {
  const holder = estimates.ranges.find((e) => (e.range.start < e.range.end ? contains(e.range, range.end) : range.end > e.range.start || range.end <= e.range.end));
  if (holder === undefined) return 0;
  const holderWidth = holder.range.start < holder.range.end ? holder.range.end - holder.range.start : 0n;
  if (holderWidth <= 0n) return holder.partitions;
  return (holder.partitions * Number(range.end - range.start)) / Number(holderWidth);
}
