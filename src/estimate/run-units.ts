/**
 * Units of one run of a statement once the run's circumstances are known: which share of its reads
 * ran at ONE / LOCAL_ONE (half price), and which share of its conditional writes failed; and the
 * per-second unit timeline of each table, built from a timestamped log one record at a time.
 */
import { extendSpan, RateTracker, type RateStats, type TimeSpan } from '../sources/query-logs/rates.js';
import type { StatementCost } from './statement-cost.js';

/** Read consistencies Keyspaces accepts (keyspaces-facts §3). */
export const READ_CONSISTENCIES = ['LOCAL_QUORUM', 'LOCAL_ONE', 'ONE'] as const;
export type ReadConsistency = (typeof READ_CONSISTENCIES)[number];

/** Consistency levels metered as eventually consistent reads (half a unit per 4 KB). */
const EVENTUAL = new Set(['ONE', 'LOCAL_ONE']);

/** Units of one table for one run. */
export interface TableRunUnits {
  rru: number;
  wcu: number;
  ttlDeletes: number;
}

/** Units of one run (expected values when a share of reads is eventual or of conditions fails). */
export interface RunUnits extends TableRunUnits {
  byTable: Map<string, TableRunUnits>;
}

/** Share of a shape's executions metered as eventually consistent, from the levels a log recorded, else `fallback`. */
export function eventualShare(consistencies: Readonly<Record<string, number>>, fallback: ReadConsistency): number {
  let total = 0;
  let eventual = 0;
  for (const [level, n] of Object.entries(consistencies)) {
    total += n;
    if (EVENTUAL.has(level.toUpperCase())) eventual += n;
  }
  if (total === 0) return EVENTUAL.has(fallback) ? 1 : 0;
  return eventual / total;
}

/** Expected units of one run of `cost`. */
export function runUnits(cost: StatementCost, eventual: number, failureRate: number): RunUnits {
  const byTable = new Map<string, TableRunUnits>();
  const total: RunUnits = { rru: 0, wcu: 0, ttlDeletes: 0, byTable };
  for (const c of cost.charges) {
    const failed = c.failedWrite !== undefined ? failureRate : 0;
    const rru = (1 - eventual) * c.readStrong + eventual * c.readEventual + failed * (c.failedRead ?? 0);
    const wcu = (1 - failed) * c.write + failed * (c.failedWrite ?? 0);
    // A write whose condition fails writes nothing, so nothing of it expires.
    const ttlDeletes = (1 - failed) * c.ttlDeletes;
    const row = byTable.get(c.table) ?? { rru: 0, wcu: 0, ttlDeletes: 0 };
    row.rru += rru;
    row.wcu += wcu;
    row.ttlDeletes += ttlDeletes;
    byTable.set(c.table, row);
    total.rru += rru;
    total.wcu += wcu;
    total.ttlDeletes += ttlDeletes;
  }
  return total;
}

/** Read and write units per second of one table. */
export interface TableLoad {
  read: RateStats;
  write: RateStats;
}

/** Per-table read and write units per second over a log's timeline, fed record by record. */
export class UnitTimeline {
  private readonly trackers = new Map<string, { read: RateTracker; write: RateTracker }>();
  private span: TimeSpan | undefined;

  /** Adds one run at `ms` with its units. */
  add(ms: number, units: RunUnits): void {
    this.span = extendSpan(this.span, ms);
    for (const [table, u] of units.byTable) {
      let t = this.trackers.get(table);
      if (t === undefined) this.trackers.set(table, (t = { read: new RateTracker(), write: new RateTracker() }));
      if (u.rru > 0) t.read.add(ms, u.rru);
      if (u.wcu > 0) t.write.add(ms, u.wcu);
    }
  }

  /** The load of every table over `span` (the whole log's span), or an empty map when nothing was added. */
  finish(span: TimeSpan | undefined = this.span): Map<string, TableLoad> {
    const out = new Map<string, TableLoad>();
    if (span === undefined) return out;
    for (const [table, t] of this.trackers) out.set(table, { read: t.read.finish(span), write: t.write.finish(span) });
    return out;
  }
}
