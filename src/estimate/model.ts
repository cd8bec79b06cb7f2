/**
 * The cost model: statement shapes with their per-run units and rates, tables with their sizes and
 * per-second loads, and a Region's prices in; the monthly bill on demand and with provisioned
 * capacity out, per table and per shape, sorted by cost.
 *
 * - On demand, a shape costs rate × seconds per month × (RRU × read price + WCU × write price in
 *   every Region the writes are billed in + TTL deletes × TTL-delete price).
 * - Provisioned, a table costs its read capacity unit-hours × the RCU-hour price + its write
 *   capacity unit-hours × the WCU-hour price in every Region (see capacity.ts); a shape's share is
 *   its share of the table's average units.
 * - Storage: billable bytes (rows × (encoded row + 100 B) + static data) per GB-month, the same in
 *   both modes, plus point-in-time recovery when asked.
 */
import type { RateStats } from '../sources/query-logs/rates.js';
import { steadyRate } from '../sources/query-logs/rates.js';
import { breakEvenUtilization, planCapacity, TABLE_THROUGHPUT_QUOTA, type CapacityPlan } from './capacity.js';
import { shapeFix } from './fixes.js';
import { ASSUMPTION_NOTES, defaultedNote, modelNotes, overQuotaNote, pricesNote } from './messages.js';
import type { PriceBook, RegionPrices } from './prices.js';
import type { AutoScalingSettings, CostBreakdown, EstimateReport, LoadSummary, ShapeEstimate, ShapeFinding, TableEstimate } from './report.js';
import type { TableModel } from './row-model.js';
import { eventualShare, runUnits, type ReadConsistency, type TableLoad } from './run-units.js';
import { tableKey } from './sizes.js';
import type { StatementCost } from './statement-cost.js';
import { appendAll } from '../shared/arrays.js';

/** Storage is billed per GB of 10^9 bytes. */
const BYTES_PER_GB = 1e9;

/** One statement shape of the workload. */
export interface WorkloadShape {
  shape: string;
  cost: StatementCost;
  /** Executions per second. */
  rate: RateStats;
  /** Executions per consistency level, when a log recorded them. */
  consistencies: Readonly<Record<string, number>>;
  /** `file:line` of each place the shape comes from. */
  sources: string[];
  findings: ShapeFinding[];
  /** Executions in the query log. */
  count?: number | undefined;
}

/** Everything the model needs. */
export interface EstimateInput {
  region: string;
  replicaRegions: readonly string[];
  prices: PriceBook;
  /** Target utilisation of provisioned capacity, 0–1. */
  targetUtilization: number;
  /** Consistency of reads whose level no log recorded. */
  readConsistency: ReadConsistency;
  /** Share of conditional writes whose condition fails, 0–1. */
  lwtFailureRate: number;
  pitr: boolean;
  /** `--value-bytes` (named in the notes when it was used). */
  valueBytes: number;
  shapes: readonly WorkloadShape[];
  /** Tables to report besides those the workload touches (e.g. every table sized from the origin). */
  tables: readonly TableModel[];
  /** The model of any table a shape touches. */
  modelOf: (id: string) => TableModel;
  /** Per-table units per second measured over a timestamped log (tables absent here run steadily). */
  timeline?: ReadonlyMap<string, TableLoad> | undefined;
  rates: EstimateReport['rates'];
  /** Notes the workflow adds (how rates were read, statements left out). */
  notes: readonly string[];
}

/** A Region the price list does not cover. */
export class UnpricedRegionError extends Error {
  constructor(
    readonly region: string,
    readonly priced: readonly string[],
  ) {
    super(`no prices for Region ${region}`);
    this.name = 'UnpricedRegionError';
  }
}

interface TableAccumulator {
  model: TableModel;
  readAvg: number;
  writeAvg: number;
  reads: number;
  writes: number;
  replicaWrites: number;
  ttlDeletes: number;
}

/** Runs the model. Throws `UnpricedRegionError` when the home or a replica Region has no prices. */
export function estimateCosts(input: EstimateInput): EstimateReport {
  const { prices } = input;
  const home = regionPrices(prices, input.region);
  const replicas = input.replicaRegions.map((r) => regionPrices(prices, r));
  const seconds = prices.hoursPerMonth * 3600;
  const writePrice = home.writeRequestUnit + replicas.reduce((n, r) => n + r.writeRequestUnit, 0);
  const replicaWritePrice = writePrice - home.writeRequestUnit;
  const wcuHourPrice = home.writeCapacityUnitHour + replicas.reduce((n, r) => n + r.writeCapacityUnitHour, 0);

  const tables = new Map<string, TableAccumulator>();
  const table = (id: string): TableAccumulator => {
    const key = tableKey(id);
    let t = tables.get(key);
    if (t === undefined) tables.set(key, (t = { model: input.modelOf(id), readAvg: 0, writeAvg: 0, reads: 0, writes: 0, replicaWrites: 0, ttlDeletes: 0 }));
    return t;
  };
  for (const model of input.tables) table(model.id);

  // On demand, per shape and per table.
  const shapeRows = input.shapes.map((s) => {
    const eventual = eventualShare(s.consistencies, input.readConsistency);
    const units = runUnits(s.cost, eventual, input.lwtFailureRate);
    const perSecond = s.rate.average;
    const reads = perSecond * seconds * units.rru * home.readRequestUnit;
    const writes = perSecond * seconds * units.wcu * writePrice;
    const ttl = perSecond * seconds * units.ttlDeletes * home.ttlDelete;
    for (const [id, u] of units.byTable) {
      const t = table(id);
      t.readAvg += perSecond * u.rru;
      t.writeAvg += perSecond * u.wcu;
      t.reads += perSecond * seconds * u.rru * home.readRequestUnit;
      t.writes += perSecond * seconds * u.wcu * writePrice;
      t.replicaWrites += perSecond * seconds * u.wcu * replicaWritePrice;
      t.ttlDeletes += perSecond * seconds * u.ttlDeletes * home.ttlDelete;
    }
    return { s, eventual, units, reads, writes, replicaWrites: perSecond * seconds * units.wcu * replicaWritePrice, ttl, onDemand: reads + writes + ttl };
  });

  // Provisioned, per table.
  const target = input.targetUtilization;
  const plans = new Map<string, { read: CapacityPlan; write: CapacityPlan; readCost: number; writeCost: number }>();
  const tableRows: TableEstimate[] = [];
  const on: CostBreakdown = zeroBreakdown();
  const prov: CostBreakdown = zeroBreakdown();
  for (const [key, t] of tables) {
    const measured = input.timeline?.get(key);
    const readLoad = measured?.read ?? steadyRate(t.readAvg);
    const writeLoad = measured?.write ?? steadyRate(t.writeAvg);
    const read = planCapacity(readLoad, target, prices.hoursPerMonth);
    const write = planCapacity(writeLoad, target, prices.hoursPerMonth);
    const readCost = read.unitHours * home.readCapacityUnitHour;
    const writeCost = write.unitHours * wcuHourPrice;
    plans.set(key, { read, write, readCost, writeCost });
    const storageBytes = t.model.storageBytes;
    const storage = ((storageBytes ?? 0) / BYTES_PER_GB) * home.storageGbMonth;
    const pitr = input.pitr ? ((storageBytes ?? 0) / BYTES_PER_GB) * home.pitrGbMonth : 0;
    const onDemand = t.reads + t.writes + t.ttlDeletes + storage + pitr;
    const provisioned = readCost + writeCost + t.ttlDeletes + storage + pitr;
    add(on, { reads: t.reads, writes: t.writes, replicaWrites: t.replicaWrites, ttlDeletes: t.ttlDeletes, storage, pitr, total: onDemand });
    add(prov, {
      reads: readCost,
      writes: writeCost,
      replicaWrites: write.unitHours * (wcuHourPrice - home.writeCapacityUnitHour),
      ttlDeletes: t.ttlDeletes,
      storage,
      pitr,
      total: provisioned,
    });
    tableRows.push({
      table: t.model.id,
      rows: t.model.rows,
      partitions: t.model.partitions,
      rowBytes: round(t.model.rowBytes, 1),
      storageBytes: storageBytes === undefined ? undefined : Math.round(storageBytes),
      sizes: t.model.sizes?.basis ?? [],
      reads: load(readLoad),
      writes: load(writeLoad),
      monthly: { onDemand: money(onDemand), provisioned: money(provisioned), storage: money(storage + pitr) },
      autoScaling: { read: settings(read), write: settings(write) },
    });
  }

  const totalOnDemandRequests = shapeRows.reduce((n, r) => n + r.onDemand, 0);
  const shapes: ShapeEstimate[] = shapeRows.map((r) => {
    const { s, units } = r;
    let provisioned = r.ttl;
    for (const [id, u] of units.byTable) {
      const key = tableKey(id);
      const t = tables.get(key);
      const plan = plans.get(key);
      if (t === undefined || plan === undefined) continue;
      if (t.readAvg > 0) provisioned += (plan.readCost * s.rate.average * u.rru) / t.readAvg;
      if (t.writeAvg > 0) provisioned += (plan.writeCost * s.rate.average * u.wcu) / t.writeAvg;
    }
    const primary = s.cost.charges[0]?.table;
    const primaryTable = primary === undefined ? undefined : tables.get(tableKey(primary));
    const fix = shapeFix({
      cost: s.cost,
      perSecond: s.rate.average,
      eventual: r.eventual,
      onDemand: r.onDemand,
      secondsPerMonth: seconds,
      readPrice: home.readRequestUnit,
      writePrice,
      tableWrites: primaryTable?.writes ?? 0,
      tableStorage: primaryTable === undefined ? 0 : ((primaryTable.model.storageBytes ?? 0) / BYTES_PER_GB) * home.storageGbMonth,
      ruleIds: new Set(s.findings.map((f) => f.ruleId)),
    });
    const failed = s.cost.charges.find((c) => c.failedWrite !== undefined);
    const read = s.cost.read;
    return {
      shape: s.shape,
      kind: s.cost.kind,
      tables: [...new Set(s.cost.charges.map((c) => c.table))],
      perRun: { rru: round(units.rru, 4), wcu: round(units.wcu, 4) },
      perSecond: round(s.rate.average, 4),
      rate: load(s.rate),
      monthly: { onDemand: money(r.onDemand), provisioned: money(provisioned) },
      share: totalOnDemandRequests > 0 ? round(r.onDemand / totalOnDemandRequests, 4) : 0,
      ttlDeletesPerRun: units.ttlDeletes > 0 ? round(units.ttlDeletes, 4) : undefined,
      failedCondition: failed === undefined ? undefined : { rru: failed.failedRead ?? 0, wcu: failed.failedWrite ?? 0 },
      read:
        read === undefined
          ? undefined
          : {
              path: read.path,
              bytesRead: Math.round(read.bytesRead),
              bytesReturned: read.bytesReturned === undefined ? undefined : Math.round(read.bytesReturned),
              readPerReturned: read.bytesReturned !== undefined && read.bytesReturned > 0 ? round(read.bytesRead / read.bytesReturned, 1) : undefined,
            },
      findings: s.findings,
      fix:
        fix === undefined
          ? undefined
          : {
              ...fix,
              monthly: { onDemand: money(fix.monthly.onDemand) },
              saving: money(fix.saving),
              parts: fix.parts === undefined ? undefined : { reads: money(fix.parts.reads), writes: money(fix.parts.writes), storage: money(fix.parts.storage) },
            },
      sources: s.sources,
      count: s.count,
      assumptions: s.cost.assumptions,
    };
  });
  shapes.sort((a, b) => b.monthly.onDemand - a.monthly.onDemand || b.monthly.provisioned - a.monthly.provisioned || a.shape.localeCompare(b.shape));
  tableRows.sort((a, b) => b.monthly.onDemand - a.monthly.onDemand || a.table.localeCompare(b.table));

  const breakEven = {
    read: breakEvenUtilization(home.readCapacityUnitHour, home.readRequestUnit),
    write: breakEvenUtilization(wcuHourPrice, writePrice),
  };
  const onDemandTotal = money(on.total);
  const provisionedTotal = money(prov.total);
  return {
    region: input.region,
    currency: prices.currency,
    monthly: { onDemand: onDemandTotal, provisioned: provisionedTotal, storage: money(on.storage + on.pitr) },
    recommendation: provisionedTotal < onDemandTotal ? 'provisioned' : 'on-demand',
    breakdown: { onDemand: rounded(on), provisioned: rounded(prov) },
    replicaRegions: [...input.replicaRegions],
    pitr: input.pitr,
    targetUtilization: Math.round(target * 100),
    breakEven: { read: round(breakEven.read, 4), write: round(breakEven.write, 4) },
    rates: input.rates,
    prices: {
      source: prices.source,
      sourceUrl: prices.sourceUrl,
      date: prices.date,
      file: prices.file,
      regions: Object.keys(prices.regions).sort(),
      hoursPerMonth: prices.hoursPerMonth,
    },
    tables: tableRows,
    shapes,
    notes: notes(input, shapes, tableRows, [...tables.values()].map((t) => t.model)),
  };
}

function notes(input: EstimateInput, shapes: readonly ShapeEstimate[], tables: readonly TableEstimate[], models: readonly TableModel[]): string[] {
  const out = [...input.notes];
  const assumptions = new Set(shapes.flatMap((s) => s.assumptions));
  for (const a of assumptions) out.push(ASSUMPTION_NOTES[a]);
  const over = tables.flatMap((t) => [
    ...(t.autoScaling.read.overQuota ? [{ table: t.table, kind: 'read' as const, units: t.autoScaling.read.max }] : []),
    ...(t.autoScaling.write.overQuota ? [{ table: t.table, kind: 'write' as const, units: t.autoScaling.write.max }] : []),
  ]);
  if (over.length > 0) out.push(overQuotaNote(over, TABLE_THROUGHPUT_QUOTA));
  const defaulted = models.flatMap((t) => [...t.defaulted].map((c) => `${t.id}.${c}`)).sort();
  if (defaulted.length > 0) out.push(defaultedNote(input.valueBytes, defaulted));
  appendAll(out, modelNotes({ hoursPerMonth: input.prices.hoursPerMonth, targetUtilization: input.targetUtilization, replicaRegions: input.replicaRegions, pitr: input.pitr }));
  out.push(pricesNote({ source: input.prices.source, date: input.prices.date, regions: Object.keys(input.prices.regions).sort(), file: input.prices.file }));
  return out;
}

function regionPrices(book: PriceBook, region: string): RegionPrices {
  const p = book.regions[region];
  if (p === undefined) throw new UnpricedRegionError(region, Object.keys(book.regions).sort());
  return p;
}

function settings(plan: CapacityPlan): AutoScalingSettings {
  return {
    min: plan.min,
    max: plan.max,
    targetUtilization: Math.round(plan.target * 100),
    fixed: plan.fixed,
    utilization: round(plan.utilization, 4),
    overQuota: plan.overQuota,
  };
}

function load(r: RateStats): LoadSummary {
  return { average: round(r.average, 4), p95: round(r.p95, 4), peak: round(r.peak, 4) };
}

function zeroBreakdown(): CostBreakdown {
  return { reads: 0, writes: 0, replicaWrites: 0, ttlDeletes: 0, storage: 0, pitr: 0, total: 0 };
}

function add(to: CostBreakdown, part: CostBreakdown): void {
  for (const k of Object.keys(to) as (keyof CostBreakdown)[]) to[k] += part[k];
}

function rounded(b: CostBreakdown): CostBreakdown {
  const out = zeroBreakdown();
  for (const k of Object.keys(b) as (keyof CostBreakdown)[]) out[k] = money(b[k]);
  return out;
}

function money(n: number): number {
  return Math.round(n * 100) / 100;
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
