/**
 * One emulator's budget of bytes held for frames not yet complete (see ConnectionLimits.maxBufferedBytes).
 * Each connection reports what its frame decoder holds after every chunk; the budget says whether
 * the total still fits.
 */
export class BufferBudget {
  private held = 0;

  constructor(readonly limit: number) {}

  /** Bytes held by all connections together. */
  get total(): number {
    return this.held;
  }

  /**
   * One connection's holding changes from `before` to `after` bytes. Returns false, and counts
   * nothing, when the total would go past the limit; the caller then releases the bytes and
   * reports `resize(before, 0)`.
   */
  resize(before: number, after: number): boolean {
    const next = this.held - before + after;
    if (after > before && next > this.limit) return false;
    this.held = next;
    return true;
  }
}
