import type { CopyControl } from '../../copy/events.js';
import { formatExact } from '../format.js';

/** What a key press asks of the copy. */
export type CopyKeyAction = 'pause-or-resume' | 'rate-up' | 'rate-down' | 'stop' | 'help';

/**
 * The action bound to a key, or undefined. `=` raises the rate too (`+` without Shift); Ctrl-C stops,
 * like `q` (in raw mode it is input, not a signal).
 */
export function keyAction(input: string, key: { ctrl: boolean; escape?: boolean }): CopyKeyAction | undefined {
  if (key.ctrl && input === 'c') return 'stop';
  if (key.ctrl) return undefined;
  switch (input) {
    case 'p':
      return 'pause-or-resume';
    case '+':
    case '=':
      return 'rate-up';
    case '-':
      return 'rate-down';
    case 'q':
      return 'stop';
    case '?':
      return 'help';
    default:
      return undefined;
  }
}

/**
 * The new budget for `+` or `-`: 10% up or down from the budget in force, at least one unit of
 * change. On an unlimited copy `-` sets a limit at 90% of the write units per second measured
 * now, and `+` has nothing to raise. Returns the new budget and a note for the user.
 */
export function nextRate(direction: 'up' | 'down', current: number | undefined, writeUnitsPerSecond: number | undefined): { rate: number | undefined; note: string } {
  if (current === undefined) {
    if (direction === 'up') return { rate: undefined, note: 'no rate limit to raise' };
    if (writeUnitsPerSecond === undefined) return { rate: undefined, note: 'the write rate is still being measured: try again in a few seconds' };
    const measured = Math.floor(writeUnitsPerSecond * 0.9);
    if (measured < 1) return { rate: undefined, note: 'no write rate measured yet: try again once rows move' };
    return { rate: measured, note: `rate limited to ${formatExact(measured)} WCU/s (90% of the current rate)` };
  }
  const next = direction === 'up' ? Math.max(current + 1, Math.round(current * 1.1)) : Math.max(1, Math.min(current - 1, Math.round(current * 0.9)));
  if (next === current) return { rate: current, note: `rate already at its minimum, ${formatExact(current)} WCU/s` };
  return { rate: next, note: `rate ${direction === 'up' ? 'raised' : 'lowered'} to ${formatExact(next)} WCU/s` };
}

/**
 * Applies a rate key to `control`; returns the note to show. Reads the budget from the control
 * (the truth) rather than from the last event.
 */
export function applyRateKey(control: CopyControl, direction: 'up' | 'down', writeUnitsPerSecond: number | undefined): string {
  const { rate, note } = nextRate(direction, control.rate, writeUnitsPerSecond);
  if (rate !== control.rate) control.setRate(rate);
  return note;
}
