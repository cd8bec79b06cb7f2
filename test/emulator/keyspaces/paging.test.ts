import { describe, expect, it } from 'vitest';
import { keyspacesPageBytes, rowBytes, rowsWithinPage } from '../../../src/emulator/keyspaces/paging.js';

const row = (bytes: number) => [Buffer.alloc(Math.max(0, bytes - 10)), Buffer.alloc(Math.min(10, bytes)), null];

describe('1 MB pages', () => {
  it('counts the bytes of a row as the sum of its cells', () => {
    expect(rowBytes(row(100))).toBe(100);
  });

  it('cuts the page after the last row that fits in 1 MB', () => {
    const rows = Array.from({ length: 10 }, () => row(200 * 1024));
    expect(rowsWithinPage(rows)).toBe(5);
    expect(rowsWithinPage(rows.slice(0, 5))).toBeUndefined();
    const exact = [row(keyspacesPageBytes / 2), row(keyspacesPageBytes / 2), row(1)];
    expect(rowsWithinPage(exact)).toBe(2);
    expect(rowsWithinPage(exact.slice(0, 2))).toBeUndefined();
  });

  it('always keeps at least one row', () => {
    expect(rowsWithinPage([row(2 * keyspacesPageBytes), row(10)])).toBe(1);
    expect(rowsWithinPage([])).toBeUndefined();
  });
});
