/** When plain views (a log that is not a terminal) write their lines. Shared by every `show*` in plain mode. */
export interface PlainCadence {
  /** Milliseconds between two progress lines (default 5000). */
  intervalMs?: number;
  /** The clock, in milliseconds (default `Date.now`). */
  now?: () => number;
  /** `copy`: rejects printed one per line before they are only counted (default 20). */
  rejectLines?: number;
  /** `verify`: differences (and repairs) printed one per line before they are only counted (default 20). */
  differenceLines?: number;
}

/**
 * A gate for progress lines: true on the first call, then at most once every `intervalMs` of the
 * cadence's clock.
 */
export function progressGate(cadence: PlainCadence = {}): () => boolean {
  const intervalMs = cadence.intervalMs ?? 5000;
  const now = cadence.now ?? Date.now;
  let last: number | undefined;
  return () => {
    const at = now();
    if (last !== undefined && at - last < intervalMs) return false;
    last = at;
    return true;
  };
}
