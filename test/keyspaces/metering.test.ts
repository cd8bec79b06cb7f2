import { describe, expect, it } from 'vitest';
import { readUnits, writeUnits } from '../../src/keyspaces/metering.js';

describe('capacity units', () => {
  it('counts write units per started KB, at least 1, doubled in logged batches', () => {
    expect(writeUnits(0, false)).toBe(1);
    expect(writeUnits(1024, false)).toBe(1);
    expect(writeUnits(1025, false)).toBe(2);
    expect(writeUnits(3 * 1024, true)).toBe(6);
  });

  it('counts read units per started 4 KB, halved at ONE and LOCAL_ONE', () => {
    expect(readUnits(0, 'strong')).toBe(1);
    expect(readUnits(4096, 'strong')).toBe(1);
    expect(readUnits(8192, 'strong')).toBe(2);
    expect(readUnits(8192, 'eventual')).toBe(1);
    expect(readUnits(4096, 'eventual')).toBe(0.5);
    expect(readUnits(4097, 'eventual')).toBe(1);
  });
});
