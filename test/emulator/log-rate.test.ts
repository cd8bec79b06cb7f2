import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BufferBudget } from '../../src/emulator/buffer-budget.js';
import { rateLimitedLog } from '../../src/emulator/log-rate.js';

describe('rateLimitedLog', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('passes a burst of lines of one kind per window, then says how many it left out', () => {
    const lines: string[] = [];
    const log = rateLimitedLog((line) => lines.push(line), 2, 1000);
    for (let i = 1; i <= 5; i++) log('refused', `refused ${i}`);
    log('timeout', 'timeout 1');
    expect(lines).toEqual(['refused 1', 'refused 2', 'timeout 1']);
    vi.advanceTimersByTime(1000);
    expect(lines.slice(3)).toEqual(['3 more refused lines left out in the last 1 s']);
    log('refused', 'refused 6');
    expect(lines.slice(4)).toEqual(['refused 6']);
  });
});

describe('BufferBudget', () => {
  it('counts what each holder holds and refuses growth past the limit', () => {
    const budget = new BufferBudget(100);
    expect(budget.resize(0, 60)).toBe(true);
    expect(budget.resize(0, 40)).toBe(true);
    expect(budget.total).toBe(100);
    expect(budget.resize(40, 41)).toBe(false);
    expect(budget.total).toBe(100);
    // Shrinking is always allowed.
    expect(budget.resize(60, 10)).toBe(true);
    expect(budget.resize(10, 0)).toBe(true);
    expect(budget.total).toBe(40);
  });
});
