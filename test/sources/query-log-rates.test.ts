// Timestamps in query logs and the per-second rates they give: average, 95th percentile, peak and
// the daily profile of each statement shape, streamed with bounded memory.
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RateTracker, spanSecondsByHour, steadyRate } from '../../src/sources/query-logs/rates.js';
import { summarizeQueryLog } from '../../src/sources/query-logs/summary.js';
import { parseTimestamp } from '../../src/sources/query-logs/timestamps.js';

const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/query-logs/${name}`, import.meta.url));
const T0 = Date.UTC(2026, 0, 5, 0, 0, 0);

describe('parseTimestamp', () => {
  it('reads epoch seconds, milliseconds, microseconds and nanoseconds by magnitude, and ISO 8601', () => {
    expect(parseTimestamp(1763979600)).toBe(1763979600000);
    expect(parseTimestamp('1763979600125')).toBe(1763979600125);
    expect(parseTimestamp('1763979600125000')).toBe(1763979600125);
    expect(parseTimestamp(1763979600125000000)).toBe(1763979600125);
    expect(parseTimestamp('2026-11-24T07:00:00Z')).toBe(Date.UTC(2026, 10, 24, 7));
    expect(parseTimestamp('2026-11-24 07:00:00.5')).toBe(Date.UTC(2026, 10, 24, 7, 0, 0, 500));
    expect(parseTimestamp('2026-11-24T09:00:00+02:00')).toBe(Date.UTC(2026, 10, 24, 7));
    expect(parseTimestamp('yesterday')).toBeUndefined();
    expect(parseTimestamp('')).toBeUndefined();
  });
});

describe('timestamps in each log format', () => {
  it.each([
    ['fql/dump.txt', 'fql', 1763979600000],
    ['audit/file-audit-logger.log', 'audit', undefined],
    ['csv/export.csv', 'csv', Date.UTC(2026, 10, 24, 7)],
    ['jsonl/export.jsonl', 'jsonl', Date.UTC(2026, 10, 24, 7)],
  ])('%s', async (name, format, first) => {
    const s = await summarizeQueryLog(fixture(name));
    expect(s.format).toBe(format);
    expect(s.timestamped).toBe(s.records);
    expect(s.span).toBeDefined();
    if (first !== undefined) expect(s.span!.firstSecond).toBe(Math.floor(first / 1000));
    // Rates are only computed when asked for.
    expect(s.shapes.every((x) => x.rate === undefined)).toBe(true);
  });

  it('a plain log has none', async () => {
    const s = await summarizeQueryLog(fixture('lines/app.log'), { rates: true });
    expect(s.timestamped).toBe(0);
    expect(s.span).toBeUndefined();
    expect(s.shapes.every((x) => x.rate === undefined)).toBe(true);
  });
});

describe('rates per shape', () => {
  it('measures average, p95, peak and the hourly profile over the whole log span', async () => {
    // 10 s of log: shape A runs 3 times in second 0 and once in seconds 1–9; shape B once, in second 9.
    const lines: string[] = [];
    const add = (ms: number, q: string): void => void lines.push(JSON.stringify({ ts: ms, query: q }));
    for (let i = 0; i < 3; i++) add(T0 + i, 'SELECT * FROM ks.a WHERE k = 1');
    for (let s = 1; s < 10; s++) add(T0 + s * 1000, `SELECT * FROM ks.a WHERE k = ${s}`);
    add(T0 + 9000, "INSERT INTO ks.b (k) VALUES ('x')");
    const seen: number[] = [];
    const s = await summarizeQueryLog(Readable.from([lines.join('\n')]), { rates: true, onRecord: (_e, r) => void seen.push(r.timestamp ?? -1) });
    expect(seen).toHaveLength(13);
    expect(s.span).toEqual({ firstSecond: T0 / 1000, lastSecond: T0 / 1000 + 9 });
    const a = s.shapes.find((x) => x.shape.startsWith('select'))!;
    expect(a.rate).toMatchObject({ average: 1.2, p95: 3, peak: 3 });
    expect(a.rate!.hourly[0]).toBeCloseTo(1.2);
    // Hours the log does not cover are taken at its average.
    expect(a.rate!.coveredHours).toBe(1);
    expect(a.rate!.hourly[5]).toBeCloseTo(1.2);
    expect(a.rate!.hourlyPeak[5]).toBe(3);
    const b = s.shapes.find((x) => x.shape.startsWith('insert'))!;
    // Over ten seconds the 95th percentile (nearest rank: the 10th of 10) is the busiest second.
    expect(b.rate).toMatchObject({ average: 0.1, p95: 1, peak: 1 });
  });
});

describe('RateTracker', () => {
  it('sums amounts per second, tolerates slightly unordered events, and counts empty seconds', () => {
    const t = new RateTracker();
    t.add(T0 + 5000, 2);
    t.add(T0 + 1000, 1); // out of order, within the open window
    t.add(T0 + 5500, 0.5);
    const r = t.finish({ firstSecond: T0 / 1000, lastSecond: T0 / 1000 + 9 });
    expect(r.peak).toBe(2.5);
    expect(r.average).toBeCloseTo(3.5 / 10);
    expect(r.p95).toBe(2.5);
    expect(t.sum).toBe(3.5);
  });

  it('folds a long stream with bounded open seconds', () => {
    const t = new RateTracker();
    for (let s = 0; s < 3 * 86_400; s += 1) t.add(T0 + s * 1000, s % 3600 < 60 ? 10 : 1);
    const r = t.finish({ firstSecond: T0 / 1000, lastSecond: T0 / 1000 + 3 * 86_400 - 1 });
    expect(r.peak).toBe(10);
    expect(r.p95).toBe(1);
    expect(r.hourlyPeak.every((p) => p === 10)).toBe(true);
    expect(r.hourly[0]).toBeCloseTo((60 * 10 + 3540) / 3600);
  });

  it('splits a span over the hours of the day', () => {
    const byHour = spanSecondsByHour({ firstSecond: T0 / 1000 + 3599, lastSecond: T0 / 1000 + 86_400 + 3600 });
    expect(byHour.reduce((a, b) => a + b, 0)).toBe(86_400 + 2);
    expect(byHour[0]).toBe(3600 + 1);
    expect(byHour[1]).toBe(3600 + 1);
    expect(byHour[2]).toBe(3600);
    expect(steadyRate(4)).toMatchObject({ average: 4, p95: 4, peak: 4 });
  });
});
