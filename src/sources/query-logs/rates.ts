/**
 * Rates from timestamped events, streamed: amounts (executions, or capacity units) are summed per
 * second of the log's time span and folded into a histogram of per-second totals, from which the
 * average, the 95th percentile and the peak per second come, plus a daily profile (the average
 * per second in each UTC hour of the day). Memory is bounded: only seconds within a short window
 * behind the latest one stay open; an event older than that window is counted in a second of its
 * own (so its second may be split in two and its peak understated; logs written by one node are
 * in order, merged logs nearly so).
 */
import { maxOf } from '../../shared/arrays.js';

const MS_PER_SECOND = 1000;
const SECONDS_PER_HOUR = 3600;
const SECONDS_PER_DAY = 86_400;
/** Seconds behind the latest one that still take events. */
const OPEN_WINDOW_SECONDS = 120;

/** The rate of one stream of events over a time span, per second. */
export interface RateStats {
  /** Total amount over the span's seconds. */
  average: number;
  /** 95th percentile (nearest rank) of the per-second totals, empty seconds included. */
  p95: number;
  /** Largest per-second total. */
  peak: number;
  /**
   * Average per second in each UTC hour of the day (index 0 = 00:00–00:59). An hour the span does
   * not cover (a log shorter than a day) is taken at the span's average.
   */
  hourly: number[];
  /** Largest per-second total within each UTC hour of the day (the span's peak for hours it does not cover). */
  hourlyPeak: number[];
  /** Hours of the day the span covers (24 for a log of a day or more). */
  coveredHours: number;
}

/** The seconds (whole, since the epoch) a log spans: from its first to its last timestamp, both included. */
export interface TimeSpan {
  firstSecond: number;
  lastSecond: number;
}

/** Number of seconds of `span`. */
export function spanSeconds(span: TimeSpan): number {
  return span.lastSecond - span.firstSecond + 1;
}

/** How many seconds of `span` fall in each UTC hour of the day. */
export function spanSecondsByHour(span: TimeSpan): number[] {
  const out = new Array<number>(24).fill(0);
  const total = spanSeconds(span);
  const fullDays = Math.floor(total / SECONDS_PER_DAY);
  for (let h = 0; h < 24; h++) out[h] = fullDays * SECONDS_PER_HOUR;
  let second = span.firstSecond + fullDays * SECONDS_PER_DAY;
  while (second <= span.lastSecond) {
    const hour = Math.floor((((second % SECONDS_PER_DAY) + SECONDS_PER_DAY) % SECONDS_PER_DAY) / SECONDS_PER_HOUR);
    const hourEnd = second - (((second % SECONDS_PER_HOUR) + SECONDS_PER_HOUR) % SECONDS_PER_HOUR) + SECONDS_PER_HOUR - 1;
    const until = Math.min(hourEnd, span.lastSecond);
    out[hour] = (out[hour] ?? 0) + (until - second + 1);
    second = until + 1;
  }
  return out;
}

/** Widens `span` (or starts one) to hold the second of `ms`. */
export function extendSpan(span: TimeSpan | undefined, ms: number): TimeSpan {
  const second = Math.floor(ms / MS_PER_SECOND);
  if (span === undefined) return { firstSecond: second, lastSecond: second };
  return { firstSecond: Math.min(span.firstSecond, second), lastSecond: Math.max(span.lastSecond, second) };
}

/** The span covering both `a` and `b`. */
export function joinSpans(a: TimeSpan | undefined, b: TimeSpan): TimeSpan {
  if (a === undefined) return { ...b };
  return { firstSecond: Math.min(a.firstSecond, b.firstSecond), lastSecond: Math.max(a.lastSecond, b.lastSecond) };
}

/** Sums amounts per second of a stream of timestamped events; see the module comment. */
export class RateTracker {
  private readonly open = new Map<number, number>();
  private readonly histogram = new Map<number, number>();
  private readonly hourTotals = new Array<number>(24).fill(0);
  private readonly hourPeaks = new Array<number>(24).fill(0);
  private latest = Number.NEGATIVE_INFINITY;
  private busySeconds = 0;
  private total = 0;

  /** Adds `amount` at `ms` (milliseconds since the epoch). */
  add(ms: number, amount = 1): void {
    const second = Math.floor(ms / MS_PER_SECOND);
    this.total += amount;
    const hour = hourOfDay(second);
    this.hourTotals[hour] = (this.hourTotals[hour] ?? 0) + amount;
    if (second > this.latest) {
      this.latest = second;
      for (const [s, sum] of this.open) if (s < second - OPEN_WINDOW_SECONDS) this.close(s, sum);
    }
    if (second < this.latest - OPEN_WINDOW_SECONDS) {
      this.record(second, amount);
      return;
    }
    this.open.set(second, (this.open.get(second) ?? 0) + amount);
  }

  /** Total amount added. */
  get sum(): number {
    return this.total;
  }

  /** The rates over `span` (which must hold every event added); closes the tracker's open seconds. */
  finish(span: TimeSpan): RateStats {
    for (const [s, sum] of this.open) this.close(s, sum);
    const seconds = spanSeconds(span);
    const byHour = spanSecondsByHour(span);
    const idle = Math.max(0, seconds - this.busySeconds);
    const average = this.total / seconds;
    const peak = maxOf(this.histogram.keys(), 0);
    const covered = (h: number): boolean => (byHour[h] ?? 0) > 0;
    return {
      average,
      p95: percentile(this.histogram, idle, 0.95),
      peak,
      hourly: this.hourTotals.map((t, h) => (covered(h) ? t / (byHour[h] ?? 1) : average)),
      hourlyPeak: this.hourPeaks.map((p, h) => (covered(h) ? p : peak)),
      coveredHours: byHour.filter((n) => n > 0).length,
    };
  }

  private close(second: number, sum: number): void {
    this.open.delete(second);
    this.record(second, sum);
  }

  private record(second: number, sum: number): void {
    this.busySeconds++;
    this.histogram.set(sum, (this.histogram.get(sum) ?? 0) + 1);
    const hour = hourOfDay(second);
    if (sum > (this.hourPeaks[hour] ?? 0)) this.hourPeaks[hour] = sum;
  }
}

/** Rates of a stream that runs steadily at `perSecond` (no timestamps: every statistic is the rate itself). */
export function steadyRate(perSecond: number): RateStats {
  return { average: perSecond, p95: perSecond, peak: perSecond, hourly: new Array<number>(24).fill(perSecond), hourlyPeak: new Array<number>(24).fill(perSecond), coveredHours: 24 };
}

function hourOfDay(second: number): number {
  return Math.floor((((second % SECONDS_PER_DAY) + SECONDS_PER_DAY) % SECONDS_PER_DAY) / SECONDS_PER_HOUR);
}

/** Nearest-rank percentile of per-second totals given as value → number of seconds, plus `zeros` empty seconds. */
function percentile(histogram: ReadonlyMap<number, number>, zeros: number, q: number): number {
  const n = zeros + [...histogram.values()].reduce((a, b) => a + b, 0);
  if (n === 0) return 0;
  const rank = Math.ceil(q * n);
  let seen = zeros;
  if (rank <= seen) return 0;
  for (const value of [...histogram.keys()].sort((a, b) => a - b)) {
    seen += histogram.get(value) ?? 0;
    if (seen >= rank) return value;
  }
  return 0;
}
