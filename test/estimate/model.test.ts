// The monthly model: the on-demand cross-check of keyspaces-facts §17 (2,000 reads/s → $648 a
// month in us-east-1), provisioned capacity at a target utilisation, multi-Region writes, the
// break-even point, and a fix priced for an ALLOW FILTERING scan.
import { describe, expect, it } from 'vitest';
import { planCapacity, breakEvenUtilization } from '../../src/estimate/capacity.js';
import { estimateCosts, UnpricedRegionError, type EstimateInput, type WorkloadShape } from '../../src/estimate/model.js';
import { bundledPrices, mergePrices, PriceFileError } from '../../src/estimate/prices.js';
import { syntheticRead, syntheticWrite } from '../../src/estimate/synthetic.js';
import { steadyRate, type RateStats } from '../../src/sources/query-logs/rates.js';
import { schema } from './helpers.js';

const DDL = `
CREATE TABLE app.users (id uuid PRIMARY KEY, name text);
CREATE TABLE app.events (user_id uuid, ts timestamp, event_type text, payload text, PRIMARY KEY (user_id, ts));
`;

function input(shapes: WorkloadShape[], s: ReturnType<typeof schema>, over: Partial<EstimateInput> = {}): EstimateInput {
  return {
    region: 'us-east-1',
    replicaRegions: [],
    prices: bundledPrices(),
    targetUtilization: 0.7,
    readConsistency: 'LOCAL_QUORUM',
    lwtFailureRate: 0,
    pitr: false,
    valueBytes: 64,
    shapes,
    tables: [],
    modelOf: s.model,
    rates: { basis: 'flags' },
    notes: [],
    ...over,
  };
}

function shape(cost: WorkloadShape['cost'], rate: RateStats, text = 'shape'): WorkloadShape {
  return { shape: text, cost, rate, consistencies: {}, sources: [], findings: [] };
}

describe('on demand', () => {
  it('prices 2,000 single-row reads per second at LOCAL_QUORUM at $648 a month in us-east-1 (§17 cross-check), $324 at LOCAL_ONE', () => {
    const s = schema(DDL);
    const read = syntheticRead(s.model('app.users'));
    expect(read.cost.charges[0]!.readStrong).toBe(1);
    const report = estimateCosts(input([shape(read.cost, steadyRate(2000))], s));
    expect(report.shapes[0]!.monthly.onDemand).toBe(648);
    expect(report.breakdown.onDemand.reads).toBe(648);
    expect(report.monthly.onDemand).toBe(648);
    const eventual = estimateCosts(input([shape(read.cost, steadyRate(2000))], s, { readConsistency: 'LOCAL_ONE' }));
    expect(eventual.monthly.onDemand).toBe(324);
  });

  it('bills writes in every Region of a multi-Region keyspace: a 3 KB row in two Regions is 6 WRU (§16)', () => {
    const s = schema(DDL, { 'app.users': { rowBytes: 3 * 1024 } });
    const write = syntheticWrite(s.model('app.users'));
    expect(write.cost.charges[0]!.write).toBe(3);
    const one = estimateCosts(input([shape(write.cost, steadyRate(1))], s));
    const two = estimateCosts(input([shape(write.cost, steadyRate(1))], s, { replicaRegions: ['us-west-2'] }));
    const wru = 0.000000625;
    expect(one.breakdown.onDemand.writes).toBeCloseTo(2_592_000 * 3 * wru, 2);
    expect(two.breakdown.onDemand.writes).toBeCloseTo(2_592_000 * 6 * wru, 2);
    expect(two.breakdown.onDemand.replicaWrites).toBeCloseTo(2_592_000 * 3 * wru, 2);
    expect(two.notes.some((n) => n.includes('us-west-2'))).toBe(true);
  });

  it('refuses a Region the price list does not cover, and takes one from a --prices document', () => {
    const s = schema(DDL);
    expect(() => estimateCosts(input([], s, { region: 'mx-central-1' }))).toThrow(UnpricedRegionError);
    const prices = mergePrices(
      bundledPrices(),
      {
        source: 'test prices',
        date: '2026-01-01',
        regions: { 'mx-central-1': { name: 'Mexico (Central)', readRequestUnit: 0.0000002, writeRequestUnit: 0.000001, readCapacityUnitHour: 0.0002, writeCapacityUnitHour: 0.001, storageGbMonth: 0.3, pitrGbMonth: 0.25, ttlDelete: 0.0000003 } },
      },
      'prices.json',
    );
    const read = syntheticRead(s.model('app.users'));
    const report = estimateCosts(input([shape(read.cost, steadyRate(1))], s, { region: 'mx-central-1', prices }));
    expect(report.shapes[0]!.monthly.onDemand).toBeCloseTo(2_592_000 * 0.0000002, 2);
    expect(report.prices.file).toBe('prices.json');
    expect(() => mergePrices(bundledPrices(), { regions: {} }, 'bad.json')).toThrow(PriceFileError);
  });
});

describe('provisioned', () => {
  it('provisions ceil(load / target) units, and prices unit-hours', () => {
    const s = schema(DDL);
    const read = syntheticRead(s.model('app.users'));
    const report = estimateCosts(input([shape(read.cost, steadyRate(2000))], s));
    const table = report.tables.find((t) => t.table === 'app.users')!;
    expect(table.autoScaling.read).toMatchObject({ min: 2858, max: 2858, fixed: 2858, targetUtilization: 70 });
    // Every provisioned table keeps at least one write unit.
    expect(table.autoScaling.write).toMatchObject({ min: 1, max: 1 });
    expect(report.breakdown.provisioned.reads).toBeCloseTo(2858 * 720 * 0.00013, 2);
    expect(report.monthly.provisioned).toBeCloseTo(2858 * 720 * 0.00013 + 720 * 0.00065, 2);
    expect(report.recommendation).toBe('provisioned');
  });

  it('follows the daily profile with auto scaling: min from the quietest hour, max from the peak second', () => {
    const night = 10;
    const day = 100;
    const hourly = Array.from({ length: 24 }, (_, h) => (h >= 8 && h < 20 ? day : night));
    const load: RateStats = { average: (night + day) / 2, p95: day, peak: 140, hourly, hourlyPeak: hourly, coveredHours: 24 };
    const plan = planCapacity(load, 0.7, 720);
    expect(plan.min).toBe(Math.ceil(night / 0.7));
    expect(plan.max).toBe(Math.ceil(140 / 0.7));
    expect(plan.unitHours).toBe((12 * Math.ceil(night / 0.7) + 12 * Math.ceil(day / 0.7)) * 30);
    expect(plan.fixedUnitHours).toBe(200 * 720);
    expect(plan.overQuota).toBe(false);
    expect(planCapacity(steadyRate(50_000), 0.7, 720).overQuota).toBe(true);
  });

  it('puts the break-even where a unit-hour buys as much as 3,600 request units: 28.9% in us-east-1', () => {
    expect(breakEvenUtilization(0.00013, 0.000000125)).toBeCloseTo(0.2889, 4);
    expect(breakEvenUtilization(0.00065, 0.000000625)).toBeCloseTo(0.2889, 4);
  });
});

describe('fixes', () => {
  it('prices a table keyed by the filtered column for an ALLOW FILTERING scan that reads 40× what it returns', () => {
    const s = schema(DDL, { 'app.events': { rows: 1_000_000, partitions: 10_000, rowBytes: 200, columns: { event_type: { distinct: 40 } } } });
    const scan = s.cost('SELECT * FROM app.events WHERE event_type = ? ALLOW FILTERING');
    const write = syntheticWrite(s.model('app.events'));
    const report = estimateCosts(
      input(
        [
          { ...shape(scan, steadyRate(0.1), 'scan'), findings: [{ ruleId: 'KS3003', rule: 'allow-filtering', severity: 'warning', message: 'm' }] },
          shape(write.cost, steadyRate(10), 'write'),
        ],
        s,
      ),
    );
    const top = report.shapes[0]!;
    expect(top.shape).toBe('scan');
    expect(top.read).toMatchObject({ path: 'scan', bytesRead: 200_000_000, bytesReturned: 5_000_000, readPerReturned: 40 });
    const reads = 0.1 * 2_592_000 * Math.ceil(5_000_000 / 4096) * 0.000000125;
    const writes = report.shapes.find((x) => x.shape === 'write')!.monthly.onDemand;
    expect(top.fix).toMatchObject({ ruleId: 'KS3003', kind: 'keyed-table', keyedBy: ['event_type'] });
    expect(top.fix!.parts!.reads).toBeCloseTo(reads, 2);
    expect(top.fix!.parts!.writes).toBeCloseTo(writes, 2);
    expect(top.fix!.monthly.onDemand).toBeLessThan(top.monthly.onDemand);
  });

  it('prices a logged batch as unlogged at half the write units', () => {
    const s = schema(`CREATE TABLE app.kv (k int PRIMARY KEY, v text);`);
    const batch = s.cost("BEGIN BATCH INSERT INTO app.kv (k, v) VALUES (1, 'a'); INSERT INTO app.kv (k, v) VALUES (2, 'b'); INSERT INTO app.kv (k, v) VALUES (3, 'c'); APPLY BATCH");
    const report = estimateCosts(input([shape(batch, steadyRate(1))], s));
    expect(report.shapes[0]!.perRun.wcu).toBe(6);
    expect(report.shapes[0]!.fix).toMatchObject({ kind: 'unlogged-batch' });
    expect(report.shapes[0]!.fix!.monthly.onDemand).toBeCloseTo(report.shapes[0]!.monthly.onDemand / 2, 2);
  });
});
