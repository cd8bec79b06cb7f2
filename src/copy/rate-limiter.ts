/**
 * The copy's write-rate limiter, in write capacity units per second as Keyspaces meters them
 * (`src/keyspaces/metering.ts`). It holds a budget (`--rate`, or this shard's share of it) and a
 * limit in force that adapts to the target: each throttling signal cuts the limit (multiplicative
 * decrease, at most once per half second so one burst of timeouts counts once) and every calm
 * second adds back a twentieth of the budget (additive increase) until the budget is reached.
 * Without a budget, nothing is limited until the target throttles; the limit then starts at 70%
 * of the rate the copy was sending at (units taken in the last two seconds, retries included — not
 * what the target had confirmed, which lags behind at the start) and climbs back until it is well
 * above what the copy uses, when it is lifted again.
 */
import { TokenBucket, type Clock } from '../keyspaces/token-bucket.js';

/** Why the limit changed. */
export type RateChange = 'throttled' | 'recovered' | 'user';

/**
 * Seconds of the limit the bucket holds. It starts full (and refills while the copy is paused or
 * writes below the limit), so up to this much may go at once, above the limit for a moment.
 */
export const BURST_SECONDS = 1;

const DECREASE = 0.7;
const MIN_LIMIT = 1;
const DECREASE_SPACING_MS = 500;
const SENT_WINDOW_MS = 2000;

export class WriteRateLimiter {
  private budgetUnits: number | undefined;
  private current: number | undefined;
  private bucket: TokenBucket | undefined;
  private lastDecrease = -Infinity;
  /** Units taken, per tenth of a second, over the last two seconds (what the copy is sending now). */
  private readonly sent: Array<{ at: number; units: number }> = [];

  constructor(
    budget: number | undefined,
    private readonly now: Clock = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
    private readonly onChange: (limit: number | undefined, reason: RateChange) => void = () => undefined,
  ) {
    this.budgetUnits = budget;
    this.setLimit(budget);
  }

  /** The budget (units per second), or undefined when unlimited. */
  get budget(): number | undefined {
    return this.budgetUnits;
  }

  /** The limit in force now (at most the budget), or undefined when nothing limits the copy. */
  get limit(): number | undefined {
    return this.current;
  }

  /** Waits until `units` may be written, then takes them. */
  async acquire(units: number): Promise<void> {
    this.record(units);
    for (;;) {
      const bucket = this.bucket;
      if (bucket === undefined) return;
      const wait = bucket.waitMs(units);
      if (wait <= 0) {
        bucket.charge(units);
        return;
      }
      await this.sleep(Math.min(wait, 250));
    }
  }

  /** Units per second the copy has been sending over the last two seconds. */
  sendingPerSecond(): number {
    const at = this.now();
    this.trim(at);
    const units = this.sent.reduce((a, s) => a + s.units, 0);
    return units / (SENT_WINDOW_MS / 1000);
  }

  /** The target throttled; `observedUnitsPerSecond` is what the target confirmed lately (a floor for the estimate). */
  throttled(observedUnitsPerSecond: number): void {
    const at = this.now();
    if (at - this.lastDecrease < DECREASE_SPACING_MS) return;
    this.lastDecrease = at;
    const from = this.current ?? Math.max(MIN_LIMIT, observedUnitsPerSecond, this.sendingPerSecond());
    this.setLimit(Math.max(MIN_LIMIT, from * DECREASE));
    this.onChange(this.current, 'throttled');
  }

  /** Called once a second: a calm second raises the limit towards the budget (or lifts it). */
  calmSecond(observedUnitsPerSecond: number): void {
    if (this.current === undefined || this.now() - this.lastDecrease < 1000) return;
    if (this.budgetUnits !== undefined) {
      if (this.current >= this.budgetUnits) return;
      this.setLimit(Math.min(this.budgetUnits, this.current + this.budgetUnits / 20));
    } else if (this.current > 2 * Math.max(MIN_LIMIT, observedUnitsPerSecond)) {
      this.setLimit(undefined);
    } else {
      this.setLimit(this.current * 1.1);
    }
    this.onChange(this.current, 'recovered');
  }

  /** Sets a new budget (the user changed the rate); undefined lifts every limit. */
  setBudget(budget: number | undefined): void {
    this.budgetUnits = budget;
    this.setLimit(budget);
    this.onChange(this.current, 'user');
  }

  private record(units: number): void {
    const at = this.now();
    const slot = Math.floor(at / 100) * 100;
    const last = this.sent[this.sent.length - 1];
    if (last !== undefined && last.at === slot) last.units += units;
    else this.sent.push({ at: slot, units });
    this.trim(at);
  }

  private trim(at: number): void {
    while (this.sent.length > 0 && (this.sent[0] as { at: number }).at <= at - SENT_WINDOW_MS) this.sent.shift();
  }

  private setLimit(limit: number | undefined): void {
    this.current = limit;
    if (limit === undefined) this.bucket = undefined;
    else if (this.bucket === undefined) this.bucket = new TokenBucket(limit, this.now, BURST_SECONDS);
    else this.bucket.setRate(limit);
  }
}
