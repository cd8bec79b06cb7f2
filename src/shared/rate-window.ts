/**
 * The speed of a running job (rows per second, write units per second…) measured from samples of
 * its running totals over a sliding window. The copy and the verify both measure with it, so their
 * live views, plain lines and JSON events tell speed the same way. Pure: time comes from the
 * injected clock.
 *
 * A rate is always a change of the totals between two real samples divided by the time between
 * them, never a guess:
 * - the start is a sample, so the first rate counts what was done before the first periodic
 *   sample (no `0` for want of an earlier sample);
 * - there is no rate (undefined: "measuring…") until the window spans at least `minSpanMs`, since a
 *   fraction of a second says more about when writes happened to complete than about the pace;
 * - `settleMs` keeps the opening out of every window: the copy's write limiter starts with a full
 *   bucket (a second of capacity it may spend at once), and a window that began in that second
 *   would average the burst in as if it were the pace.
 */

/** Running totals by name, e.g. `{ rows: 1200, units: 1350 }`. */
export type Totals<K extends string> = Readonly<Record<K, number>>;

/** How a {@link RateWindow} measures. */
export interface RateWindowOptions {
  /** How far back a rate looks, in ms (default {@link RATE_WINDOW_MS}). */
  windowMs?: number;
  /** The shortest span a rate is told over, in ms (default {@link MIN_RATE_SPAN_MS}); no rate before. */
  minSpanMs?: number;
  /** How long after the start (or a restart) no window may begin, in ms (default 0). */
  settleMs?: number;
}

/** Rates are measured over about the last five seconds. */
export const RATE_WINDOW_MS = 5000;

/** No rate is told over less than two seconds. */
export const MIN_RATE_SPAN_MS = 2000;

interface Sample<K extends string> {
  at: number;
  totals: Totals<K>;
}

export class RateWindow<K extends string> {
  private samples: Array<Sample<K>> = [];
  private opensAt = 0;
  private readonly windowMs: number;
  private readonly minSpanMs: number;
  private readonly settleMs: number;

  /** Starts measuring now, from `totals`. */
  constructor(
    totals: Totals<K>,
    options: RateWindowOptions = {},
    private readonly now: () => number = Date.now,
  ) {
    this.windowMs = options.windowMs ?? RATE_WINDOW_MS;
    this.minSpanMs = options.minSpanMs ?? MIN_RATE_SPAN_MS;
    this.settleMs = options.settleMs ?? 0;
    this.restart(totals);
  }

  /** Forgets every sample and starts measuring afresh from now (e.g. on resuming after a pause). */
  restart(totals: Totals<K>): void {
    const at = this.now();
    this.samples = [{ at, totals: { ...totals } }];
    this.opensAt = at + this.settleMs;
  }

  /** Records `totals` as they are now, and returns the rates per second up to now (undefined while measuring). */
  sample(totals: Totals<K>): Record<K, number> | undefined {
    const at = this.now();
    this.samples.push({ at, totals: { ...totals } });
    const from = this.windowStart(at);
    // Samples before the window's start can never start a later window: time only moves on.
    if (from > 0) this.samples.splice(0, from);
    return this.rates(at, totals);
  }

  /** The rates per second up to now for `totals` as they are now, without recording them (undefined while measuring). */
  current(totals: Totals<K>): Record<K, number> | undefined {
    return this.rates(this.now(), totals);
  }

  private rates(at: number, totals: Totals<K>): Record<K, number> | undefined {
    const from = this.samples[this.windowStart(at)];
    if (from === undefined) return undefined;
    const span = at - from.at;
    if (span <= 0 || span < this.minSpanMs) return undefined;
    const rates = {} as Record<K, number>;
    for (const key of Object.keys(totals) as K[]) rates[key] = ((totals[key] - (from.totals[key] ?? 0)) * 1000) / span;
    return rates;
  }

  /**
   * The index of the sample a window ending at `at` starts from: the latest one at least a window
   * old, or the oldest one when none is that old — in both cases no earlier than the settling time.
   * -1 when there is none yet.
   */
  private windowStart(at: number): number {
    let start = -1;
    for (let i = 0; i < this.samples.length; i++) {
      const sample = this.samples[i] as Sample<K>;
      if (sample.at < this.opensAt) continue;
      if (start >= 0 && sample.at > at - this.windowMs) break;
      start = i;
      if (sample.at > at - this.windowMs) break;
    }
    return start;
  }
}
