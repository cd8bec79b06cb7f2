/**
 * Provisioned capacity for a load: the capacity units a target utilisation needs (capacity =
 * ceil(load / target), at least 1 unit, since provisioned tables and auto scaling start at 1;
 * keyspaces-facts §13), the auto-scaling settings that follow the daily profile (min: the quietest
 * hour, max: the peak second), the unit-hours a month of that costs, and the break-even
 * utilisation against on-demand pricing.
 */
import type { RateStats } from '../sources/query-logs/rates.js';
import { minOf } from '../shared/arrays.js';

/** Keyspaces' default per-table throughput quota, per second, for reads and for writes (keyspaces-facts §15). */
export const TABLE_THROUGHPUT_QUOTA = 40_000;
/** The range Keyspaces accepts for an auto-scaling target utilisation, in percent (keyspaces-facts §13). */
export const TARGET_UTILIZATION_RANGE = { min: 20, max: 90 } as const;

const HOURS_PER_DAY = 24;
const SECONDS_PER_HOUR = 3600;

/** Provisioned capacity for one kind (reads or writes) of one table. */
export interface CapacityPlan {
  /** Target utilisation, 0–1. */
  target: number;
  /** Capacity that carries the peak second at the target utilisation, held all month. */
  fixed: number;
  /** Auto-scaling minimum: the quietest hour of the day at the target utilisation. */
  min: number;
  /** Auto-scaling maximum: the peak second at the target utilisation. */
  max: number;
  /** Capacity auto scaling holds in each UTC hour of the day (following the hourly average). */
  hourly: number[];
  /** Capacity unit-hours of a month with auto scaling. */
  unitHours: number;
  /** Capacity unit-hours of a month at `fixed`. */
  fixedUnitHours: number;
  /** Average load / average capacity with auto scaling, 0–1. */
  utilization: number;
  /** The peak needs more than the default per-table quota. */
  overQuota: boolean;
}

/** Capacity for `load` (units per second) at `target` utilisation over a month of `hoursPerMonth`. */
export function planCapacity(load: RateStats, target: number, hoursPerMonth: number): CapacityPlan {
  const units = (perSecond: number): number => Math.max(1, Math.ceil(roundUp(perSecond / target)));
  const max = units(load.peak);
  const hourly = load.hourly.map((avg) => Math.min(max, units(avg)));
  const min = minOf(hourly, max);
  const days = hoursPerMonth / HOURS_PER_DAY;
  const unitHours = hourly.reduce((a, b) => a + b, 0) * days;
  const averageCapacity = unitHours / hoursPerMonth;
  return {
    target,
    fixed: max,
    min,
    max,
    hourly,
    unitHours,
    fixedUnitHours: max * hoursPerMonth,
    utilization: averageCapacity > 0 ? load.average / averageCapacity : 0,
    overQuota: max > TABLE_THROUGHPUT_QUOTA,
  };
}

/**
 * The utilisation above which provisioned capacity costs less than on-demand requests: a capacity
 * unit-hour buys 3,600 unit-seconds, so provisioned wins while average load / capacity >
 * (price per unit-hour / 3,600) / (price per request unit).
 */
export function breakEvenUtilization(unitHourPrice: number, requestUnitPrice: number): number {
  return requestUnitPrice > 0 ? unitHourPrice / SECONDS_PER_HOUR / requestUnitPrice : Number.POSITIVE_INFINITY;
}

// Loads are sums of fractions (0.5 units at LOCAL_ONE, shares of failed conditions): keep 1e-9 of slack so 7/0.7 stays 10.
function roundUp(x: number): number {
  return Math.abs(x - Math.round(x)) < 1e-9 ? Math.round(x) : x;
}
