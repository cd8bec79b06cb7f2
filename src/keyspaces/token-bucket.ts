/**
 * A token bucket in capacity units per second, as Keyspaces applies provisioned capacity: it holds
 * up to one second's worth and refills continuously. Used by the emulator to throttle like
 * Keyspaces and by the copier to stay within a write budget. Pure: time comes from the injected clock.
 */

/** A clock in milliseconds (`Date.now` in production, a fake in tests). */
export type Clock = () => number;

/**
 * A bucket of up to `burstSeconds` × `ratePerSecond` units, full at creation. `take` admits a request
 * when the bucket holds its units — or, for a request larger than the whole burst, when the bucket is
 * full — and may leave the balance negative (debt), so large requests still go through and the
 * following ones wait for the refill.
 */
export class TokenBucket {
  private rate: number;
  private tokens: number;
  private last: number;

  constructor(
    ratePerSecond: number,
    private readonly now: Clock,
    private readonly burstSeconds = 1,
  ) {
    TokenBucket.check(ratePerSecond);
    this.rate = ratePerSecond;
    this.tokens = this.capacity;
    this.last = now();
  }

  /** Units added per second. */
  get ratePerSecond(): number {
    return this.rate;
  }

  /** Most units the bucket holds. */
  get capacity(): number {
    return this.rate * this.burstSeconds;
  }

  /** Changes the rate from now on (the balance is kept, capped at the new capacity). */
  setRate(ratePerSecond: number): void {
    TokenBucket.check(ratePerSecond);
    this.refill();
    this.rate = ratePerSecond;
    this.tokens = Math.min(this.tokens, this.capacity);
  }

  /** Units available now (negative while in debt). */
  available(): number {
    this.refill();
    return this.tokens;
  }

  /** True when `units` could be taken now, without taking them. */
  canTake(units: number): boolean {
    return this.available() >= Math.min(units, this.capacity);
  }

  /** Takes `units` if `canTake(units)`; returns whether it did. */
  take(units: number): boolean {
    if (!this.canTake(units)) return false;
    this.tokens -= units;
    return true;
  }

  /** Takes `units` unconditionally (settling a cost known only after the fact). */
  charge(units: number): void {
    this.refill();
    this.tokens -= units;
  }

  /** Milliseconds until `units` could be taken (0 when they can be now). */
  waitMs(units: number): number {
    const missing = Math.min(units, this.capacity) - this.available();
    return missing <= 0 ? 0 : Math.ceil((missing * 1000) / this.rate);
  }

  private refill(): void {
    const at = this.now();
    const elapsed = Math.max(0, at - this.last);
    this.last = at;
    this.tokens = Math.min(this.capacity, this.tokens + (elapsed * this.rate) / 1000);
  }

  private static check(rate: number): void {
    if (!(rate > 0) || !Number.isFinite(rate)) throw new RangeError(`capacity must be a positive number of units per second, got ${rate}`);
  }
}
