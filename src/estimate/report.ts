/**
 * The estimate as data: what `ksmig estimate --json` prints (one object) and what the text and
 * Markdown views render. Scripts rely on `region`, `monthly.{onDemand,provisioned,storage}`,
 * `tables[]` and `shapes[].{shape,perRun.{rru,wcu},perSecond,monthly.{onDemand,provisioned}}`;
 * the other fields may grow. Money is in `currency` per month, rounded to cents.
 */
import type { AccessPath, Assumption } from './statement-cost.js';
import type { SizeBasis } from './sizes.js';

/** Where the request rates came from. */
export type RateBasis =
  /** A query log with timestamps: per-second rates, percentiles and the daily profile. */
  | 'log'
  /** A query log without timestamps, spread over `--log-seconds`. */
  | 'log-seconds'
  /** A query log without timestamps and no `--log-seconds`: each shape once per second. */
  | 'log-once-per-second'
  /** `--reads` / `--writes` per table. */
  | 'flags'
  /** No log and no rate flags: each statement of the inputs once per second. */
  | 'once-per-second';

/** A per-second load: units (or executions) per second. */
export interface LoadSummary {
  average: number;
  p95: number;
  peak: number;
}

/** Monthly money of one mode. */
export interface ModeCost {
  onDemand: number;
  provisioned: number;
}

/** Auto-scaling settings for one kind of capacity. */
export interface AutoScalingSettings {
  /** Minimum capacity units. */
  min: number;
  /** Maximum capacity units. */
  max: number;
  /** Target utilisation in percent (Keyspaces accepts 20–90). */
  targetUtilization: number;
  /** Capacity to provision without auto scaling (the peak at the target utilisation). */
  fixed: number;
  /** Average load / average capacity with these settings, 0–1. */
  utilization: number;
  /** The peak needs more than the default per-table quota of 40,000 units. */
  overQuota: boolean;
}

/** One table. */
export interface TableEstimate {
  table: string;
  rows?: number | undefined;
  partitions?: number | undefined;
  /** Average encoded row size (throughput formula). */
  rowBytes: number;
  /** Billable storage (rows × (row + 100 B) + static data). */
  storageBytes?: number | undefined;
  /** Where rows and sizes came from. */
  sizes: SizeBasis[];
  /** Read units per second (LOCAL_QUORUM units; LOCAL_ONE reads count half). */
  reads: LoadSummary;
  /** Write units per second (in the home Region). */
  writes: LoadSummary;
  monthly: ModeCost & { storage: number };
  autoScaling: { read: AutoScalingSettings; write: AutoScalingSettings };
}

/** An audit finding that explains a shape's cost. */
export interface ShapeFinding {
  ruleId: string;
  rule: string;
  severity: string;
  message: string;
}

/** What a shape would cost after the fix its finding suggests. */
export interface ShapeFix {
  /** The rule whose advice this is (absent for a scan no rule reported, e.g. a full-table SELECT). */
  ruleId?: string | undefined;
  kind: 'keyed-table' | 'unlogged-batch' | 'split-static-write';
  /** Monthly cost on demand after the fix (the new table's reads, writes and storage for `keyed-table`). */
  monthly: { onDemand: number };
  /** Monthly saving on demand. */
  saving: number;
  /** For `keyed-table`: the columns the new table would be keyed by. */
  keyedBy?: string[] | undefined;
  /** For `keyed-table`: the parts of `monthly.onDemand`. */
  parts?: { reads: number; writes: number; storage: number } | undefined;
}

/** One statement shape. */
export interface ShapeEstimate {
  /** Normalised statement text (literals replaced by `?`). */
  shape: string;
  kind: 'read' | 'write';
  tables: string[];
  /** Units of one execution: read units (LOCAL_QUORUM units; LOCAL_ONE counts half) and write units, across all its tables. */
  perRun: { rru: number; wcu: number };
  /** Average executions per second. */
  perSecond: number;
  /** Executions per second: average, 95th percentile, peak. */
  rate: LoadSummary;
  monthly: ModeCost;
  /** Share of the on-demand request bill, 0–1. */
  share: number;
  /** TTL deletes one execution causes when its rows expire. */
  ttlDeletesPerRun?: number | undefined;
  /** A conditional write whose condition fails: its units. */
  failedCondition?: { rru: number; wcu: number } | undefined;
  /** How the read finds its rows, and how much it reads against what it returns. */
  read?: { path: AccessPath; bytesRead: number; bytesReturned?: number | undefined; readPerReturned?: number | undefined } | undefined;
  findings: ShapeFinding[];
  fix?: ShapeFix | undefined;
  /** Where the shape comes from: `file:line` of statements, or the log and the line of its first execution. */
  sources: string[];
  /** Executions in the query log. */
  count?: number | undefined;
  assumptions: Assumption[];
}

/** Monthly cost by part. */
export interface CostBreakdown {
  reads: number;
  writes: number;
  /** Writes billed in the replica Regions (included in `writes`). */
  replicaWrites: number;
  ttlDeletes: number;
  storage: number;
  pitr: number;
  total: number;
}

/** The whole estimate. */
export interface EstimateReport {
  region: string;
  currency: string;
  monthly: { onDemand: number; provisioned: number; storage: number };
  /** The cheaper capacity mode for this workload. */
  recommendation: 'on-demand' | 'provisioned';
  breakdown: { onDemand: CostBreakdown; provisioned: CostBreakdown };
  replicaRegions: string[];
  pitr: boolean;
  /** Target utilisation for provisioned capacity, percent. */
  targetUtilization: number;
  /** Utilisation of provisioned capacity above which it costs less than on-demand, 0–1. */
  breakEven: { read: number; write: number };
  rates: { basis: RateBasis; from?: string | undefined; to?: string | undefined; seconds?: number | undefined; statements?: number | undefined };
  prices: { source: string; sourceUrl?: string | undefined; date: string; file?: string | undefined; regions: string[]; hoursPerMonth: number };
  tables: TableEstimate[];
  shapes: ShapeEstimate[];
  /** How the figures were reached and what they leave out, in words. */
  notes: string[];
}
