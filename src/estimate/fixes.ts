/**
 * What an expensive shape would cost after the change its audit finding advises:
 *
 * - a scan that filters on columns with `=` (KS3003 allow-filtering, or a SELECT without the
 *   partition key): a table keyed by those columns, read one partition per run (ceil(bytes
 *   returned / 4 KB) read units), kept written by every write of the original table (its write
 *   cost again) and stored (its storage again);
 * - a logged batch (KS6008): the same writes unlogged, at half the write units (keyspaces-facts §5);
 * - a write of static and regular columns together (KS3020): two writes, WCU(non-static) +
 *   WCU(static) instead of twice each (§10).
 *
 * Monthly figures are on demand; the model passes the prices in.
 */
import { readUnits } from '../keyspaces/metering.js';
import type { ShapeFix } from './report.js';
import type { StatementCost } from './statement-cost.js';

/** The monthly figures of the shape and its table that a fix is weighed against. */
export interface FixContext {
  cost: StatementCost;
  /** Executions per second. */
  perSecond: number;
  /** Share of reads at ONE / LOCAL_ONE. */
  eventual: number;
  /** The shape's monthly on-demand cost now. */
  onDemand: number;
  /** Seconds in the month. */
  secondsPerMonth: number;
  /** Price of a read request unit; of a write request unit in every Region the writes are billed in. */
  readPrice: number;
  writePrice: number;
  /** The table's monthly on-demand write cost (every write shape), and its storage cost. */
  tableWrites: number;
  tableStorage: number;
  /** Rule ids of the findings attached to the shape. */
  ruleIds: ReadonlySet<string>;
}

const ALLOW_FILTERING = 'KS3003';
const LOGGED_BATCH_COST = 'KS6008';
const STATIC_AND_REGULAR = 'KS3020';

/** The fix to price for a shape, if any. */
export function shapeFix(ctx: FixContext): ShapeFix | undefined {
  const { cost } = ctx;
  const read = cost.read;
  if (read !== undefined && read.path === 'scan' && read.filterColumns.length > 0 && !read.rangeFilter && read.bytesReturned !== undefined) {
    const perRun = (1 - ctx.eventual) * readUnits(read.bytesReturned, 'strong') + ctx.eventual * readUnits(read.bytesReturned, 'eventual');
    const reads = ctx.perSecond * ctx.secondsPerMonth * perRun * ctx.readPrice;
    const total = reads + ctx.tableWrites + ctx.tableStorage;
    if (total >= ctx.onDemand) return undefined;
    return {
      ruleId: ctx.ruleIds.has(ALLOW_FILTERING) ? ALLOW_FILTERING : undefined,
      kind: 'keyed-table',
      monthly: { onDemand: total },
      saving: ctx.onDemand - total,
      keyedBy: read.filterColumns,
      parts: { reads, writes: ctx.tableWrites, storage: ctx.tableStorage },
    };
  }
  const write = cost.write;
  if (write === undefined) return undefined;
  const writeCost = (units: number): number => ctx.perSecond * ctx.secondsPerMonth * units * ctx.writePrice;
  const current = cost.charges.reduce((n, c) => n + c.write, 0);
  const rest = ctx.onDemand - writeCost(current);
  if (write.logged && write.unloggedUnits < current) {
    const after = rest + writeCost(write.unloggedUnits);
    return {
      ruleId: ctx.ruleIds.has(LOGGED_BATCH_COST) ? LOGGED_BATCH_COST : undefined,
      kind: 'unlogged-batch',
      monthly: { onDemand: after },
      saving: ctx.onDemand - after,
    };
  }
  if (write.mixedStatic > 0 && write.splitUnits < current) {
    const after = rest + writeCost(write.splitUnits);
    return {
      ruleId: ctx.ruleIds.has(STATIC_AND_REGULAR) ? STATIC_AND_REGULAR : undefined,
      kind: 'split-static-write',
      monthly: { onDemand: after },
      saving: ctx.onDemand - after,
    };
  }
  return undefined;
}
